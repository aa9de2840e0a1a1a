import Foundation
@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("The session engine")
struct EngineTests {
    @Test func aFullRunAsksInOrderAndRecordsEveryAnswer() throws {
        let run = try Headless.run(try fixtureTool(), language: "en", answers: given(planAnswers))
        #expect(run.isFinished)
        #expect(run.answers.map(\.path) == [
            "needs.needs", "needs.alone", "needs.why", "needs.people", "partners.for[Housing]", "partners.for[Health]",
            "partners.strength", "partners.mode", "partners.areas", "partners.start", "partners.actions",
            "cover.level[Housing]", "cover.level[Health]",
        ])
        #expect(run.values["needs.people"] == nil, "an optional question without an answer is skipped")
        #expect(run.answers.first { $0.path == "needs.people" }?.value == nil)
        #expect(run.values["partners.actions"] == .array([.object(["what": .string("call")])]))
    }

    @Test func irrelevantQuestionsAreNotAsked() throws {
        var answers = planAnswers
        answers["needs.alone"] = .bool(true)
        answers["needs.why"] = nil
        let run = try Headless.run(try fixtureTool(), language: "en", answers: given(answers))
        #expect(!run.answers.contains { $0.path == "needs.why" })
        answers["needs.why"] = .string("given anyway")
        let problems = answerProblems {
            _ = try Headless.run(try fixtureTool(), language: "en", answers: given(answers))
        }
        #expect(problems.first?.path == "needs.why")
        #expect(problems.first?.reason.contains("relevance condition is false") == true)
    }

    @Test func aLuaConstraintRejectsWithItsMessageAndTheSamePromptStands() throws {
        let run = ToolRun(try fixtureTool(), language: "fr")
        try run.start()
        for path in ["needs.needs", "needs.alone", "needs.why", "partners.for[Housing]", "partners.for[Health]",
                     "partners.strength", "partners.mode"] {
            _ = try run.answer(planAnswers[path] ?? .null)
            if run.prompt?.path == "needs.people" { _ = try run.skip() }
            if run.prompt?.path == "partners.areas" { _ = try run.skip() }
        }
        #expect(run.prompt?.path == "partners.start")
        #expect(try run.answer(.string("2031-01-01"))
                == .rejected(AnswerProblem(path: "partners.start", reason: "avant 2030, svp")))
        #expect(run.prompt?.path == "partners.start")
        #expect(try run.answer(.string("2019-12-31"))
                == .rejected(AnswerProblem(path: "partners.start", reason: "doit être le 2020-01-01 ou après")),
                "a French run")
        #expect(try run.answer(.string("2021-02-30")) != .accepted, "no such day")
        #expect(try run.answer(.string("2021-03-04")) == .accepted)
        #expect(run.prompt?.path == "partners.actions")
    }

    @Test func goingBackRevisesThePreviousAnswer() throws {
        let run = ToolRun(try fixtureTool(), language: "en")
        try run.start()
        #expect(try run.answer(.array(["Housing", "Health"])) == .accepted)
        #expect(try run.answer(.bool(true)) == .accepted)
        #expect(run.prompt?.path == "needs.people")
        #expect(try run.back())
        #expect(run.prompt?.path == "needs.alone")
        #expect(run.prompt?.previous == .bool(true))
        #expect(try run.answer(.bool(false)) == .accepted)
        #expect(run.prompt?.path == "needs.why", "the new answer makes the relevant question appear")
        #expect(run.answers.map(\.path) == ["needs.needs", "needs.alone"])
        #expect(run.events.contains { $0.kind == .back && $0.path == "needs.alone" })
        #expect(try run.back())
        #expect(try run.back())
        #expect(try run.back() == false, "nothing before the first prompt")
        #expect(run.prompt?.path == "needs.needs")
    }

    @Test func stepCodeAsksOneQuestionPerItemWithStablePaths() throws {
        let run = try Headless.run(try fixtureTool(), language: "en", answers: given(planAnswers))
        let prompts = run.answers.map(\.path.description).filter { $0.hasPrefix("cover.") }
        #expect(prompts == ["cover.level[Housing]", "cover.level[Health]"])
        #expect(AnswerPath("cover.level[Housing]") == AnswerPath(step: "cover", question: "level", key: "Housing"))
    }

    @Test func questionsPerItemShowTheItem() throws {
        let run = ToolRun(try fixtureTool(), language: "fr")
        try run.start()
        _ = try run.answer(.array(["Logement", "Santé"]))
        _ = try run.answer(.bool(true))
        _ = try run.skip()
        #expect(run.prompt?.path == "partners.for[Logement]")
        #expect(run.prompt?.text(in: "fr") == "Partenaires pour Logement ?")
        #expect(run.prompt?.item == "Logement")
    }

    @Test func skippingARequiredQuestionIsRefused() throws {
        let run = ToolRun(try fixtureTool(), language: "en")
        try run.start()
        guard case .rejected(let problem) = try run.skip() else {
            Issue.record("a required question was skipped")
            return
        }
        #expect(problem.path == "needs.needs")
        #expect(problem.reason.contains("required"))
    }

    @Test func theSameAnswersGiveTheSameRun() throws {
        let clock1 = TestClock(), clock2 = TestClock()
        let first = try Headless.run(try fixtureTool(), language: "en", answers: given(planAnswers), clock: clock1.tick)
        let second = try Headless.run(try fixtureTool(), language: "en", answers: given(planAnswers),
                                      clock: clock2.tick)
        #expect(first.answers == second.answers)
        #expect(first.events == second.events)
        #expect(first.events.first?.kind == .stepStarted)
        #expect(first.events.last?.kind == .finished)
        #expect(first.events.filter { $0.kind == .stepStarted }.map(\.step) == ["needs", "partners", "cover"])
    }

    @Test func timeIsCountedPerStep() throws {
        let clock = TestClock()
        let driver = SessionDriver(plan: SessionPlan(tool: try fixtureTool(), language: "en"), sink: nil,
                                   clock: clock.tick)
        try driver.start()
        try Headless.complete(driver, answers: given(planAnswers))
        let spent = driver.record().spent
        #expect((spent["needs"] ?? 0) > 0)
        #expect((spent["partners"] ?? 0) > (spent["needs"] ?? 0), "partners has more prompts")
    }

    @Test func notesBelongToTheCurrentStep() throws {
        let run = ToolRun(try fixtureTool(), language: "en")
        try run.start()
        run.note("the group wants more time")
        #expect(run.notes.first?.step == "needs")
        #expect(run.events.last?.kind == .note)
    }

    @Test func textFallsBackToEnglishThenToAnyLanguage() throws {
        let text = LocalizedText(["fr": "Bonjour", "en": "Hello"])
        #expect(text.resolve("fr") == "Bonjour")
        #expect(text.resolve("fr-CA") == "Bonjour")
        #expect(text.resolve("it") == "Hello")
        #expect(LocalizedText(["it": "Ciao", "fr": "Salut"]).resolve("de") == "Salut")
        #expect(Language.choose(nil, environment: ["LANG": "fr_FR.UTF-8"]) == "fr")
        #expect(Language.choose(nil, environment: ["LANG": "C.UTF-8"]) == "en")
        #expect(Language.choose("IT", environment: ["LANG": "fr_FR.UTF-8"]) == "it")
    }

    @Test func aLanguageCodeIsCutToItsLowercaseLanguage() {
        #expect(Language.normalise("fr") == "fr")
        #expect(Language.normalise("fr_FR.UTF-8") == "fr")
        #expect(Language.normalise("pt-BR") == "pt")
        #expect(Language.normalise("EN") == "en")
        #expect(Language.normalise("de@euro") == "de")
        #expect(Language.normalise("") == "")
    }

    @Test func replayFeedsStoredAnswersAndNamesThoseThatNoLongerFit() throws {
        let clock = TestClock()
        var stored = try Headless.run(try fixtureTool(), language: "en", answers: given(planAnswers), clock: clock.tick)
            .answers
        stored.removeLast(3)
        let strength = try #require(stored.firstIndex { $0.path == "partners.strength" })
        stored[strength].value = .int(9)
        stored.append(AnswerRecord(path: "gone.question", value: .string("x"), at: clock.tick()))
        let run = ToolRun(try fixtureTool(), language: "en")
        try run.replay(stored, mode: .keepUnfit)
        #expect(run.prompt?.path == "partners.strength", "replay stops at the answer that no longer fits")
        #expect(run.unfit.map(\.path) == ["partners.strength"])
        #expect(try run.answer(.int(3)) == .accepted)
        #expect(run.prompt?.path == "partners.actions", "stored answers after it are fed again")
        _ = try run.answer(.array([.object(["what": .string("call")])]))
        _ = try run.answer(.string("alone"))
        _ = try run.answer(.string("no"))
        #expect(run.isFinished)
        #expect(run.unfit.map(\.path) == ["partners.strength", "gone.question"])
    }
    /// A draft of a question the run no longer reaches (its item was dropped when an earlier
    /// answer changed) does not stay in the finished session: a complete session has no drafts.
    @Test func aFinishedSessionKeepsNoDraft() throws {
        let sink = CountingSink()
        let driver = SessionDriver(plan: SessionPlan(tool: try fixtureTool(), language: "en", id: "d1"), sink: sink,
                                   clock: TestClock().read)
        try driver.start()
        func give(_ answers: JSONValue?...) throws {
            for answer in answers {
                let result = try driver.perform(answer.map(SessionCommand.answer) ?? .skip)
                #expect(result == .accepted, "\(String(describing: driver.prompt?.path)): \(result)")
            }
        }
        try give(["Housing", "Health"], false, "money", nil, ["Caritas"])
        #expect(driver.prompt?.path.description == "partners.for[Health]")
        #expect(try driver.perform(.draft(["ASP"])) == .drafted)
        for _ in 0..<5 { #expect(try driver.perform(.back) == .wentBack) }
        #expect(driver.prompt?.path.description == "needs.needs")
        try give(["Housing", "Work"], false, "money", nil, ["Caritas"], ["Pôle emploi"], 4, "formal", nil,
                 "2021-03-04", [["what": "call"]], "alone", "no")
        #expect(driver.isFinished)
        #expect(driver.record().drafts.isEmpty)
        #expect(sink.last?.status == .complete && sink.last?.drafts.isEmpty == true, "the committed record has none")
    }
}
