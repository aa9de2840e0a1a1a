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

    /// A JSON-lines client that cannot be answered gets no more of its input read: the session
    /// is saved for later before its first answer, which the client sent blind.
    @Test func aJSONLinesSessionStopsReadingWhenItCannotAnswer() throws {
        let store = tempStore()
        let run = try runProgram(
            "/bin/sh", ["-c", #"p=$1; shift; exec "$p" "$@" > /dev/full"#, "sh", profintBinary.path,
                        "run", "demo/plan", "--path", good, "--store", store, "--protocol", "jsonl"],
            input: #"{"answer": ["Housing", "Health"]}"# + "\n")
        #expect(run.status == 75, "\(run.err)")
        #expect(run.err.contains("profint: cannot write to standard output: No space left on device"))
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        #expect(sessions.count == 1)
        #expect(sessions.first?["answers"] as? Int == 0)
    }

    @Test func aCommandThatFailedKeepsItsOwnStatus() throws {
        let run = try profintOnFullDisk(["check", fixtures.appendingPathComponent("bad").path])
        #expect(run.status == 78)
        #expect(run.err.contains("profint: cannot write to standard output: No space left on device"))
    }
}
