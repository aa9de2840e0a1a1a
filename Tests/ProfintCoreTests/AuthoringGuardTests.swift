import Foundation
import ProfintChecks
@testable import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Names that exist are suggested; names that may be nil stay nil")
struct AuthoringGuardTests {
    @Test func suggestionsAreTheNearestNamesOnly() {
        #expect(NameSuggestion.nearest("choise", among: QuestionKind.allCases.map(\.rawValue)) == ["choice"])
        #expect(NameSuggestion.nearest("activity.migrant", among: ["activity.participants", "activity.migrants"])
                == ["activity.migrants"])
        #expect(NameSuggestion.distance("modfiy", "modify") == 1, "a swap of neighbours is one edit")
        #expect(NameSuggestion.nearest("z", among: ["a", "b"]).isEmpty, "a name all changed is no suggestion")
        #expect(NameSuggestion.nearest("text", among: ["text", "next"]).isEmpty, "a name that exists needs none")
        #expect(NameSuggestion.didYouMean("insert_afer", among: ["insert_after", "insert_before"])
                == "did you mean 'insert_after'?")
    }

    @Test func pathsOfTheToolReadAsNilUntilAnsweredAndGlobalsFarFromTheAPIAreNil() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            local probe = (jit == nil and unknown_library_flag == nil) and "nil" or "set"
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.text { id = "first", text = "First?", optional = true },
                ask.text { id = "second", text = probe,
                  relevant = function(a) return a["s.first"] == nil and a["s.later"] == nil end },
                ask.text { id = "later", text = "Later?", optional = true },
              } }
            """)
        let loaded = try ToolLoader(catalog: catalog).load("m/t")
        let run = try Headless.run(loaded, language: "en", answers: given(["s.second": "asked"]))
        #expect(run.values["s.second"] == "asked", "a skipped path and one not asked yet read as nil")
        #expect(loaded.tool.steps.first?.questions[1].text.resolve("en") == "nil")
    }

    @Test func aQuestionADerivedToolRemovedReadsAsNilInTheBasesHooks() throws {
        // demo/plan asks needs.why when needs.alone is false; a derived tool removes needs.alone.
        let root = try temporaryFolder([
            "p/plugin.lua": """
                return plugin { id = "p", version = "1", author = "T", api = 1, languages = { "en", "fr" }, title = "P",
                  requires = { "demo" }, provides = { tools = { ["p/plan"] = "tools/plan.lua" } } }
                """,
            "p/tools/plan.lua": "return tool { extends = 'demo/plan', remove('needs.alone') }",
        ])
        let catalog = try fixtureCatalog([root])
        let loaded = try ToolLoader(catalog: catalog).load("p/plan")
        var answers = planAnswers
        answers["needs.alone"] = nil
        answers["needs.why"] = nil
        let run = try Headless.run(loaded, language: "en", answers: given(answers))
        #expect(run.isFinished)
    }

    @Test func modifyNamingAFieldThatDoesNotExistSuggestsTheField() throws {
        let root = try temporaryFolder([
            "p/plugin.lua": """
                return plugin { id = "p", version = "1", author = "T", api = 1, languages = { "en", "fr" }, title = "P",
                  requires = { "demo" }, provides = { tools = { ["p/plan"] = "tools/plan.lua" } } }
                """,
            "p/tools/plan.lua": "return tool { extends = 'demo/plan',\n  modify('needs', { minuts = 10 }),\n"
                + "  modify('needs.alone', { kind = 'yesnoo' }) }",
        ])
        let catalog = try fixtureCatalog([root])
        let found = Checker(catalog: catalog).check([root]).map { catalog.display($0) }
        #expect(found.contains {
            $0.contains("p/tools/plan.lua:2: error: modify('needs') in demo/plan: "
                + "a step has no field 'minuts'; did you mean 'minutes'?")
        }, "\(found)")
        #expect(found.contains {
            $0.contains("p/tools/plan.lua:3: error: modify('needs.alone') in demo/plan: "
                + "kind = yesnoo is not a question kind; did you mean 'yesno'?")
        }, "\(found)")
    }

    @Test func aWrongTextGivenByTranslateIsReportedAtTheTranslateCall() throws {
        let root = try temporaryFolder([
            "p/plugin.lua": """
                return plugin { id = "p", version = "1", author = "T", api = 1, languages = { "en" }, title = "P",
                  requires = { "demo" }, provides = { tools = { ["p/plan"] = "tools/plan.lua" } } }
                """,
            "p/tools/plan.lua": """
                return tool { extends = "demo/plan",
                  translate("it", { [""] = { title = 5 } }),
                  translate("it", { ["partners.mode"] = { options = { formel = "Formale" } } }) }
                """,
        ])
        let catalog = try fixtureCatalog([root])
        let found = Checker(catalog: catalog).check([root]).map { catalog.display($0) }
        #expect(found.contains {
            $0.contains("p/tools/plan.lua:2: error: the title of tool p/plan: the it text must be a string")
        }, "\(found)")
        #expect(found.contains {
            $0.contains("p/tools/plan.lua:3: error: translate('it') in demo/plan: 'partners.mode': "
                + "no option 'formel'; did you mean 'formal'?")
        }, "\(found)")
    }

    /// The host reads a tool's kind from its own record of what `tool { ... }` made, never from
    /// the `__kind` field a script can write.
    @Test(arguments: [
        "return { __kind = 'tool', title = 'T', steps = {} }",
        "local t = step { id = 's', title = 'S', text = 'x' }\nt.__kind = 'tool'\nreturn t",
    ])
    func aTableThatSaysItIsAToolButWasNotMadeByToolIsRefused(source: String) throws {
        let (_, catalog) = try moduleWithTool(tool: source)
        do {
            _ = try ToolLoader(catalog: catalog).load("m/t")
            Issue.record("a forged tool was loaded")
        } catch ProfintError.invalidContent(let problems) {
            #expect(problems.map(\.message) == ["the file must return tool { ... }, not another table"])
        }
    }

    @Test func wrongShapesAreErrorsAtTheirLine() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = "T", version = 2,
              step { id = "s", title = "S", minutes = "30", tags = 5,
                ask.scale { id = "q", text = "Q?", labels = "low to high", integer = 1, constraint = "short" },
                ask.choice { id = "c", text = "C?", options = { id = "a", label = "A" } },
              } }
            """)
        let found = Checker(catalog: catalog).check().filter { $0.severity == .error }
            .map { "\($0.location?.line ?? 0): \($0.message)" }
        for piece in [
            "1: tool m/t: 'version' must be a string in quotes, not the number 2",
            "2: step s: 'minutes' must be a number, not the string \"30\"",
            "2: tags of step s must be a list of strings",
            "3: question q of step s: 'labels' must be a table { ... }, not the string \"low to high\"",
            "3: question q of step s: 'integer' must be true or false, not the number 1",
            "3: question q of step s: 'constraint' must be a function(...) ... end, not the string \"short\"",
            "4: question c of step s: 'options' must be a list { ..., ... }, but has the named field 'id'",
        ] {
            #expect(found.contains(piece), "missing \(piece) in \(found)")
        }
    }
}
