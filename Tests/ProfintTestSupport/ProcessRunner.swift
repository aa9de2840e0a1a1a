import Foundation

/// What a run of a program printed, and how it ended.
public struct Outcome: Sendable {
    public var status: Int32
    public var out: String
    public var err: String
}

/// Running programs as a user would: the built `profint`, and the tools tests check it with.
public enum ProcessRunner {
    /// The built `profint`, beside the test bundle.
    public static let profint: URL = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map(URL.init(fileURLWithPath:))
        var folder = exe?.deletingLastPathComponent() ?? Fixtures.checkout.appendingPathComponent(".build/debug")
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("profint")
    }()

    /// An empty folder used as PROFINT_HOME, so only the bundles a test names are on the search path.
    public static let emptyHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("profint-empty-home")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The session store of this test process, so that no test reads or upgrades the user's own
    /// store (`~/.local/share/profint/sessions.sqlite`); a test may still name another.
    public static let testStore: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("profint-test-store-\(ProcessInfo.processInfo.processIdentifier)")
        .appendingPathComponent("sessions.sqlite")

    /// profint's test environment: this process's, with no bundled content, no colour, a UTF-8
    /// locale and the test process's own store, then `extra`.
    public static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PROFINT_HOME"] = emptyHome.path
        environment["PROFINT_PATH"] = nil
        environment["PROFINT_STORE"] = testStore.path
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "C.UTF-8"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs a program with profint's test environment (no bundled content, no colour, a UTF-8
    /// locale, the test process's own store), feeding `input` on stdin.
    public static func run(
        _ program: String, _ arguments: [String], input: String = "", environment extra: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment(extra)
        if let folder { process.currentDirectoryURL = folder }
        let stdin = Pipe(), stdout = Pipe()
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "profint-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let stderr = try FileHandle(forWritingTo: errFile)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let inputData = Data(input.utf8)
        let writer = Thread {
            stdin.fileHandleForWriting.write(inputData)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try stderr.close()
        let errData = FileManager.default.contents(atPath: errFile.path) ?? Data()
        return Outcome(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData, as: UTF8.self))
    }
}

/// Optional programs some tests use; a test that needs one is skipped by the test framework when
/// it is missing (`.enabled(if: Programs.has("dot"))`).
public enum Programs {
    /// The full path of `name` on PATH, or nil.
    public static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static func has(_ name: String) -> Bool { path(name) != nil }
}
