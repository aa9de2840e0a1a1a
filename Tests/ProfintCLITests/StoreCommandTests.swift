import Foundation
import ProfintTestSupport
import Testing

/// A new store's path, for `--store`.
func tempStore() -> String { temporaryStoreURL().path }

/// The answers stored for a session, by `sessions export`.
func storedAnswers(_ id: String, store: String) throws -> [(path: String, value: Any?)] {
    let export = try profint(["sessions", "export", id, "--store", store])
    guard let object = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any],
          let answers = object["answers"] as? [[String: Any]] else { return [] }
    return answers.map { ($0["path"] as? String ?? "", $0["value"]) }
}

@Suite("Sessions that are never lost")
struct StoreCommandTests {
    @Test func killedAtRandomPointsAndResumedFiftyTimesInARow() throws {
        let allPaths = ["needs.needs", "needs.alone", "needs.why", "needs.people", "partners.for[Housing]",
                        "partners.for[Health]", "partners.strength", "partners.mode", "partners.areas",
                        "partners.start", "partners.actions", "cover.level[Housing]", "cover.level[Health]"]
        for iteration in 0..<50 {
            let store = tempStore()
            let cut = Int.random(in: 1..<allPaths.count)
            let first = try ProtocolClient([
                "run", "demo/plan", "--path", good, "--store", store, "--protocol", "jsonl"])
            let id = try #require(try first.next("session")?["session"] as? String)
            var confirmed: [String] = []
            var pending: String?
            var sent = 0
            while let object = try first.next() {
                guard object["type"] as? String == "prompt", let path = object["path"] as? String else { continue }
                if let previous = pending, previous != path { confirmed.append(previous) }
                if sent == cut {
                    break
                }
                try first.answer(path)
                pending = path
                sent += 1
                if sent == cut {
                    usleep(UInt32.random(in: 0...3000))
                    break
                }
            }
            first.kill()
            let stored = try storedAnswers(id, store: store).map(\.path)
            #expect(Array(stored.prefix(confirmed.count)) == confirmed,
                    "iteration \(iteration): confirmed \(confirmed), stored \(stored)")
            #expect(Array(allPaths.prefix(stored.count)) == stored,
                    "iteration \(iteration): stored answers are the first ones sent")

            let second = try ProtocolClient([
                "run", "--resume", id, "--path", good, "--store", store, "--protocol", "jsonl"])
            var done: [String: Any]?
            while let object = try second.next() {
                if object["type"] as? String == "done" { done = object; break }
                if object["type"] as? String == "prompt", let path = object["path"] as? String {
                    #expect(!stored.contains(path), "iteration \(iteration): \(path) was asked again after resuming")
                    try second.answer(path)
                }
            }
            #expect(done?["complete"] as? Bool == true, "iteration \(iteration)")
            #expect(second.wait() == 0)
            #expect(try storedAnswers(id, store: store).map(\.path) == allPaths, "iteration \(iteration)")
        }
    }

    @Test func twoProcessesWriteTwoSessionsAtOnce() throws {
        let store = tempStore()
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let answers = folder.appendingPathComponent("answers.yaml").path
        try FileManager.default.createDirectory(atPath: (store as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        final class Results: @unchecked Sendable { var statuses: [Int32] = [] ; let lock = NSLock() }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let status = (try? profint(["run", "demo/plan", "--path", good, "--store", store,
                                        "--answers", answers]).status) ?? -1
            results.lock.lock()
            results.statuses.append(status)
            results.lock.unlock()
        }
        #expect(results.statuses == [0, 0, 0, 0])
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        #expect(sessions.count == 4)
        #expect(sessions.allSatisfy { $0["status"] as? String == "complete" && $0["answers"] as? Int == 11 })
    }

    @Test func importFromStandardInputThatCannotBeReadSaysWhy() throws {
        let run = try runProgram("/bin/sh", ["-c", #"p=$1; shift; exec "$p" "$@" < /"#, "sh", profintBinary.path,
                                             "sessions", "import", "-", "--store", tempStore()])
        #expect(run.status == 74)
        #expect(run.err == "profint: standard input cannot be read: Is a directory\n")
    }

    @Test func sessionsCommandsListShowExportImportDelete() throws {
        let store = tempStore(), other = tempStore()
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let run = try profint(["run", "demo/plan", "--path", good, "--store", store, "--answers",
                               folder.appendingPathComponent("answers.yaml").path])
        let id = try #require(run.err.split(separator: " ").dropFirst().first.map(String.init))
        let list = try profint(["sessions", "list", "--store", store])
        #expect(list.out.contains("\(id)  demo/plan  complete"))
        #expect(try profint(["sessions", "show", id, "--store", store]).out.contains(
            "needs.needs: [\"Housing\",\"Health\"]"))
        let export = try profint(["sessions", "export", id, "--store", store])
        let file = folder.appendingPathComponent("export.json")
        try export.out.write(to: file, atomically: true, encoding: .utf8)
        #expect(try profint(["sessions", "import", file.path, "--store", other]).status == 0)
        #expect(try profint(["sessions", "import", file.path, "--store", other]).status == 64,
                "the id is taken: nothing changes")
        #expect(try profint(["sessions", "export", id, "--store", other]).out == export.out,
                "export, import, export: the same JSON")
        let broken = folder.appendingPathComponent("broken.json")
        try export.out.replacingOccurrences(of: "\"needs.needs\"", with: "\"not a path\"").write(
            to: broken, atomically: true, encoding: .utf8)
        let refused = try profint(["sessions", "import", broken.path, "--store", tempStore()])
        #expect(refused.status == 65)
        #expect(refused.err.contains("answers[0].path"))
        let asked = try profint(["sessions", "delete", id, "--store", store], input: "n\n")
        #expect(asked.status == 1)
        #expect(try profint(["sessions", "show", id, "--store", store]).status == 0)
        #expect(try profint(["sessions", "delete", id, "--store", store, "--yes"]).status == 0)
        #expect(try profint(["sessions", "show", id, "--store", store]).status == 66)
    }

    @Test func aToolOutsideTheBundledContentNamesPathAndProfintPathInReportShowAndRun() throws {
        let store = tempStore()
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let answers = folder.appendingPathComponent("answers.yaml").path
        let run = try profint(["run", "demo/plan", "--path", good, "--store", store, "--answers", answers])
        let id = try #require(run.err.split(separator: " ").dropFirst().first.map(String.init))
        let hint = "a plugin's tool outside the bundled content needs --path DIR or PROFINT_PATH"
        for arguments in [["report", id, "--store", store],
                          ["report", "--all", "--tool", "demo/plan", "--store", store],
                          ["show", "demo/plan"], ["run", "demo/plan", "--answers", answers, "--store", store]] {
            let outcome = try profint(arguments)
            #expect(outcome.status == 66, "\(arguments)")
            #expect(outcome.err.contains("no tool 'demo/plan'") && outcome.err.contains(hint),
                    "\(arguments): \(outcome.err)")
        }
    }

    @Test func reportsInEveryFormatAndSVGWithoutGraphvizSaysWhatToInstall() throws {
        let store = tempStore()
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let run = try profint(["run", "demo/plan", "--path", good, "--store", store, "--answers",
                               folder.appendingPathComponent("answers.yaml").path])
        let id = try #require(run.err.split(separator: " ").dropFirst().first.map(String.init))
        for (format, piece) in [("md", "# Plan"), ("html", "<!DOCTYPE html>"), ("json", "\"steps\""),
                                ("dot", "digraph"), ("mermaid", "flowchart LR")] {
            let report = try profint(["report", id, "--path", good, "--store", store, "--format", format])
            #expect(report.status == 0, "\(format): \(report.err)")
            #expect(report.out.contains(piece), "\(format)")
        }
        let out = folder.appendingPathComponent("report.html")
        #expect(try profint(["report", id, "--path", good, "--store", store, "--format", "html",
                             "--out", out.path]).status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("&lt;script&gt;"))
        let noDot = try profint(["report", id, "--path", good, "--store", store, "--format", "svg"],
                                environment: ["PATH": "/nonexistent"])
        #expect(noDot.status == 74)
        #expect(noDot.err.contains("apt-get install graphviz"))
        let all = try profint(["report", "--all", "--tool", "demo/plan", "--path", good, "--store", store])
        #expect(all.out.contains("| **Housing** | 1 |"))

        // A session left unfinished is not counted, unless asked for, and the report says which were.
        _ = try profint(["run", "demo/plan", "--path", good, "--store", store, "--org", "O"],
                        input: "Housing\nSchool\n\n:quit\n")
        let finished = try profint(["report", "--all", "--tool", "demo/plan", "--path", good, "--store", store])
        #expect(finished.out.contains("**Sessions**: 1: \(id)"), "\(finished.out)")
        #expect(!finished.out.contains("School"))
        let every = try profint(["report", "--all", "--tool", "demo/plan", "--path", good, "--store", store,
                                 "--include-unfinished"])
        #expect(every.out.contains("**Sessions**: 2:") && every.out.contains("(in progress)"), "\(every.out)")
        #expect(every.out.contains("School"))
    }

    @Test func badStoresAreClearErrorsAndStayUntouched() throws {
        let folder = try temporaryFolder(["notes.txt": "not a database\n", "answers.yaml": planYAML])
        let notes = folder.appendingPathComponent("notes.txt").path
        let list = try profint(["sessions", "list", "--store", notes])
        #expect(list.status == 74)
        #expect(list.err.contains("\(notes): not a profint session store"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "not a database\n")
        let created = folder.appendingPathComponent("new/folders/sessions.sqlite").path
        #expect(try profint(["sessions", "list", "--store", created]).status == 0, "a missing folder is created")
        #expect(FileManager.default.fileExists(atPath: created))
    }

    /// Whether a read-only store can be made here: as root, through setpriv as nobody.
    static var canMakeReadOnlyStores: Bool { getuid() != 0 || Programs.has("setpriv") }

    @Test(.enabled(if: canMakeReadOnlyStores, "as root, needs setpriv to act as nobody"))
    func aReadOnlyStoreIsAClearErrorAndStaysUntouched() throws {
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let store = folder.appendingPathComponent("readonly/sessions.sqlite").path
        #expect(try profint(["run", "demo/plan", "--path", good, "--store", store, "--answers",
                             folder.appendingPathComponent("answers.yaml").path]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: 0o555],
                                              ofItemAtPath: (store as NSString).deletingLastPathComponent)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755],
                                                   ofItemAtPath: (store as NSString).deletingLastPathComponent)
        }
        for path in [folder.path, (store as NSString).deletingLastPathComponent] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555],
                                              ofItemAtPath: (store as NSString).deletingLastPathComponent)
        let arguments = ["run", "demo/plan", "--path", good, "--store", store, "--answers",
                         folder.appendingPathComponent("answers.yaml").path]
        let outcome: Outcome
        if getuid() == 0 {
            outcome = try asNobody(arguments)
        } else {
            outcome = try profint(arguments)
        }
        #expect(outcome.status == 74, "\(outcome.err)")
        #expect(outcome.err.contains(store))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}

/// Runs profint as the user nobody, so file permissions apply even when the tests run as root.
func asNobody(_ arguments: [String]) throws -> Outcome {
    try runProgram("/usr/bin/setpriv",
                   ["--reuid=65534", "--regid=65534", "--clear-groups", profintBinary.path] + arguments)
}
