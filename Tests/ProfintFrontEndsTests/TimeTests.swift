import Foundation
import ProfintContent
import ProfintEngine
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
        let driver = SessionDriver(plan: SessionPlan(tool: tool, language: "en", id: "t"), sink: sink, clock: clock.read)
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
        let resumed = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: stored), sink: sink, clock: clock.read)
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
        let resumed = SessionDriver(plan: SessionPlan(tool: tool, language: "en", resumed: record), sink: sink, clock: clock.tick)
        try resumed.start()
        #expect(resumed.record().endedAt == record.endedAt)
    }
}
