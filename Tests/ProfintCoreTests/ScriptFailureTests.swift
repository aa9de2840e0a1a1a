import Foundation
@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("A tool that fails at run time is stopped with its file and line")
struct ScriptFailureTests {
    func failure(
        _ tool: String, limits: ScriptLimits = ScriptLimits(instructions: 5_000_000, memoryBytes: 16 << 20)
    ) throws -> (String, ProfintModel.SourceLocation?) {
        let (_, catalog) = try moduleWithTool(tool: tool)
        let loaded = try ToolLoader(catalog: catalog, limits: limits).load("m/t")
        let run = ToolRun(loaded, language: "en")
        do {
            try run.start()
            _ = try run.answer("go")
            Issue.record("the tool did not fail")
        } catch ProfintError.scriptFailure(let message, let location, _) {
            return (message, location)
        }
        return ("", nil)
    }

    static let prefix = """
        return tool { title = "T",
          step { id = "s", title = "S", ask.text { id = "q", text = "Q" },

        """

    @Test func aLuaErrorInStepCode() throws {
        let (message, location) = try failure(
            ScriptFailureTests.prefix + "    run = function(s) local t = nil; return t.x end } }\n")
        #expect(message.contains("attempt to index a nil value"))
        #expect(location == ProfintModel.SourceLocation(bundle: "m", file: "tools/t.lua", line: 3))
    }

    @Test func anEndlessLoopInARelevanceCondition() throws {
        let (message, location) = try failure("""
            return tool { title = "T",
              step { id = "s", title = "S", ask.text { id = "q", text = "Q" },
                ask.text { id = "r", text = "R", relevant = function() while true do end end } } }
            """)
        #expect(message.contains("instruction budget of 5000000 instructions exhausted"))
        #expect(location?.line == 3)
    }

    @Test func unboundedAllocationInStepCode() throws {
        let (message, location) = try failure(
            ScriptFailureTests.prefix
                + "    run = function(s) local t = {} while true do t[#t + 1] = { 1, 2, 3 } end end } }\n")
        #expect(message.contains("memory limit of 16 MiB exceeded"))
        #expect(location?.line == 3)
    }

    @Test func printInAToolGoesToTheHost() throws {
        let (_, catalog) = try moduleWithTool(
            tool: ScriptFailureTests.prefix + "    run = function(s) print('hello', s.answers['s.q']) end } }\n")
        var lines: [String] = []
        let loaded = try ToolLoader(catalog: catalog, limits: .default) { lines.append($0) }.load("m/t")
        _ = try Headless.run(loaded, language: "en", answers: [GivenAnswer(path: "s.q", value: "world", origin: "t")])
        #expect(lines == ["hello\tworld"])
    }
}
