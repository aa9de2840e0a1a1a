import Foundation
@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Derived tools change their base without copying it")
struct DerivationTests {
    @Test func eachChangeDoesWhatItSays() throws {
        let derived = try fixtureTool("demo/plan-b").tool
        #expect(derived.base == "demo/plan")
        #expect(derived.steps.map(\.id) == ["who", "needs", "cover", "partners"], "insert_before and move of steps")
        let needs = try #require(derived.step("needs"))
        #expect(needs.questions.map(\.id) == ["needs", "alone", "skills", "people"],
                "insert_after and remove of questions")
        #expect(needs.minutes == 45, "modify of a step")
        #expect(needs.questions.last?.text.resolve("en") == "Team size?", "replace of a question")
        let partners = try #require(derived.step("partners"))
        #expect(partners.questions.map(\.id) == ["for", "strength", "mode", "areas", "actions", "start", "formal"],
                "move and append of questions")
        #expect(partners.questions.first { $0.id == "mode" }?.kind == .text, "modify of a question's kind")
        #expect(partners.questions.first { $0.id == "mode" }?.options.isEmpty == true,
                "a new kind drops the old kind's options")
        #expect(needs.title.resolve("it") == "Bisogni", "translate adds a language")
        #expect(needs.questions[0].text.resolve("it") == "Quali bisogni?")
        #expect(needs.questions[0].text.resolve("fr") == "Quels besoins ?", "translate keeps the other languages")
        #expect(derived.title.resolve("it") == "Piano B")
    }

    @Test func theBaseIsUnchangedAndBothRun() throws {
        let catalog = try fixtureCatalog()
        let loader = try ToolLoader(catalog: catalog, limits: .default)
        let derived = try loader.load("demo/plan-b")
        let base = try loader.load("demo/plan")
        #expect(base.tool.steps.map(\.id) == ["needs", "partners", "cover"])
        #expect(base.tool.step("needs")?.questions.contains { $0.id == "why" } == true)
        #expect(derived.tool.step("needs")?.questions.contains { $0.id == "why" } == false)
        #expect(try Headless.run(base, language: "en", answers: given(planAnswers)).isFinished)
    }

    @Test func aFixInTheBaseReachesTheDerivedTool() throws {
        let root = try temporaryFolder([:])
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("good"),
                                         to: root.appendingPathComponent("good"))
        let baseFile = root.appendingPathComponent("good/modules/demo/tools/plan.lua")
        let source = try String(contentsOf: baseFile, encoding: .utf8)
        try source.replacingOccurrences(of: "en = \"Alone?\"", with: "en = \"Can we do it alone?\"")
            .write(to: baseFile, atomically: true, encoding: .utf8)
        let catalog = try Catalog(searchPath: SearchPath(folders: [root.appendingPathComponent("good")]))
        let derived = try ToolLoader(catalog: catalog, limits: .default).load("demo/plan-b")
        #expect(derived.tool.step("needs")?.questions.first { $0.id == "alone" }?.text.resolve("en")
                == "Can we do it alone?")
    }

    @Test func changesThatNameNothingAreErrorsAtTheirLine() throws {
        let catalog = try fixtureCatalog([fixtures.appendingPathComponent("bad/bad-change")])
        do {
            _ = try ToolLoader(catalog: catalog, limits: .default).load("demo/bad-change")
            Issue.record("the derived tool loaded")
        } catch ProfintError.invalidContent(let diagnostics) {
            #expect(diagnostics.map { $0.location?.line } == [3, 4])
            #expect(diagnostics.map { $0.location?.file } == ["tools/bad-change.lua", "tools/bad-change.lua"])
            #expect(
                diagnostics[0].message == "remove('needs.nothing') in demo/plan: no question 'nothing' in step 'needs'")
        }
    }

    @Test func toolsThatExtendEachOtherInALoopAreRefused() throws {
        let root = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/a.lua": "return tool { extends = 'm/b' }",
            "m/tools/b.lua": "return tool { extends = 'm/a' }",
        ])
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        do {
            _ = try ToolLoader(catalog: catalog, limits: .default).load("m/a")
            Issue.record("a loop of extends loaded")
        } catch ProfintError.invalidContent(let diagnostics) {
            #expect(diagnostics.first?.message.contains("m/a → m/b → m/a") == true)
        }
    }
}
