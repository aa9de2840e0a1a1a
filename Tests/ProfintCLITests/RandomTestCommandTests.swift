import Foundation
import ProfintTestSupport
import Testing

/// `profint test --random`, through the built binary.
@Suite("profint test --random")
struct RandomTestCommandTests {
    func module(_ tool: String) throws -> URL {
        try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": tool,
        ])
    }

    @Test func theBundledContentPlaysWithoutProblemsAndPrintsItsCoverage() throws {
        let outcome = try profint(["test", "--random", "20", "--seed", "1"], environment: BundledContentTests.bundled)
        #expect(outcome.status == 0, "\(outcome.out)\(outcome.err)")
        for tool in ["accompaniment/activity-planning", "networks/partner-map", "experimentation/wt2"] {
            #expect(outcome.out.contains("\(tool): 20 runs"))
        }
        #expect(outcome.out.contains("  options never chosen: "))
        #expect(outcome.out.hasSuffix("20 runs per tool, 6 tools: 0 script errors, 0 stuck prompts, 0 limits hit\n"))
    }

    @Test func theSameSeedGivesTheSameOutputTwice() throws {
        let arguments = ["test", "--random", "15", "--seed", "42", "networks/partner-map",
                         "accompaniment/activity-planning"]
        let first = try profint(arguments, environment: BundledContentTests.bundled)
        let second = try profint(arguments, environment: BundledContentTests.bundled)
        #expect(first.status == 0 && !first.out.isEmpty)
        #expect(first.out == second.out)
        let json = try profint(arguments + ["--format", "json"], environment: BundledContentTests.bundled)
        let again = try profint(arguments + ["--format", "json"], environment: BundledContentTests.bundled)
        #expect(json.out == again.out)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["seed"] as? String == "42" && object?["script_errors"] as? Int == 0)
        #expect((object?["tools"] as? [[String: Any]])?.map { $0["tool"] as? String } == [
            "networks/partner-map", "accompaniment/activity-planning"])
    }

    @Test func anUnreachableOptionIsReportedInTheCoverage() throws {
        let folder = try module("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.choice { id = "size", text = "Size?", options = { "small", "large" } },
                ask.choice { id = "extra", text = "Extra?", options = { "a", "b" },
                  relevant = function(a) return a["s.size"] == "huge" end } } }
            """)
        let outcome = try profint(["test", "--random", "30", "--path", folder.path, "m/t"])
        #expect(outcome.status == 0, "coverage gaps are not failures: \(outcome.err)")
        #expect(outcome.out.contains("  questions never asked: s.extra\n"))
        #expect(outcome.out.contains("  options never chosen: s.extra: a; s.extra: b\n"))
        #expect(outcome.out.contains(
            "  relevance branches never taken: s.extra: never asked (relevant was never true)\n"))
    }

    @Test func aStuckPromptExitsOneAndAScriptErrorSeventy() throws {
        let stuck = try module("""
            return tool { title = "T", step { id = "s", title = "S",
              ask.number { id = "n", text = "N", min = 5, max = function() return 2 end } } }
            """)
        let outcome = try profint(["test", "--random", "3", "--path", stuck.path, "m/t"])
        #expect(outcome.status == 1)
        #expect(outcome.out.contains("STUCK PROMPT at s.n (3 runs, first run 1"), "\(outcome.out)")
        #expect(outcome.out.contains("bounds in force: min 5, max 2"))
        #expect(outcome.out.hasSuffix("3 runs per tool, 1 tool: 0 script errors, 1 stuck prompt, 0 limits hit\n"),
                "one of each, singular")
        let once = try profint(["test", "--random", "1", "--path", stuck.path, "m/t"])
        #expect(once.out.hasPrefix("m/t: 1 run, 0 finished"), "\(once.out)")
        #expect(once.out.hasSuffix("1 run per tool, 1 tool: 0 script errors, 1 stuck prompt, 0 limits hit\n"))
        let failing = try module("""
            return tool { title = "T", step { id = "s", title = "S",
              ask.yesno { id = "y", text = "Y", constraint = function(v) return v.nope end } } }
            """)
        let failed = try profint(["test", "--random", "3", "--path", failing.path, "m/t"])
        #expect(failed.status == 70)
        #expect(failed.out.contains("SCRIPT ERROR at s.y"), "\(failed.out)")
        #expect(failed.out.contains("tools/t.lua:2"))
    }

    @Test func seedWithoutRandomIsAUsageError() throws {
        let outcome = try profint(["test", "--seed", "3"], environment: BundledContentTests.bundled)
        #expect(outcome.status == 64)
        let unknown = try profint(["test", "--random", "2", "nope/tool"], environment: BundledContentTests.bundled)
        #expect(unknown.status == 66)
    }

    @Test func aBundleIdPlaysThatBundlesToolsAndAnUnknownNameIsAnError() throws {
        let bundle = try profint(["test", "--random", "2", "networks"], environment: BundledContentTests.bundled)
        #expect(bundle.status == 0, "\(bundle.err)")
        #expect(bundle.out.contains("networks/partner-map: 2 runs"), "\(bundle.out)")
        #expect(bundle.out.hasSuffix("2 runs per tool, 1 tool: 0 script errors, 0 stuck prompts, 0 limits hit\n"))
        // A typo in a pipeline must not pass by playing nothing.
        let typo = try profint(["test", "--random", "2", "netwroks"], environment: BundledContentTests.bundled)
        #expect(typo.status == 66)
        #expect(typo.err.contains("'netwroks' is no tool id, bundle id or folder"), "\(typo.err)")
        #expect(typo.out.isEmpty)
        let empty = try temporaryFolder()
        let nothing = try profint(["test", "--random", "2", empty.path], environment: BundledContentTests.bundled)
        #expect(nothing.status == 66 && nothing.err.contains("no tools under \(empty.path), so nothing was played"),
                "\(nothing.err)")
    }

    @Test func testCasesUnderAFolderThatIsNotThereOrHoldsNoneAreAnError() throws {
        let outcome = try profint(["test", "no-such-folder"], environment: BundledContentTests.bundled)
        #expect(outcome.status == 66)
        #expect(outcome.err.contains("no-such-folder: no such folder"), "\(outcome.err)")
        #expect(!outcome.out.contains("0 passed, 0 failed"), "nothing tested is not a pass")
        // A bundle whose tests/ folder was left behind: nothing tested is not a pass either.
        let untested = try module("return tool { title = 'T', step { id = 's', title = 'S', "
                                  + "ask.text { id = 'x', text = 'X' } } }")
        let none = try profint(["test", untested.path])
        #expect(none.status == 66, "\(none.out)\(none.err)")
        #expect(none.out.hasSuffix("0 passed, 0 failed\n"))
        #expect(none.err.contains("no test cases under \(untested.path): a bundle's cases are its tests/*.yaml files"),
                "\(none.err)")
    }
}
