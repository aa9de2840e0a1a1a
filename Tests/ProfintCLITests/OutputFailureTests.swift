import Foundation
import ProfintTestSupport
import Testing

/// profint with its standard output on a full disk: a message and the I/O status, never a trap,
/// and the session kept.
@Suite("Standard output that cannot be written", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
struct OutputFailureTests {
    /// Runs profint with `arguments` and its standard output on /dev/full.
    func profintOnFullDisk(_ arguments: [String]) throws -> Outcome {
        try runProgram("/bin/sh", ["-c", #"p=$1; shift; exec "$p" "$@" > /dev/full"#, "sh", profintBinary.path]
                       + arguments)
    }

    @Test func versionEndsWithTheIOStatus() throws {
        let run = try profintOnFullDisk(["--version"])
        #expect(run.status == 74)
        #expect(run.err == "profint: cannot write to standard output: No space left on device\n")
    }

    @Test func aRunKeepsItsSessionWhenItsReportCannotBeWritten() throws {
        let store = tempStore()
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let run = try profintOnFullDisk(["run", "demo/plan", "--path", good, "--store", store, "--answers",
                                         folder.appendingPathComponent("answers.yaml").path])
        #expect(run.status == 74, "\(run.err)")
        #expect(run.err.contains("profint: cannot write to standard output: No space left on device"))
        #expect(try recordedAnswers(store: store)["needs.needs"] == #"["Housing","Health"]"#)
    }

    @Test func helpWrittenToAFullDiskEndsWithTheIOStatus() throws {
        let run = try profintOnFullDisk(["run", "--help"])
        #expect(run.status == 74)
        #expect(run.err == "profint: cannot write to standard output: No space left on device\n")
    }

    @Test func aCommandThatFailedKeepsItsOwnStatus() throws {
        let run = try profintOnFullDisk(["check", fixtures.appendingPathComponent("bad").path])
        #expect(run.status == 78)
        #expect(run.err.contains("profint: cannot write to standard output: No space left on device"))
    }
}
