import Foundation
import GRDB
import ProfintTestSupport
import Testing

/// Ctrl-C during a run, sent as SIGINT to a running profint, as a terminal or a JSON-lines
/// client's wrapper sends it (the tmux tests type Ctrl-C at a real terminal).
@Suite(.timeLimit(.minutes(1)))
struct InterruptTests {
    @Test func aSecondCtrlCEndsARunWaitingForABusyStoreAndSaysHowToResume() throws {
        let store = tempStore()
        let run = try RunningProgram(ProcessRunner.profint.path, [
            "run", "demo/plan", "--path", good, "--store", store, "--org", "O", "--facilitator", "F",
            "--participant", "P",
        ])
        #expect(run.waitForOutput(containing: "Which needs?"), "\(run.out)\(run.err)")
        // Another process holds the store: the first Ctrl-C's save waits for it (up to 5 seconds,
        // then says the store is locked, exit 74); the second ends the run at once.
        let holder = try DatabaseQueue(path: store)
        let status = try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            run.interrupt()
            Thread.sleep(forTimeInterval: 1)
            #expect(run.isRunning, "the first Ctrl-C waits for the store")
            run.interrupt()
            return run.waitUntilExit()
        }
        #expect(status == 75, "\(run.err)")
        #expect(run.err.contains("Saved. Resume with: profint run --resume "), "\(run.err)")
        #expect(!run.err.contains("locked"), "it did not wait for the store to give up")
    }

    @Test func ctrlCEndsAJSONLinesSessionLikeTheEndOfInput() throws {
        let store = tempStore()
        let run = try RunningProgram(ProcessRunner.profint.path, [
            "run", "demo/plan", "--path", good, "--store", store, "--protocol", "jsonl", "--org", "O",
            "--facilitator", "F", "--participant", "P",
        ])
        #expect(run.waitForOutput(containing: #""type":"prompt""#), "\(run.out)\(run.err)")
        run.interrupt()
        #expect(run.waitUntilExit() == 75, "\(run.out)\(run.err)")
        let last = try #require(run.out.split(separator: "\n").last)
        let done = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
        #expect(done?["type"] as? String == "done" && done?["complete"] as? Bool == false, "\(last)")
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        #expect(sessions.count == 1, "the session is stored, to resume: \(list.out)")
    }
}
