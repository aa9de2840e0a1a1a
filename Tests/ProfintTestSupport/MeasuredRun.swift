import Foundation

/// A run of a program with its own processor time and peak memory, as `wait4` reports them for
/// that one child (what `getrusage(RUSAGE_CHILDREN)` would add up over every test running at once).
public struct MeasuredOutcome: Sendable {
    public var outcome: Outcome
    /// User and system processor seconds of the child alone.
    public var seconds: Double
    /// The child's peak resident memory, in KiB.
    public var peakKiB: Int
}

extension ProcessRunner {
    /// Runs `program` as ``run(_:_:input:environment:in:)`` does (the same environment), and
    /// measures it. Input, output and errors go through temporary files.
    public static func measured(
        _ program: String, _ arguments: [String], input: String = "", environment extra: [String: String] = [:]
    ) throws -> MeasuredOutcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "profint-measured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inPath = folder.appendingPathComponent("in").path
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        try Data(input.utf8).write(to: URL(fileURLWithPath: inPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment(extra).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let read = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return MeasuredOutcome(outcome: Outcome(status: exitStatus, out: read(outPath), err: read(errPath)),
                               seconds: seconds, peakKiB: usage.ru_maxrss)
    }
}
