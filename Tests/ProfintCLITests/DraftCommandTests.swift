import Foundation
import ProfintTestSupport
import Testing

/// The id and the exported session of the only session in `store`.
private func onlySession(_ store: String) throws -> (id: String, export: [String: Any]) {
    let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
    let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
    let id = try #require(sessions.first?["id"] as? String)
    let export = try profint(["sessions", "export", id, "--store", store])
    return (id, try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]))
}

/// The drafts of an exported session, by path, as compact JSON.
private func drafts(_ export: [String: Any]) throws -> [String: String] {
    var result: [String: String] = [:]
    for draft in export["drafts"] as? [[String: Any]] ?? [] {
        let value = try JSONSerialization.data(withJSONObject: draft["value"] ?? NSNull(),
                                               options: [.sortedKeys, .fragmentsAllowed])
        result[draft["path"] as? String ?? "?"] = String(decoding: value, as: UTF8.self)
    }
    return result
}

/// profint run in the terminal front end over pipes, typed into line by line as a person would.
private final class TypedRun {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private(set) var screen = ""

    init(_ arguments: [String]) throws {
        process.executableURL = profintBinary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PROFINT_HOME"] = emptyHome.path
        environment["PROFINT_PATH"] = nil
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Reads what profint prints until `text` appears after what was read before (or profint
    /// ends: after 30 s it is killed).
    func waitFor(_ text: String) {
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        defer { watchdog.cancel() }
        let start = screen.endIndex
        while !screen[start...].contains(text) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return }
            screen += String(decoding: chunk, as: UTF8.self)
        }
    }

    func type(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// The exit status, once profint has ended (killed after 30 s, so that a test that went
    /// wrong fails instead of hanging).
    func wait() -> Int32 {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { kill(pid, SIGKILL) }
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            screen += String(decoding: chunk, as: UTF8.self)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("Drafts and Ctrl-C with the built profint", .serialized)
struct DraftCommandTests {
    @Test func twoTableRowsAndAListItemComeBackAfterQuitAndResume() throws {
        let store = tempStore()
        let first = try profint(["run", "demo/plan", "--path", good, "--store", store], input: """
            Housing
            Health

            n
            money

            Caritas
            :quit

            """)
        #expect(first.status == 75)
        let (id, export) = try onlySession(store)
        #expect(try drafts(export) == ["partners.for[Housing]": #"["Caritas"]"#])

        let second = try profint(["run", "--resume", id, "--path", good, "--store", store], input: """

            ASP

            4
            1

            2021-03-04
            call
            2021-03-05
            y
            meet

            :quit

            """)
        #expect(second.status == 75)
        #expect(second.out.contains("Typed so far (kept):\n  1. Caritas\n  [0/60 min] 2. \n"), "\(second.out)")
        #expect(try drafts(try onlySession(store).export)
                == ["partners.actions": #"[{"what":"call","when":"2021-03-05"},{"what":"meet","when":null}]"#])

        let third = try profint(["run", "--resume", id, "--path", good, "--store", store], input: "n\n2\n3\n")
        #expect(third.status == 0, "\(third.out)")
        #expect(third.out.contains("  Action 1 · What: call · When: 2021-03-05\n  Action 2 · What: meet\n"),
                "\(third.out)")
        let answers = try recordedAnswers(store: store)
        #expect(answers["partners.for[Housing]"] == #"["Caritas"]"#)
        #expect(answers["partners.actions"] == #"[{"what":"call","when":"2021-03-05"},{"what":"meet"}]"#)
        #expect(try onlySession(store).export["drafts"] == nil, "a finished session keeps no draft")
    }

    @Test func ctrlCInATableKeepsTheRowsAndTheStepsTime() throws {
        let store = tempStore()
        let run = try TypedRun(["run", "demo/plan", "--path", good, "--store", store])
        run.type((DraftLines.toTheTable + ["call", "2021-03-05", "y", "meet"]).joined(separator: "\n"))
        run.waitFor("    What: meet\n    When (YYYY-MM-DD) (optional): ")
        usleep(1_500_000)
        run.interrupt()
        #expect(run.wait() == 75)
        #expect(run.screen.contains("Saved. Resume with: profint run --resume "), "\(run.screen)")
        let export = try onlySession(store).export
        #expect(try drafts(export) == ["partners.actions": #"[{"what":"call","when":"2021-03-05"},{"what":"meet"}]"#])
        let spent = try #require(export["spent"] as? [String: Double])
        #expect(spent["partners"] ?? 0 >= 1.5, "the time up to Ctrl-C is the step's: \(spent)")
    }
}

/// Lines typed into demo/plan up to its table.
enum DraftLines {
    static let toTheTable = ["Housing", "Health", "", "n", "money", "", "Caritas", "", "ASP", "", "4", "1", "",
                             "2021-03-04"]
}
