import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
import Testing

/// Bounds that follow the answers: `min` and `max` as functions of the answers, evaluated when
/// the question is asked, carried by the prompt and enforced (docs/authoring.md).
@Suite("Bounds that follow the answers")
struct DynamicBoundsTests {
    static let tool = """
        return tool { title = "T",
          step { id = "s", title = "S",
            ask.number { id = "total", text = "Total", integer = true, min = 1, max = 50 },
            ask.number { id = "part", text = "Part", integer = true, min = 0,
              max = function(a) return a["s.total"] end,
              message = "The part cannot be more than the total." },
            ask.date { id = "start", text = "Start", optional = true },
            ask.date { id = "end", text = "End", min = function(a) return a["s.start"] end },
            ask.list { id = "names", text = "Names", max = function(a) return a["s.part"] + 1 end },
            ask.table { id = "rows", text = "Rows", row_label = "Row",
              min = function(a) return #a["s.names"] end,
              ask.number { id = "n", text = "N", max = function(a) return a["s.total"] * 2 end } },
          } }
        """

    func run(_ source: String = DynamicBoundsTests.tool) throws -> ToolRun {
        let (_, catalog) = try moduleWithTool(tool: source)
        let run = ToolRun(try ToolLoader(catalog: catalog, limits: .default).load("m/t"), language: "en")
        try run.start()
        return run
    }

    /// A fixed bound of 0/0 (NaN) or math.huge is refused where it is written, as a function's
    /// is when the question is asked: NaN compares with nothing, and the random player would trap
    /// drawing a number between NaN and NaN (`nan...nan` is no range).
    @Test(arguments: ["0/0", "math.huge", "-math.huge"])
    func aBoundThatIsNoFiniteNumberIsRefusedAtLoad(_ bound: String) throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = "T", step { id = "s", title = "S",
              ask.number { id = "n", text = "N", min = \(bound) } } }
            """)
        #expect {
            _ = try ToolLoader(catalog: catalog, limits: .default).load("m/t")
        } throws: { error in
            guard case ProfintError.invalidContent(let problems) = error else { return false }
            return problems.contains { $0.message.contains("'min' must be a finite number") && $0.location?.line == 2 }
        }
    }

    @Test func aNumberBoundFollowsAnEarlierAnswerAndTheRefusalSaysTheToolsMessage() throws {
        let run = try run()
        #expect(try run.answer(.int(10)) == .accepted)
        #expect(run.prompt?.question.max == .int(10), "the prompt carries the bound in force")
        #expect(run.prompt?.question.min == .int(0), "a fixed bound stays as written")
        #expect(try run.answer(.int(11)) == .rejected(AnswerProblem(
            path: "s.part", reason: "must be at most 10, got 11. The part cannot be more than the total.")))
        #expect(try run.answer(.int(-1))
                == .rejected(AnswerProblem(path: "s.part", reason: "must be at least 0, got -1")),
                "a fixed bound's refusal is as before, without the message")
        #expect(try run.answer(.int(10)) == .accepted)
    }

    @Test func goingBackRecomputesTheBound() throws {
        let run = try run()
        #expect(try run.answer(.int(10)) == .accepted)
        #expect(try run.back())
        #expect(try run.answer(.int(3)) == .accepted)
        #expect(run.prompt?.question.max == .int(3))
        #expect(try run.answer(.int(4)) != .accepted)
    }

    @Test func aDateBoundIsOptionalWhenItsFunctionGivesNil() throws {
        let run = try run()
        _ = try run.answer(.int(10))
        _ = try run.answer(.int(2))
        #expect(try run.skip() == .accepted)
        #expect(run.prompt?.path == "s.end")
        #expect(run.prompt?.question.min == nil, "no start date: no lower bound")
        #expect(try run.answer(.string("1999-01-01")) == .accepted)
        #expect(try run.back())
        #expect(try run.back())
        #expect(try run.answer(.string("2027-03-10")) == .accepted)
        #expect(run.prompt?.question.min == .string("2027-03-10"))
        #expect(try run.answer(.string("2027-03-09")) == .rejected(AnswerProblem(
            path: "s.end", reason: "must be on or after 2027-03-10")))
        #expect(try run.answer(.string("2027-03-10")) == .accepted)
    }

    @Test func listTableAndColumnBoundsFollowTheAnswers() throws {
        let run = try run()
        for value: JSONValue in [.int(4), .int(1), .string("2027-01-01"), .string("2027-02-01")] {
            #expect(try run.answer(value) == .accepted)
        }
        #expect(run.prompt?.question.max == .int(2))
        #expect(try run.answer(.array(["a", "b", "c"])) != .accepted)
        #expect(try run.answer(.array(["a", "b"])) == .accepted)
        let table = try #require(run.prompt?.question)
        #expect(table.min == .int(2))
        #expect(table.columns.first?.max == .int(8), "a column's bound is in force too")
        #expect(try run.answer(.array([.object(["n": .int(1)])])) != .accepted, "fewer rows than names")
        #expect(try run.answer(.array([.object(["n": .int(9)]), .object(["n": .int(1)])])) != .accepted)
        #expect(try run.answer(.array([.object(["n": .int(8)]), .object(["n": .int(1)])])) == .accepted)
        #expect(run.isFinished)
    }

    @Test func aBoundOfTheWrongTypeIsAScriptErrorNamingTheToolsLine() throws {
        let run = try run("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.number { id = "total", text = "Total" },
                ask.number { id = "part", text = "Part",
                  max = function(a) return tostring(a["s.total"]) end } } }
            """)
        do {
            _ = try run.answer(.int(3))
            Issue.record("a string bound was accepted")
        } catch ProfintError.scriptFailure(let message, let location, _) {
            #expect(location?.description == "tools/t.lua:4" && location?.bundle == "m")
            #expect(message.contains("s.part: the max function returned string '3'"), "\(message)")
            #expect(message.contains("must be a number"))
        }
    }

    @Test func aBoundFunctionThatFailsIsAScriptErrorAtItsLine() throws {
        let run = try run("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.number { id = "total", text = "Total" },
                ask.date { id = "day", text = "Day",
                  min = function(a)
                    return a["s.totl"] + 1
                  end } } }
            """)
        do {
            _ = try run.answer(.int(3))
            Issue.record("a failing bound function passed")
        } catch ProfintError.scriptFailure(_, let location, _) {
            #expect(location?.description == "tools/t.lua:6" && location?.bundle == "m")
        }
    }

    @Test func aScaleRefusesBoundFunctionsWhenItLoads() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = "T", step { id = "s", title = "S",
              ask.scale { id = "x", text = "X", max = function() return 7 end } } }
            """)
        #expect(throws: ProfintError.self) { _ = try ToolLoader(catalog: catalog, limits: .default).load("m/t") }
    }

    @Test func irrelevantQuestionsAreNamedAsPassedOver() throws {
        let run = try run("""
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.yesno { id = "more", text = "More?" },
                ask.text { id = "what", text = "What?", relevant = function(a) return a["s.more"] end },
                ask.text { id = "last", text = "Last" } } }
            """)
        #expect(try run.answer(.bool(false)) == .accepted)
        #expect(run.prompt?.path == "s.last")
        #expect(run.passedOver == ["s.what"])
    }
}
