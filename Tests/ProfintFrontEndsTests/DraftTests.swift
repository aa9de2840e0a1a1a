import Foundation
import ProfintContent
import ProfintEngine
@testable import ProfintFrontEnds
import ProfintModel
import ProfintTestSupport
import Testing

/// A trainer never loses more than the line being typed: the rows and items typed so far are a
/// draft, committed on every line and restored when the question comes again.
@Suite("Half-typed tables and lists")
struct DraftTests {
    /// Lines up to the table of demo/plan (`partners.actions`), its list of needs answered.
    static let toTheTable = ["Housing", "Health", "", "n", "money", "", "Caritas", "", "ASP", "", "4", "1", "",
                             "2021-03-04"]

    /// Runs the terminal over `driver` with `lines`; what it printed.
    @discardableResult
    func type(_ lines: [String], into driver: SessionDriver) throws -> (SessionEnd, String) {
        let input = Lines(lines)
        var output = ""
        let terminal = Terminal(input: input.next, output: { output += $0 })
        let end = try TerminalFrontEnd(driver: driver, hints: SessionHints(resumeCommand: "resume me"),
                                       terminal: terminal).run()
        return (end, output)
    }

    /// A driver resuming the last session `sink` was given.
    func resumed(_ sink: MemorySink) throws -> SessionDriver {
        let stored = try #require(sink.saved.last)
        let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.good]))
        let loaded = try ToolLoader(catalog: catalog).load("demo/plan")
        let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: "en", resumed: stored), sink: sink,
                                   clock: TestClock().read)
        try driver.start()
        return driver
    }

    @Test func twoTableRowsAndAListItemSurviveQuitAndResume() throws {
        let sink = MemorySink()
        // A list item, then :quit.
        try type(["Housing", ":quit"], into: try demoDriver(sink: sink))
        #expect(sink.saved.last?.drafts.map(\.path) == ["needs.needs"])
        #expect(sink.saved.last?.drafts.first?.value == ["Housing"])

        // Resumed: the item is shown and the list goes on from item 2.
        var (end, output) = try type(["Health", "", "n", "money", "", "Caritas", "", "ASP", "", "4", "1", "",
                                      "2021-03-04", "call", "2021-03-05", "y", "meet", "", "y", "visit", ":quit"],
                                     into: try resumed(sink))
        #expect(end == .savedForLater)
        #expect(output.contains("Typed so far (kept):\n  1. Housing\n  [0/30 min] 2. Health"), "\(output)")
        var stored = try #require(sink.saved.last)
        #expect(stored.values["needs.needs"] == ["Housing", "Health"], "the restored item is part of the answer")
        #expect(stored.drafts.map(\.path) == ["partners.actions"], "the list's draft went with its answer")
        #expect(stored.drafts.first?.value == [["what": "call", "when": "2021-03-05"], ["what": "meet", "when": nil],
                                               ["what": "visit"]],
                "two rows and the first cell of the third")

        // Resumed again: both rows are shown, the third row goes on from its second cell.
        (end, output) = try type(["", "n", ":quit"], into: try resumed(sink))
        #expect(output.contains("1 half-typed answer kept"), "the recap says a draft was restored")
        #expect(output.contains("  Action 1 · What: call · When: 2021-03-05\n  Action 2 · What: meet\n  Action 3 [0/60 min]\n    What: visit\n"),
                "\(output)")
        stored = try #require(sink.saved.last)
        #expect(stored.values["partners.actions"] == [["what": "call", "when": "2021-03-05"], ["what": "meet"],
                                                      ["what": "visit"]])
        #expect(stored.drafts.isEmpty, "an answered question keeps no draft")
    }

    @Test func rowsAndItemsSurviveBackThenForward() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        let lines = ["Housing", "Health", "", "n", "money", "", "Caritas", "",
                     "ASP", "Red Cross", ":back", "", // two items for Health, back to Housing, Enter keeps it
                     "", // forward: the two items are there, Enter ends the list
                     "4", "1", "", "2021-03-04",
                     "call", "2021-03-05", "y", "meet", "", ":back", "", // two rows, back to the date, Enter keeps it
                     "n", // forward: both rows are there; no third row
                     ":quit"]
        let (_, output) = try type(lines, into: driver)
        let stored = try #require(sink.saved.last)
        #expect(stored.values["partners.for[Health]"] == ["ASP", "Red Cross"])
        #expect(stored.values["partners.actions"] == [["what": "call", "when": "2021-03-05"], ["what": "meet"]])
        #expect(stored.drafts.isEmpty)
        #expect(output.contains("Typed so far (kept):\n  1. ASP\n  2. Red Cross\n"), "\(output)")
        #expect(output.contains(
            "Typed so far (kept):\n  Action 1 · What: call · When: 2021-03-05\n  Action 2 · What: meet\n"))
    }

    @Test func aListRefusedForTooFewItemsKeepsThem() throws {
        let sink = MemorySink()
        let (_, output) = try type(["Housing", "", "Health", "", ":quit"], into: try demoDriver(sink: sink))
        #expect(output.contains("✗ "), "one need is too few")
        #expect(output.contains("Typed so far (kept):\n  1. Housing\n  [0/30 min] 2. Health"))
        #expect(sink.saved.last?.values["needs.needs"] == ["Housing", "Health"])
    }

    @Test func clearStartsTheQuestionAgain() throws {
        let sink = MemorySink()
        let (_, output) = try type(["Housing", ":clear", "Work", "Health", "", ":clear", ":quit"],
                                   into: try demoDriver(sink: sink))
        #expect(output.contains("Cleared: the question starts again."))
        #expect(output.contains("Nothing typed to clear."), "a question with no draft has nothing to clear")
        #expect(sink.saved.last?.values["needs.needs"] == ["Work", "Health"])
    }

    @Test func quitInRowTwoKeepsRowOneAndTheCellsOfRowTwo() throws {
        let sink = MemorySink()
        try type(Self.toTheTable + ["call", "", "y", "meet", ":quit"], into: try demoDriver(sink: sink))
        #expect(sink.saved.last?.drafts.first?.value == [["what": "call", "when": nil], ["what": "meet"]])
        // End of input (what Ctrl-C is at the terminal) in row 2 keeps as much.
        let other = MemorySink()
        try type(Self.toTheTable + ["call", "", "y", "meet"], into: try demoDriver(sink: other))
        #expect(other.saved.last?.drafts.first?.value == [["what": "call", "when": nil], ["what": "meet"]])
    }

    @Test func theDriverKeepsOneDraftPerQuestionAndRefusesControlCharacters() throws {
        let sink = MemorySink()
        let driver = try demoDriver(sink: sink)
        #expect(try driver.perform(.draft(["Housing"])) == .drafted)
        #expect(driver.draft == ["Housing"])
        #expect(sink.saved.last?.drafts.first?.value == ["Housing"], "committed at once")
        guard case .rejected(let problem) = try driver.perform(.draft(["\u{1B}[2J"])) else {
            Issue.record("an escape character was kept in a draft")
            return
        }
        #expect(problem.reason.contains("U+001B"))
        #expect(driver.draft == ["Housing"], "a refused draft changes nothing")
        let huge = JSONValue.array([.string(String(repeating: "x", count: ContentLimits.draftCharacters))])
        guard case .rejected(let tooBig) = try driver.perform(.draft(huge)) else {
            Issue.record("a draft past the size limit was kept")
            return
        }
        #expect(tooBig.reason.contains("more than \(ContentLimits.draftCharacters) characters of JSON"))
        #expect(driver.draft == ["Housing"] && sink.saved.last?.drafts.first?.value == ["Housing"])
        #expect(try driver.perform(.draft(nil)) == .drafted)
        #expect(driver.draft == nil && sink.saved.last?.drafts.isEmpty == true)
        #expect(try driver.perform(.draft(["Housing"])) == .drafted)
        #expect(try driver.perform(.answer(["Housing", "Health"])) == .accepted)
        #expect(driver.draft == nil && sink.saved.last?.drafts.isEmpty == true, "answering drops the draft")
        #expect(try driver.perform(.back) == .wentBack)
        #expect(driver.draft == nil)
    }

    @Test func aProtocolClientSendsADraftAndGetsItBackInThePrompt() throws {
        let sink = MemorySink()
        var sent: [JSONValue] = []
        let first = JSONLinesFrontEnd(driver: try demoDriver(sink: sink), hints: SessionHints(),
                                      readLine: Lines([#"{"command": "draft", "value": ["Housing"]}"#,
                                                       #"{"command": "quit"}"#]).next,
                                      write: { if let value = try? JSONValue.parse($0) { sent.append(value) } })
        #expect(try first.run() == .savedForLater)
        let prompts = sent.filter { $0["type"] == "prompt" }
        #expect(prompts.first?["draft"] == nil && prompts.last?["draft"] == ["Housing"],
                "the prompt after the draft carries it")
        sent = []
        let second = JSONLinesFrontEnd(driver: try resumed(sink), hints: SessionHints(),
                                       readLine: Lines([#"{"command": "draft", "value": "\u001b"}"#,
                                                        #"{"answer": ["Housing", "Health"]}"#]).next,
                                       write: { if let value = try? JSONValue.parse($0) { sent.append(value) } })
        _ = try second.run()
        #expect(sent.first { $0["type"] == "prompt" }?["draft"] == ["Housing"], "resumed, the prompt carries the draft")
        #expect(sent.contains { $0["type"] == "error" && $0["message"]?.stringValue?.contains("U+001B") == true })
        #expect(sink.saved.last?.drafts.isEmpty == true)
    }
}

/// A table the tool's own constraint can refuse, with two fixed rows.
@Suite("A refused table")
struct RefusedTableTests {
    func driver(sink: MemorySink) throws -> SessionDriver {
        let root = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": """
                return tool { title = 'T', version = '1', step { id = 's', title = 'S', minutes = 10,
                  ask.table { id = 'team', text = 'Team', rows = { { id = 'a', label = 'A' }, { id = 'b', label = 'B' } },
                    ask.text { id = 'name', text = 'Name' }, ask.text { id = 'role', text = 'Role' },
                    constraint = function(v) return v[2].name ~= 'bad', 'row B cannot be bad' end } } }
                """,
        ])
        let loaded = try ToolLoader(catalog: try Catalog(searchPath: SearchPath(folders: [root]))).load("m/t")
        let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: "en", id: "r"), sink: sink,
                                   clock: TestClock().read)
        try driver.start()
        return driver
    }

    @Test func isAskedAgainWithEnterKeepingEachValueAndQuitKeepsTheRetypedLines() throws {
        let sink = MemorySink()
        let input = Lines(["Ann", "lead", "bad", "help", "", "", "good", ":quit"])
        var output = ""
        let terminal = Terminal(input: input.next, output: { output += $0 })
        #expect(try TerminalFrontEnd(driver: try driver(sink: sink), hints: SessionHints(), terminal: terminal).run()
                == .savedForLater)
        #expect(output.contains("✗ row B cannot be bad"))
        #expect(output.contains("    Name [Ann]: \n    Role [lead]: \n"), "Enter keeps the refused values: \(output)")
        #expect(sink.saved.last?.drafts.first?.value == [["name": "Ann", "role": "lead"],
                                                         ["name": "good", "role": "help"]],
                "the refused table with the retyped cell in place")

        // Resumed, the draft is complete: it is given as the answer, and accepted.
        let stored = try #require(sink.saved.last)
        let resumed = SessionDriver(plan: SessionPlan(tool: try driver(sink: MemorySink()).plan.tool, language: "en",
                                                      resumed: stored),
                                    sink: sink, clock: TestClock().read)
        try resumed.start()
        output = ""
        let again = Terminal(input: Lines([]).next, output: { output += $0 })
        #expect(try TerminalFrontEnd(driver: resumed, hints: SessionHints(), terminal: again).run() == .finished)
        #expect(output.contains("  A · Name: Ann · Role: lead\n  B · Name: good · Role: help\n"), "\(output)")
        #expect(
            sink.saved.last?.values["s.team"] == [["name": "Ann", "role": "lead"], ["name": "good", "role": "help"]])
    }
}
