import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// `profint test --random`'s playthroughs: problems found and coverage, from a seed.
@Suite("Random playthroughs")
struct RandomPlaythroughTests {
    /// A tool with an option no answer can reach: `extra` is asked only for a size that is not
    /// offered, and `colour`'s constraint refuses "blue".
    static let unreachable = """
        return tool { title = "T",
          step { id = "s", title = "S",
            ask.choice { id = "size", text = "Size?", options = { "small", "large" } },
            ask.choice { id = "extra", text = "Extra?", options = { "a", "b" },
              relevant = function(a) return a["s.size"] == "huge" end },
            ask.choice { id = "colour", text = "Colour?", options = { "red", "blue" },
              constraint = function(value) return value ~= "blue", "not blue" end },
            ask.yesno { id = "more", text = "More?", optional = true },
            ask.text { id = "why", text = "Why?", relevant = function(a) return a["s.more"] == true end },
          },
          step { id = "end", title = "End", ask.text { id = "done", text = "Done?" } } }
        """

    func playthroughs(_ source: String, runs: Int = 40, seed: UInt64 = 1) throws -> ToolPlaythroughs {
        let (_, catalog) = try moduleWithTool(tool: source)
        return RandomPlaythroughs(catalog: catalog).play("m/t", runs: runs, seed: seed)
    }

    @Test func anUnreachableOptionAndABranchNeverTakenAreReported() throws {
        let result = try playthroughs(Self.unreachable)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.runs == 40 && result.finished + result.cut == 40)
        let coverage = try #require(result.coverage)
        #expect(coverage.questionsNeverAsked == ["s.extra"])
        #expect(coverage.optionsNeverChosen == ["s.extra: a", "s.extra: b", "s.colour: blue"])
        #expect(coverage.relevanceNeverTaken == ["s.extra: never asked (relevant was never true)"],
                "s.why was both asked and passed over")
        #expect(coverage.stepsNeverReached.isEmpty)
        #expect(coverage.constraintsNeverTriggered.isEmpty, "blue was drawn and refused by the constraint")
    }

    @Test func aStepNeverReachedAndAConstraintNeverTriggered() throws {
        let result = try playthroughs("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.number { id = "n", text = "N", min = 1, max = 9, constraint = function(v) return v < 100 end } },
              step { id = "later", title = "Later", run = function(s)
                if s.answers["s.n"] > 100 then s:ask(ask.text { id = "x", text = "X" }) end end } }
            """, runs: 20)
        let coverage = try #require(result.coverage)
        #expect(coverage.constraintsNeverTriggered == ["s.n"])
        #expect(coverage.stepsNeverReached.isEmpty, "a step with only step code is reached too")
    }

    @Test func boundsThatCrossMakeAStuckPrompt() throws {
        let result = try playthroughs("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.number { id = "a", text = "A", integer = true, min = 1, max = 5 },
                ask.number { id = "b", text = "B", integer = true,
                  min = function(a) return a["s.a"] + 10 end, max = 5 } } }
            """, runs: 5)
        let stuck = result.problems(.stuck)
        #expect(stuck.count == 1 && stuck.first?.path == "s.b", "\(result.problems)")
        #expect(stuck.first?.runs == 5, "told once, for every run")
        #expect(stuck.first?.message.contains("max 5)") == true, "\(stuck)")
    }

    @Test func aScriptErrorAndALimitAreToldApartWithTheirLines() throws {
        let failing = try playthroughs("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.number { id = "n", text = "N", integer = true, min = 1, max = 3,
                  constraint = function(value) if value == 2 then error("two") end return true end } } }
            """, runs: 30)
        let error = try #require(failing.problems(.scriptError).first, "\(failing.problems)")
        #expect(error.message.contains("tools/t.lua:4") && error.message.contains("two"), "\(error.message)")
        #expect(error.path == "s.n")
        let looping = try playthroughs("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.yesno { id = "y", text = "Y", constraint = function() while true do end end } } }
            """, runs: 1)
        let limit = try #require(looping.problems(.limitHit).first, "\(looping.problems)")
        #expect(limit.message.hasPrefix("the instruction budget"))
        #expect(looping.problems(.scriptError).isEmpty)
    }

    @Test func eachRunsGraphIsDrawnAtItsEnd() throws {
        let result = try playthroughs("""
            return tool { title = "T",
              step { id = "s", title = "S", ask.number { id = "n", text = "N", integer = true, min = 1, max = 3 } },
              graph = function(a)
                if a["s.n"] == 2 then error("no map for two") end
                return { nodes = { { id = "n", label = tostring(a["s.n"]) } }, edges = {} }
              end }
            """, runs: 30)
        let error = try #require(result.problems(.scriptError).first, "\(result.problems)")
        #expect(error.message.contains("tools/t.lua:4") && error.message.contains("no map for two"), "\(error.message)")
        #expect(error.runs < 30, "only the runs that answered 2")
    }

    @Test func theSameSeedPlaysTheSameRunsAndAToolAloneAsWithOthers() throws {
        let (_, catalog) = try moduleWithTool(tool: Self.unreachable)
        let first = PlaythroughReport(tools: RandomPlaythroughs(catalog: catalog).play(["m/t"], runs: 25, seed: 9),
                                      runs: 25, seed: 9)
        let second = PlaythroughReport(tools: RandomPlaythroughs(catalog: catalog).play(["m/t"], runs: 25, seed: 9),
                                       runs: 25, seed: 9)
        #expect(first.json == second.json)
        #expect(
            RandomPlaythroughs.runSeed(9, tool: "m/t", run: 3) == RandomPlaythroughs.runSeed(9, tool: "m/t", run: 3))
        #expect(
            RandomPlaythroughs.runSeed(9, tool: "m/t", run: 3) != RandomPlaythroughs.runSeed(9, tool: "m/u", run: 3))
    }
}
