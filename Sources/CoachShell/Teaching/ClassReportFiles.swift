import CoachCore

/// Reads the JSON practice reports `class-report` combines: each file read and parsed, then the
/// case sets compared. Every error names the file and says what to do.
public enum ClassReportFiles {
    /// The largest report read (a report of many long drafts stays well below it).
    public static let limit = 4 * 1024 * 1024

    public static func load(_ paths: [String]) throws -> [PracticeRecord] {
        var records: [PracticeRecord] = []
        for path in paths {
            let text = try TextFile.read(path, limit: limit, what: "practice report", regularOnly: true, oneOfMany: true)
            do {
                records.append(try PracticeRecordJSON.decode(text))
            } catch {
                throw ShellError("\(path): \(error.description)")
            }
        }
        if let index = ClassReport.firstMismatch(records) {
            throw ShellError("\(paths[index]) is a practice on other cases than \(paths[0]); combine only reports of the same cases (practise with the same --cases and --seed, and the same case pack)")
        }
        return records
    }
}
