import Foundation
import ProfintTestSupport
import Testing

/// Terminal input for demo/plan that uses every kind and every command once.
let terminalInput = [
    "Housing", "Health", "",            // list
    ":note they hesitate",              // note
    "maybe", "n",                       // yesno: refused, then no
    ":skip",                            // a required question cannot be skipped
    "money",                            // text
    ":skip",                            // optional number skipped
    "Caritas", "", "ASP", "",           // lists per item
    ":help", "9", "4",                  // help; scale out of range, then 4
    "3", "1",                           // choice: not an option, then 1
    "1,3",                              // multi
    ":time", "2031-01-01", "2021-03-04", // date: the Lua constraint refuses 2031
    "call", "2021-03-05", "y",          // table row 1, another row
    "meet", "", "n",                    // table row 2 with the optional date left empty
    ":back",                            // back to the table
    "", "", "y", "", "", "n",           // keep both rows as they were
    "2", ":bogus", "3",                 // coverage: unknown command, then answers
].joined(separator: "\n") + "\n"

/// The answers every front end must record for the inputs above.
let expectedAnswers: [String: String] = [
    "needs.needs": #"["Housing","Health"]"#, "needs.alone": "false", "needs.why": #""money""#,
    "partners.for[Housing]": #"["Caritas"]"#, "partners.for[Health]": #"["ASP"]"#, "partners.strength": "4",
    "partners.mode": #""formal""#, "partners.areas": #"["work","language"]"#, "partners.start": #""2021-03-04""#,
    "partners.actions": #"[{"what":"call","when":"2021-03-05"},{"what":"meet"}]"#,
    "cover.level[Housing]": #""partners""#, "cover.level[Health]": #""no""#,
]

/// The stored answers of the only session in `store`, as compact JSON by path (skips left out).
func recordedAnswers(store: String) throws -> [String: String] {
    let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
    let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
    guard let id = sessions.first?["id"] as? String else { return [:] }
    var result: [String: String] = [:]
    for (path, value) in try storedAnswers(id, store: store) {
        guard let value else { continue }
        result[path] = String(
            decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]),
            as: UTF8.self)
    }
    return result
}

@Suite("The terminal and JSON-lines front ends", .serialized)
struct FrontEndTests {
    @Test func pipedTerminalInputUsesEveryKindAndCommand() throws {
        let store = tempStore()
        let run = try profint(["run", "demo/plan", "--path", good, "--store", store, "--org", "CRESM"],
                              input: terminalInput)
        #expect(run.status == 0, "\(run.out)\n\(run.err)")
        #expect(run.out.contains("━━ Step 1 of 3 · Needs · planned 30 min ━━"))
        #expect(run.out.contains("  ✓ note"))
        #expect(run.out.contains("✗ answer y or n"))
        #expect(run.out.contains("✗ an answer is required: this question cannot be skipped"))
        #expect(run.out.contains("Commands:") && run.out.contains("    :back       go back to the previous question"))
        #expect(run.out.contains("✗ must be from 1 to 5, got 9"))
        #expect(run.out.contains("✗ '3' is not one of the options"))
        #expect(run.out.contains("Step 2: 0 min spent, planned 1 h"))
        #expect(run.out.contains("✗ before 2030, please"))
        #expect(run.out.contains("✗ unknown command :bogus"))
        #expect(run.out.contains("Finished."))
        #expect(!run.out.contains("\u{1B}["), "no colours off a TTY")
        #expect(try recordedAnswers(store: store) == expectedAnswers)
    }

    @Test func endOfInputSavesAndPrintsTheResumeCommand() throws {
        let store = tempStore()
        let run = try profint(["run", "demo/plan", "--path", good, "--store", store], input: "Housing\nHealth\n\nn\n")
        #expect(run.status == 75)
        #expect(run.out.contains("Saved. Resume with: profint run --resume "))
        #expect(try recordedAnswers(store: store) == ["needs.needs": #"["Housing","Health"]"#, "needs.alone": "false"])
        let quit = try profint(["run", "demo/plan", "--path", good, "--store", tempStore()],
                               input: "Housing\nHealth\n\n:quit\n")
        #expect(quit.status == 75)
        #expect(quit.out.contains("Resume with"))
    }

    @Test func theModulesCaseComesFirstWithWithCase() throws {
        let run = try profint(["run", "demo/plan", "--path", good, "--no-store", "--with-case", "--lang", "fr"],
                              input: "\n:quit\n")
        #expect(run.out.contains("Démo"))
        #expect(run.out.contains("1. Pourquoi\u{00A0}?"), "a no-break space keeps the French ? with its word")
        #expect(run.out.contains("Appuyez sur Entrée"))
        #expect(run.out.contains("Étape 1 sur 3"))
    }

    @Test func aJSONLinesClientDrivesTheToolToDone() throws {
        let store = tempStore()
        let client = try ProtocolClient(["run", "demo/plan", "--path", good, "--store", store, "--protocol", "jsonl"])
        #expect(try client.next("session")?["tool"] as? String == "demo/plan")
        #expect(try client.next("step")?["index"] as? Int == 1)
        #expect(try client.next("prompt")?["path"] as? String == "needs.needs")
        client.send("this is not json")
        #expect(try client.next("error")?["message"] as? String != nil)
        client.send(#"{"answer": ["Housing"]}"#)
        let rejected = try #require(try client.next("error"))
        #expect(rejected["path"] as? String == "needs.needs")
        #expect(rejected["message"] as? String == "at least 2 items needed, got 1")
        #expect(try client.next("prompt")?["path"] as? String == "needs.needs", "the same prompt comes again")
        try client.answer("needs.needs")
        var answered: [String] = ["needs.needs"]
        var backDone = false
        while let object = try client.next() {
            let type = object["type"] as? String
            if type == "done" {
                #expect(object["complete"] as? Bool == true)
                break
            }
            guard type == "prompt", let path = object["path"] as? String else { continue }
            if path == "partners.mode" {
                #expect((object["options"] as? [[String: Any]])?.map { $0["id"] as? String } == ["formal", "informal"])
            }
            if path == "partners.actions" {
                #expect((object["columns"] as? [[String: Any]])?.map { $0["id"] as? String } == ["what", "when"])
            }
            if path == "partners.strength" {
                #expect(object["min"] as? Int == 1)
                #expect((object["labels"] as? [String: Any])?["5"] as? String == "strong")
            }
            if path == "needs.why" && !backDone {
                backDone = true
                client.send(#"{"command": "back"}"#)
                continue
            }
            if path == "needs.alone" && backDone {
                #expect(object["previous"] as? Bool == false)
            }
            if path == "cover.level[Housing]" {
                client.send(#"{"command": "note", "text": "a note"}"#) ; _ = try client.next("noted") ;
                _ = try client.next("prompt")
            }
            if path == "needs.people" || path == "partners.areas" {
                client.send(#"{"command": "skip"}"#)
                continue
            }
            try client.answer(path)
            answered.append(path)
        }
        #expect(client.wait() == 0)
        #expect(answered.contains("cover.level[Health]"))
        let answers = try recordedAnswers(store: store)
        #expect(answers["needs.needs"] == #"["Housing","Health"]"#)
        #expect(answers.count == 11)
    }

    @Test func theThreeFrontEndsRecordTheSameAnswers() throws {
        let piped = tempStore(), lines = tempStore()
        #expect(try profint(["run", "demo/plan", "--path", good, "--store", piped], input: terminalInput).status == 0)
        let client = try ProtocolClient(["run", "demo/plan", "--path", good, "--store", lines, "--protocol", "jsonl"])
        while let object = try client.next() {
            if object["type"] as? String == "done" { break }
            if object["type"] as? String == "prompt", let path = object["path"] as? String {
                if path == "partners.areas" { client.send(#"{"answer": ["work", "language"]}"#); continue }
                if path == "partners.actions" {
                    client.send(#"{"answer": [{"what": "call", "when": "2021-03-05"}, {"what": "meet"}]}"#); continue
                }
                try client.answer(path)
            }
        }
        #expect(client.wait() == 0)
        #expect(try recordedAnswers(store: piped) == expectedAnswers)
        #expect(try recordedAnswers(store: lines) == expectedAnswers)
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYTheTerminalRecordsTheSameAnswersAsAPipe() throws {
        let tty = tempStore()
        try Tmux.run(["run", "demo/plan", "--path", good, "--store", tty, "--org", "O", "--facilitator", "F",
                      "--participant", "P"],
                     typing: terminalInput.split(separator: "\n", omittingEmptySubsequences: false)
                         .dropLast().map(String.init))
        #expect(try recordedAnswers(store: tty) == expectedAnswers)
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYMissingSessionDetailsAreAskedFor() throws {
        let store = tempStore()
        try Tmux.run(["run", "demo/plan", "--path", good, "--store", store],
                     typing: ["CRESM", "Laura", "Nadia, Yodit", ":quit"])
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        let id = try #require(sessions.first?["id"] as? String)
        let export = try profint(["sessions", "export", id, "--store", store]).out
        #expect(export.contains("\"organisation\": \"CRESM\""))
        #expect(export.contains("\"facilitator\": \"Laura\""))
        #expect(export.contains("\"Nadia\",\n      \"Yodit\""))
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYTheLineEditorsPromptsShowNoRawColourCodes() throws {
        let store = tempStore()
        let screen = try Tmux.run(["run", "demo/plan", "--path", good, "--store", store],
                                  typing: ["CRESM", "Laura", "Nadia", ":quit"])
        #expect(screen.contains("Organisation"), "\(screen)")
        let plain = screen.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(!plain.contains("[1m") && !plain.contains("[0m") && !plain.contains("[2m"), "\(plain)")
        #expect(!plain.contains("^["), "no escape shown as text")
        #expect(screen.contains("\u{1B}[1mOrganisation"), "the prompt is still bold")
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYCtrlCSavesLikeQuitAndDropsOnlyTheLineBeingTyped() throws {
        let store = tempStore()
        let screen = try Tmux.run(["run", "demo/plan", "--path", good, "--store", store, "--org", "O",
                                   "--facilitator", "F", "--participant", "P"],
                                  typing: ["Housing", "Heal" + Tmux.ctrlC])
        #expect(screen.contains("Resume with: profint run --resume "), "\(screen)")
        #expect(screen.contains("EXIT=75"))
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        let id = try #require(sessions.first?["id"] as? String)
        let export = try profint(["sessions", "export", id, "--store", store]).out
        #expect(export.contains("\"path\": \"needs.needs\",\n      \"value\": [\n        \"Housing\"\n      ]"),
                "\(export)")
        #expect(!export.contains("Heal\""), "the line being typed is the only thing lost")
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYThePromptIsColouredAndLineEditingWorks() throws {
        let store = tempStore()
        let screen = try Tmux.run(["run", "demo/plan", "--path", good, "--store", store, "--org", "O",
                                   "--facilitator", "F", "--participant", "P"],
                                  typing: ["Housx\u{7F}ing", "Health", "", ":quit"])
        #expect(screen.contains("\u{1B}["), "colours on a TTY")
        #expect(screen.contains("Step 1 of 3"))
        #expect(try recordedAnswers(store: store)["needs.needs"] == #"["Housing","Health"]"#,
                "the backspace edited the line")
    }
}

/// Drives profint on a pseudo-terminal inside tmux.
enum Tmux {
    static var available: Bool { Programs.has("tmux") }

    /// Ends a line typed with Ctrl-C instead of Enter.
    static let ctrlC = "^C"

    /// Runs profint in a detached tmux session of its own server, types each line once the
    /// screen has settled (a line ending in ``ctrlC`` is typed, then Ctrl-C pressed), and
    /// returns the screen with its colour codes.
    @discardableResult
    static func run(
        _ arguments: [String], typing lines: [String], environment: [String: String] = [:]
    ) throws -> String {
        let socket = "profint-\(UUID().uuidString.prefix(8))"
        let home = environment["PROFINT_HOME"] ?? emptyHome.path
        let command = "env -u NO_COLOR PROFINT_HOME=\(home) TERM=xterm-256color \(profintBinary.path) "
            + arguments.map { "'\($0)'" }.joined(separator: " ") + "; echo EXIT=$?; sleep 30"
        // The tmux server keeps every file it inherits open, so a pipe to it would never end:
        // start it with system(3), which gives it none of ours to read.
        let quoted = command.replacingOccurrences(of: "'", with: "'\\''")
        _ = system("/usr/bin/tmux -L \(socket) new-session -d -s t -x 120 -y 50 '\(quoted)' </dev/null >/dev/null 2>&1")
        defer { _ = try? tmux(socket, ["kill-server"]) }
        var screen = try settled(socket, after: "")
        for line in lines {
            if line.hasSuffix(ctrlC) {
                try tmux(socket, ["send-keys", "-t", "t", "-l", String(line.dropLast(ctrlC.count))])
                try tmux(socket, ["send-keys", "-t", "t", "C-c"])
            } else {
                try tmux(socket, ["send-keys", "-t", "t", "-l", line])
                try tmux(socket, ["send-keys", "-t", "t", "Enter"])
            }
            screen = try settled(socket, after: screen)
        }
        for _ in 0..<250 {
            screen = try tmux(socket, ["capture-pane", "-p", "-e", "-S", "-2000", "-t", "t"])
            if screen.contains("EXIT=") { break }
            usleep(20_000)
        }
        return screen
    }

    /// The screen once it has changed from `before` and then stayed the same for a moment.
    private static func settled(_ socket: String, after before: String) throws -> String {
        var last = before
        var stable = 0
        for _ in 0..<300 {
            usleep(10_000)
            let screen = try tmux(socket, ["capture-pane", "-p", "-S", "-2000", "-t", "t"])
            if screen != before && screen == last { stable += 1 } else { stable = 0 }
            if stable >= 3 { return screen }
            last = screen
        }
        return last
    }

    @discardableResult
    private static func tmux(_ socket: String, _ arguments: [String]) throws -> String {
        try runProgram("/usr/bin/tmux", ["-L", socket] + arguments).out
    }
}
