import Foundation
import ProfintChecks
@testable import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
import Testing

/// The problems `check` finds in one planted-mistake fixture (`Tests/Fixtures/bad/<name>`), with
/// the demo module it derives from, as `file:line: severity: message`.
private func checked(_ name: String) throws -> [String] {
    let folder = fixtures.appendingPathComponent("bad/\(name)")
    let catalog = try fixtureCatalog([folder])
    return Checker(catalog: catalog).check([folder]).map { catalog.display($0) }
}

private func expectOne(
    _ found: [String], _ pieces: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(found.contains { line in pieces.allSatisfy(line.contains) },
            "missing: \(pieces)\nfound:\n\(found.joined(separator: "\n"))", sourceLocation: sourceLocation)
}

/// Each mistake a partner made in a derived tool is reported at the plugin's own file and line,
/// with "did you mean" where a name was misspelled (issue: the partner's kit).
@Suite("check finds each planted mistake where the partner made it")
struct PlantedMistakeTests {
    @Test func aStringWhereANumberBelongsIsAnError() throws {
        expectOne(try checked("string-bound"), "string-bound/tools/plan.lua:4: error:",
                  "'min' must be a number, not the string \"0\": write min = 0")
    }

    @Test func aFlagThatIsNotABooleanIsAnError() throws {
        expectOne(try checked("flag-string"), "flag-string/tools/plan.lua:4: error:",
                  "'optional' must be true or false, not the string \"no\"")
    }

    @Test func aToolWithATypeErrorDoesNotLoad() throws {
        let catalog = try fixtureCatalog([fixtures.appendingPathComponent("bad/string-bound")])
        #expect(throws: ProfintError.self) { try ToolLoader(catalog: catalog).load("string-bound/plan") }
    }

    @Test func aFaultInAFieldSetByModifyIsReportedAtTheModifyCall() throws {
        let found = try checked("modify-fault")
        expectOne(found, "modify-fault/tools/plan.lua:5: error:", "'max' must be a number, not the string \"10\"")
        #expect(!found.contains { $0.contains("demo/tools/plan.lua") }, "not at the base's line: \(found)")
    }

    @Test func anUnknownFieldInATranslationIsReportedAtTheTranslateCallWithASuggestion() throws {
        expectOne(try checked("translate-field"), "translate-field/tools/plan.lua:4: error:",
                  "'txet' has no text to translate in a question; did you mean 'text'?")
    }

    @Test func aMisspelledKindNamesTheKinds() throws {
        expectOne(try checked("kind-typo"), "kind-typo/tools/plan.lua:4: error:",
                  "ask.choise: there is no question kind 'choise'; did you mean 'choice'?",
                  "(the kinds: text, choice, multi, yesno, number, scale, date, list, table)")
    }

    @Test func aMisspelledChangeFunctionSuggestsTheRealOne() throws {
        expectOne(try checked("change-typo"), "change-typo/tools/plan.lua:4: error:",
                  "'insert_afer' is not defined: did you mean 'insert_after'?")
    }

    /// The message lists the API as the API and the schema have it: every change function.
    @Test func aMisspelledChangeFunctionListsTheAPI() throws {
        let line = try #require(try checked("change-typo").first { $0.contains("'insert_afer' is not defined") })
        let listing = "(the authoring API: ask.<kind>, exercise, module, plugin, step, tool, "
            + AuthoringSchema.changes.map(\.name).joined(separator: ", ") + ")"
        #expect(line.contains(listing), "\(line)")
    }

    @Test func aMisspelledTargetSuggestsTheNearestPath() throws {
        expectOne(try checked("target-typo"), "target-typo/tools/plan.lua:4: error:",
                  "insert_after('needs.need') in demo/plan: no question 'need' in step 'needs'; "
                      + "did you mean 'needs.needs'?")
    }

    @Test func aHookReadingAPathThatDoesNotExistIsFoundByCheck() throws {
        expectOne(try checked("hook-path"), "hook-path/tools/plan.lua:5: error:",
                  "a[\"needs.alon\"]: there is no answer path 'needs.alon' in this tool; did you mean 'needs.alone'?")
    }

    /// A tool file saved with Windows line ends (CR LF) is scanned line by line all the same.
    @Test func aHookPathIsFoundAtItsLineInAFileWithWindowsLineEnds() throws {
        let original = fixtures.appendingPathComponent("bad/hook-path")
        var files: [String: String] = [:]
        for file in ["plugin.lua", "tools/plan.lua"] {
            let text = try String(contentsOf: original.appendingPathComponent(file), encoding: .utf8)
            files["hook-path/\(file)"] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let folder = try temporaryFolder(files).appendingPathComponent("hook-path")
        let catalog = try fixtureCatalog([folder])
        expectOne(Checker(catalog: catalog).check([folder]).map { catalog.display($0) },
                  "hook-path/tools/plan.lua:5: error:", "a[\"needs.alon\"]: there is no answer path 'needs.alon'")
    }

    @Test func aHookReadingAPathThatDoesNotExistFailsWhenItRunsNamingTheNearest() throws {
        let catalog = try fixtureCatalog([fixtures.appendingPathComponent("bad/hook-path")])
        let loaded = try ToolLoader(catalog: catalog).load("hook-path/plan")
        let answers = given(["needs.needs": .array(["Housing", "Health"]), "needs.alone": false, "needs.why": "money"])
        do {
            _ = try Headless.run(loaded, language: "en", answers: answers)
            Issue.record("the run went on past the hook")
        } catch ProfintError.scriptFailure(let message, let location, _) {
            #expect(location?.file == "tools/plan.lua" && location?.line == 5 && location?.bundle == "hook-path")
            #expect(message.contains(
                "there is no answer path 'needs.alon' in hook-path/plan; did you mean 'needs.alone'?"))
        }
    }

    @Test func aHookReadingAnInputTheToolDoesNotDeclareIsAWarning() throws {
        let found = try checked("input-name")
        expectOne(found, "input-name/tools/plan.lua:6: warning:",
                  "inputs.plna: the tool declares no input 'plna', so this is always nil; did you mean 'plan'? "
                    + "(inputs: plan)")
        #expect(found.filter { $0.contains("inputs.") }.count == 1, "ctx.inputs[\"plan\"] is declared: \(found)")
        let undeclared = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": """
                return tool { title = "T", step { id = "s", title = "S",
                  ask.text { id = "x", text = "X", relevant = function(a, ctx)
                    return ctx.inputs.plan == nil end } } }
                """,
        ]).appendingPathComponent("m")
        let catalog = try fixtureCatalog([undeclared])
        expectOne(Checker(catalog: catalog).check([undeclared]).map { catalog.display($0) },
                  "m/tools/t.lua:3: warning:", "inputs.plan: the tool declares no inputs, so this is always nil")
    }

    @Test func aRelevanceConditionComparingWithANonexistentOptionIsAnError() throws {
        expectOne(try checked("relevant-option"), "relevant-option/tools/plan.lua:5: error:",
                  "'formel' is not an option of partners.mode; did you mean 'formal'?")
    }

    @Test func aTestCaseWithAWrongPathOrOptionIsFoundByCheck() throws {
        let found = try checked("test-mistakes")
        expectOne(found, "test-mistakes/tests/mistakes.yaml:7: error:",
                  "there is no answer path 'needs.wy' in this tool; did you mean 'needs.why'?")
        expectOne(found, "test-mistakes/tests/mistakes.yaml:8: error:",
                  "partners.mode: 'formel' is not an option; did you mean 'formal'?")
    }

    @Test func aPluginExtendingABundleItDoesNotRequireIsRefused() throws {
        expectOne(try checked("no-requires"), "no-requires/tools/plan.lua:3: error:",
                  "extends = 'demo/plan', a tool of demo, which plugin no-requires does not require: "
                      + "add requires = { 'demo' }")
    }
}
