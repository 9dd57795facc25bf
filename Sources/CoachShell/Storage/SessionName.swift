#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names of saved sessions: they sort by the time the session started, so the newest is last.
public enum SessionName {
    /// A file name that sorts by time: `20261123-070412-4242` (UTC). Formatted by hand with
    /// `gmtime_r`: a DateFormatter would load ICU's locale and time-zone data before the first
    /// prompt, the largest cost in start-up time.
    public static func new(now: time_t = time(nil), pid: Int32 = getpid()) -> String {
        var seconds = now
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))"
        return date + "-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))-\(pid)"
    }

    /// True for the names of the files the coach itself writes in its sessions folder:
    /// `DATE-TIME-PID.journal`, the older `DATE-TIME-PID.json`, and their temporary files.
    /// `forget` deletes nothing else.
    public static func isOwnFile(_ name: String) -> Bool {
        var stem = Substring(name)
        if stem.hasPrefix(".") {
            guard stem.hasSuffix(".tmp") else { return false }
            stem = stem.dropFirst()
            guard let dot = stem.firstIndex(of: ".") else { return false }
            stem = stem[..<dot]
            return isStem(stem)
        }
        for suffix in [".journal", ".json"] where stem.hasSuffix(suffix) {
            return isStem(stem.dropLast(suffix.count))
        }
        return false
    }

    /// `YYYYMMDD-HHMMSS-PID`.
    static func isStem(_ stem: Substring) -> Bool {
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 8, parts[1].count == 6, !parts[2].isEmpty else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0 >= "0" && $0 <= "9" } }
    }
}
