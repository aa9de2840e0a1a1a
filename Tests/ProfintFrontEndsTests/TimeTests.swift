import Foundation
import ProfintContent
import ProfintEngine
@testable import ProfintFrontEnds
import ProfintModel
import ProfintTestSupport
import Testing

/// The time a trainer reports afterwards: every second is the step's that was shown then.
@Suite("Time spent, to the second, through back, quit and resume")
struct TimeTests {
    func loaded() throws -> LoadedTool {
        try ToolLoader(catalog: Catalog(searchPath: SearchPath(folders: [Fixtures.good]))).load("demo/plan")
    }

    @Test func everySecondGoesToTheStepShownThen() throws {
        let clock = TestClock()
        let sink = MemorySink()
        let tool = try loaded()
        let driver = SessionDriver(plan: SessionPlan(tool: tool, language: "en", id: "t"), sink: sink,
                                   clock: clock.read)
        try driver.start()
        func after(_ seconds: TimeInterval, _ command: SessionCommand) throws {
            clock.advance(seconds)
            #expect(try driver.perform(command) != .atFirstQuestion)
        }
        try after(64, .answer(["Housing", "Health"]))        // needs: 64
        try after(30, .answer(false))                        // needs: 94
        try after(10, .back)                                 // needs: 104, back to needs.alone
        try after(5, .answer(true))                          // needs: 109; `why` is not asked
        try after(20, .skip)                                 // needs: 129, people skipped: step 2 starts
        try after(90 * 60, .back)                            // partners: 5400, back in step 1
        try after(40, .skip)                                 // needs: 169, forward to partners again
        try after(6060, .quit)                               // partners: 11460, at quit
        let stored = try #require(sink.saved.last)
        #expect(stored.spent["needs"] == 169)
        #expect(stored.spent["partners"] == 11_460)
        #expect(driver.time().spent == 11_460 && driver.time().total == 11_629)

        // Resumed later: the stored time stays, the new time adds to it.
        let resumed = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: stored), sink: sink,
                                    clock: clock.read)
        clock.advance(3600)                                  // the evening: not the session's time
        try resumed.start()
        clock.advance(120)
        _ = try resumed.perform(.answer(["Caritas"]))        // partners: 11580
        clock.advance(15)
        _ = try resumed.perform(.quit)                       // partners: 11595
        let again = try #require(sink.saved.last)
        #expect(again.spent["needs"] == 169)
        #expect(again.spent["partners"] == 11_595)
    }

    @Test func resumingAFinishedSessionKeepsItsEndTime() throws {
        let clock = TestClock()
        let sink = MemorySink()
        let tool = try loaded()
        let finished = try Headless.run(tool, language: "en", answers: DemoAnswers.values.map {
            GivenAnswer(path: AnswerPath(stringLiteral: $0.key), value: $0.value, origin: "test")
        }, clock: clock.tick)
        let plan = SessionPlan(tool: tool, language: "en", id: "f", startedAt: clock.now)
        let driver = SessionDriver(plan: plan, sink: sink, clock: clock.tick)
        try driver.start()
        try Headless.complete(driver, answers: finished.answers.compactMap { answer in
            answer.value.map { GivenAnswer(path: answer.path, value: $0, origin: "test") }
        })
        let record = driver.record()
        #expect(record.status == .complete)
        clock.advance(86_400)
        let resumed = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: record), sink: sink,
                                    clock: clock.tick)
        try resumed.start()
        #expect(resumed.record().endedAt == record.endedAt)
    }

    /// The terminal over `driver`, fed lines each typed `seconds` after the prompt; a nil line
    /// ends the input, as Ctrl-C does at a terminal. What it printed.
    @discardableResult
    func type(
        _ lines: [(seconds: TimeInterval, line: String?)], into driver: SessionDriver, clock: TestClock
    ) throws -> String {
        var queue = lines
        var output = ""
        let terminal = Terminal(input: {
            guard !queue.isEmpty else { return nil }
            let next = queue.removeFirst()
            clock.advance(next.seconds)
            return next.line
        }, output: { output += $0 })
        #expect(try TerminalFrontEnd(driver: driver, hints: SessionHints(), terminal: terminal).run() == .savedForLater)
        #expect(queue.isEmpty, "every line was read")
        return output
    }

    @Test func throughTheTerminalBackForwardQuitResumeAndCtrlCEachSecondIsKept() throws {
        let clock = TestClock()
        let sink = MemorySink()
        let tool = try loaded()
        let driver = SessionDriver(plan: SessionPlan(tool: tool, language: "en", id: "c"), sink: sink,
                                   clock: clock.read)
        try driver.start()
        try type([(64, "Housing"), (30, "Health"), (5, ""),       // needs: 99
                  (20, "n"), (10, "money"), (6, ""),             // needs: 135, people skipped: partners
                  (100, "Caritas"),                              // partners: 100, an item of a draft
                  (50, ":back"),                                 // partners: 150, back to people (needs)
                  (7, ""),                                       // needs: 142, forward to partners
                  (40, ":quit")],                                // partners: 190
                 into: driver, clock: clock)
        let quit = try #require(sink.saved.last)
        #expect(quit.spent == ["needs": 142, "partners": 190])

        clock.advance(3600)                                      // between the two sittings: nobody's time
        let resumed = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: quit), sink: sink,
                                    clock: clock.read)
        try resumed.start()
        try type([(30, ""),                                      // partners: 220, the list with its restored item
                  (25, nil)],                                    // partners: 245, Ctrl-C at the next prompt
                 into: resumed, clock: clock)
        let interrupted = try #require(sink.saved.last)
        #expect(interrupted.spent == ["needs": 142, "partners": 245])
        #expect(interrupted.values["partners.for[Housing]"] == ["Caritas"])
    }

    @Test func thePromptShowsTheStepsClockAndTheOverrunComesAtTheNextPrompt() throws {
        let clock = TestClock()
        let tool = try loaded()
        let driver = SessionDriver(plan: SessionPlan(tool: tool, language: "en", id: "o"), sink: nil, clock: clock.read)
        try driver.start()
        let output = try type([(12 * 60, "Housing"), (19 * 60 + 30, "Health"), (0, ":time"), (0, ":quit")],
                              into: driver, clock: clock)
        #expect(output.contains("  [0/30 min] 1. Housing\n"), "the clock at the first prompt")
        #expect(output.contains("  [12/30 min] 2. "), "the clock goes on with the step")
        let warning = "⚠ Over time: 32 min spent, 30 min planned"
        let lines = output.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.contains(warning) }, "\(output)")
        #expect(lines[first + 1].hasPrefix("  [⚠ 31/30 min] 3. "),
                "said once the step ran over, at the next prompt, no answer needed")
        #expect(lines.filter { $0.contains(warning) }.count == 2, ":time says it again")
    }

    @Test func anImportedSessionWithAnAbsurdTimeShowsAQuestionMarkInsteadOfTrapping() throws {
        let clock = TestClock()
        let tool = try loaded()
        var record = SessionRecord(id: "x", tool: "demo/plan", toolHash: "", language: "en", startedAt: clock.now)
        record.spent = ["needs": 1e300]
        let driver = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: record), sink: nil,
                                   clock: clock.read)
        try driver.start()
        let output = try type([(0, ":quit")], into: driver, clock: clock)
        #expect(output.contains("  [⚠ ?/30 min] 1. :quit"), "\(output)")
    }
}
