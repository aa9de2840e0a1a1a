import Foundation
import ProfintContent
import ProfintEngine
@testable import ProfintFrontEnds
import ProfintModel
import ProfintTestSupport
import Testing

/// A sink that keeps every record it is given, as the store would.
final class MemorySink: SessionSink {
    var saved: [SessionRecord] = []
    func save(_ record: SessionRecord) throws { saved.append(record) }
}

/// A session of the fixture tool demo/plan, committed to `sink`.
func demoDriver(sink: SessionSink?, clock: TestClock = TestClock()) throws -> SessionDriver {
    let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.good]))
    let loaded = try ToolLoader(catalog: catalog).load("demo/plan")
    let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: "en", id: "t1"), sink: sink, clock: clock.read)
    try driver.start()
    return driver
}

/// Lines fed one by one, as from a pipe.
final class Lines {
    private var lines: [String]
    init(_ lines: [String]) { self.lines = lines }
    func next() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}

@Suite("Front ends are adapters over the session driver")
struct AdapterTests {
    @Test func theTerminalTurnsLinesIntoCommandsAndEveryChangeIsCommitted() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        let input = Lines(["Housing", "Health", "", ":note they hesitate", "maybe", "n", ":skip", ":quit"])
        var output = ""
        let terminal = Terminal(input: input.next, output: { output += $0 })
        let end = try TerminalFrontEnd(driver: driver, hints: SessionHints(resumeCommand: "resume me"),
                                       terminal: terminal).run()
        #expect(end == .savedForLater)
        #expect(output.contains("✗ answer y or n"), "a refused answer is said and asked again")
        #expect(output.contains("this question cannot be skipped"))
        #expect(output.contains("Saved. Resume with: resume me"))
        let last = try #require(sink.saved.last)
        #expect(last.answers.map(\.path) == ["needs.needs", "needs.alone"])
        #expect(last.notes.map(\.text) == ["they hesitate"])
        #expect(last.status == .inProgress)
        #expect(sink.saved.count >= 4, "saved at start, after each answer, after the note, on quit")
    }

    @Test func jsonLinesTurnsObjectsIntoCommands() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        let input = Lines([
            #"{"answer": ["Housing"]}"#, #"{"answer": ["Housing", "Work"]}"#, #"not json"#, #"{"command": "back"}"#,
            #"{"answer": ["Health", "Work"]}"#,
            #"{"command": "time"}"#, #"{"command": "quit"}"#,
        ])
        var sent: [JSONValue] = []
        let frontEnd = JSONLinesFrontEnd(driver: driver, hints: SessionHints(), readLine: input.next, write: { line in
            if let value = try? JSONValue.parse(line) { sent.append(value) }
        })
        #expect(try frontEnd.run() == .savedForLater)
        let types = sent.compactMap { $0["type"]?.stringValue }
        #expect(types.first == "session")
        #expect(types.contains("error"), "a line that is not JSON gets an error object")
        #expect(types.contains("time"))
        #expect(types.last == "done")
        #expect(sink.saved.last?.answers.map(\.path) == ["needs.needs"])
        #expect(sink.saved.last?.values["needs.needs"] == .array([.string("Health"), .string("Work")]),
                "back, then a new answer")
    }

    @Test func theProtocolsDoneCountsAnswersAsSessionsListDoesSkipsLeftOut() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        let input = Lines([
            #"{"answer": ["Housing", "Health"]}"#, #"{"answer": false}"#, #"{"answer": "money"}"#,
            #"{"command": "skip"}"#, #"{"command": "quit"}"#,
        ])
        var sent: [JSONValue] = []
        let frontEnd = JSONLinesFrontEnd(driver: driver, hints: SessionHints(), readLine: input.next, write: { line in
            if let value = try? JSONValue.parse(line) { sent.append(value) }
        })
        _ = try frontEnd.run()
        let done = try #require(sent.last { $0["type"]?.stringValue == "done" })
        #expect(sink.saved.last?.answers.count == 4, "the skip is recorded")
        #expect(done["answers"] == 3, "but is no answer")
        #expect(AnswerRecord.answeredCount(sink.saved.last?.answers ?? []) == 3)
    }

    @Test func theDriverReportsTimeAndCommitsEveryChange() throws {
        let sink = MemorySink()
        let clock = TestClock()
        let driver = try demoDriver(sink: sink, clock: clock)
        clock.advance(90)
        guard case .time(let time) = try driver.perform(.time) else { Issue.record("no time"); return }
        #expect(time.step.id == "needs")
        #expect(time.spent == 90)
        let before = sink.saved.count
        #expect(try driver.perform(.answer(.array([.string("Housing"), .string("Work")]))) == .accepted)
        #expect(sink.saved.count == before + 1)
        #expect(try driver.perform(.answer(.string("not a yes/no"))) != .accepted)
        #expect(sink.saved.count == before + 1, "a refused answer changes nothing")
        #expect(try driver.perform(.back) == .wentBack)
        #expect(try driver.perform(.back) == .atFirstQuestion)
    }
}

@Suite("What a trainer types")
struct AnswerParserTests {
    let mode = Question(id: "mode", kind: .choice, text: LocalizedText("Mode?"), options: [
        QuestionOption(id: "formal", label: LocalizedText(["en": "Formal", "fr": "Formel"])),
        QuestionOption(id: "informal", label: LocalizedText(["en": "Informal", "fr": "Informel"])),
        QuestionOption(id: "mixed", label: LocalizedText(["en": "Formal and informal"])),
    ])

    @Test(arguments: [("2", "informal"), ("informal", "informal"), ("INFORMEL", "informal"), ("inf", "informal"),
                      ("mixed", "mixed"), ("Formal", "formal"), ("formal and", "mixed")])
    func aChoiceByNumberIdLabelOrUnambiguousPrefix(typed: String, id: String) throws {
        #expect(try AnswerParser.parse(typed, for: mode, language: "en").get() == .string(id))
    }

    @Test func anAmbiguousPrefixIsRefused() {
        #expect(throws: Rejection.self) { try AnswerParser.parse("form", for: mode, language: "en").get() }
    }

    @Test func anImpossibleDateIsNotAWrongFormat() {
        let date = Question(id: "d", kind: .date, text: LocalizedText("When?"))
        guard case .failure(let impossible) = AnswerValidator.validate("2027-02-30", for: date),
              case .failure(let malformed) = AnswerValidator.validate("30/02/2027", for: date)
        else { Issue.record("both are refused"); return }
        #expect(impossible.reason.contains("is not a day of the calendar"))
        #expect(malformed.reason.contains("expected a date as YYYY-MM-DD"))
    }
}

@Suite("The terminal tells the trainer what happened")
struct TerminalFeedbackTests {
    @Test func helpSaysWhatEachCommandDoesSkipIsAcknowledgedAndResumingRecaps() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        let input = Lines(["Housing", "Health", "", "n", "money", ":help", ":skip", ":quit"])
        var output = ""
        _ = try TerminalFrontEnd(driver: driver, hints: SessionHints(),
                                 terminal: Terminal(input: input.next, output: { output += $0 })).run()
        #expect(output.contains(":back") && output.contains("go back to the previous question to change its answer"))
        #expect(output.contains("save and stop; the session can be resumed"))
        #expect(output.contains("↷ skipped"))

        let stored = try #require(sink.saved.last)
        let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.good]))
        let resumed = SessionDriver(plan: SessionPlan(tool: try ToolLoader(catalog: catalog).load("demo/plan"),
                                                      language: "fr", resumed: stored), sink: sink)
        try resumed.start()
        var again = ""
        _ = try TerminalFrontEnd(driver: resumed, hints: SessionHints(),
                                 terminal: Terminal(input: Lines([":quit"]).next, output: { again += $0 })).run()
        #expect(
            again.contains("Reprise · session t1 · 4 réponses restaurées · Étape 2 · Partenaires"), "\(again)")
    }
}

@Suite("Text on the terminal, wrapped as people read it")
struct WrappingTests {
    @Test func aBlankLineBetweenParagraphsCarriesNoIndent() {
        let wrapped = TextWrap.wrap("Start from real cases.\n\nWhat teams valued.", width: 40, indent: "  ",
                                    firstIndent: "  ")
        #expect(wrapped == "  Start from real cases.\n\n  What teams valued.")
    }

    @Test func theResumeRecapIsWrappedToTheTerminal() throws {
        let sink = MemorySink()
        _ = try TerminalFrontEnd(driver: try demoDriver(sink: sink), hints: SessionHints(),
                                 terminal: Terminal(input: Lines(["Housing", "Health", "", ":note kept", ":quit"]).next,
                                                    output: { _ in })).run()
        let stored = try #require(sink.saved.last)
        let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.good]))
        let driver = SessionDriver(plan: SessionPlan(tool: try ToolLoader(catalog: catalog).load("demo/plan"),
                                                     language: "en", resumed: stored), sink: sink)
        try driver.start()
        var output = ""
        let terminal = Terminal(input: Lines([":quit"]).next, output: { output += $0 }, width: 40)
        _ = try TerminalFrontEnd(driver: driver, hints: SessionHints(), terminal: terminal).run()
        let recap = output.components(separatedBy: "\n").drop { !$0.hasPrefix("Resumed · ") }.prefix { !$0.isEmpty }
        #expect(recap.joined(separator: " ")
                == "Resumed · session t1 · 1 answer restored · 1 note restored · Step 1 · Needs")
        #expect(recap.count > 1 && recap.allSatisfy { $0.count <= 40 }, "\(output)")
    }

    @Test func frenchPunctuationNeverStartsALine() {
        let text = "Quels partenaires voulez-vous renforcer en premier, et pourquoi ? « Réseau » compris ?"
        for width in 20...60 {
            for line in TextWrap.wrap(text, width: width).split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                #expect(!["?", "!", ":", ";", "»"].contains { trimmed.hasPrefix($0) }, "width \(width): \(line)")
                #expect(!trimmed.hasSuffix("«"), "width \(width): \(line)")
            }
        }
    }

    @Test func aListItemOverSeveralSourceLinesKeepsItsHangingIndent() {
        let markdown = "- The counsellor calls the partners\n  one by one, and writes down who answers.\n- Short."
        let lines = MarkdownTerminal.render(markdown, width: 40, style: TerminalStyle(enabled: false))
            .split(separator: "\n")
        #expect(lines.first?.hasPrefix("  • The counsellor") == true)
        #expect(lines.dropFirst().first?.hasPrefix("    ") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("  • Short.") })
    }

    @Test func aStepHeaderWrapsBetweenWords() throws {
        var output = ""
        let driver = try demoDriver(sink: nil)
        let terminal = Terminal(input: Lines([":quit"]).next, output: { output += $0 }, width: 40)
        _ = try TerminalFrontEnd(driver: driver, hints: SessionHints(), terminal: terminal).run()
        let header = output.split(separator: "\n").filter { $0.contains("━━") || $0.hasPrefix("   ") }
        #expect(output.contains("planned 30 min") || output.contains("planned\n   30 min")
                || output.contains("planned 30\n"), "\(output)")
        for line in output.split(separator: "\n") { #expect(line.count <= 40, "\(line)") }
        #expect(!header.isEmpty)
    }
}
