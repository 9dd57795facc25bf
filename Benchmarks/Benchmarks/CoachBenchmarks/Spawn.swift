import Foundation

/// Runs a program with standard input from a file (or /dev/null) and output to /dev/null, and
/// returns its exit status and wait4's peak resident memory in KiB. That figure is not the
/// program's own: posix_spawn starts the child in the parent's memory (vfork), so it reports at
/// least the benchmark process's size. Use `peakMemoryKiB` for a program's real peak.
func spawnAndWait(_ path: String, _ arguments: [String], stdin: String = "/dev/null") -> (status: Int32, maxRSSKiB: Int) {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = NSTemporaryDirectory() + "review-coach-bench"
    // The suite preloads a malloc counter into itself; the programs measured must not carry it.
    environment["LD_PRELOAD"] = nil
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else {
        fatalError("cannot start \(path): build it first (scripts/bench does)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return (status, Int(usage.ru_maxrss))
}

/// The program's own peak resident memory in KiB, measured by GNU time, which starts it with a
/// real fork (scripts/bench installs the time package if it is missing).
func peakMemoryKiB(_ path: String, _ arguments: [String], stdin: String = "/dev/null") -> Int {
    let report = NSTemporaryDirectory() + "review-coach-bench-time-\(getpid()).txt"
    defer { unlink(report) }
    let (status, _) = spawnAndWait(Programs.time, ["-f", "%M", "-o", report, path] + arguments, stdin: stdin)
    guard status == 0, let text = try? String(contentsOfFile: report, encoding: .utf8),
        let kib = Int(text.split(separator: "\n").last ?? "")
    else { fatalError("\(Programs.time) could not measure \(path): install the time package") }
    return kib
}

/// Paths of the programs compared, relative to the Benchmarks/ folder where the suite runs.
enum Programs {
    static let coach = "../.build/release/review-coach"
    static let helloFoundation = ".build/release/HelloFoundation"
    static let sqlite = "/usr/bin/sqlite3"
    static let time = "/usr/bin/time"
}
