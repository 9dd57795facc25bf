import Foundation

/// Runs a program with standard input from a file (or /dev/null) and output to /dev/null, and
/// returns its exit status and peak resident memory in KiB (from wait4's rusage).
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

/// Paths of the programs compared, relative to the Benchmarks/ folder where the suite runs.
enum Programs {
    static let coach = "../.build/release/review-coach"
    static let helloFoundation = ".build/release/HelloFoundation"
    static let sqlite = "/usr/bin/sqlite3"
}
