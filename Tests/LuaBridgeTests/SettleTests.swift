import LuaBridge
import Testing

/// ``LuaState/settle()``: a state passed to a new owner is, to its next scripts, as a fresh one.
@Suite("A settled state")
struct SettleTests {
    @Test func outputWithoutItsNewlineGoesToTheOwnerItWasWrittenFor() throws {
        let state = try LuaState()
        var first: [String] = [], second: [String] = []
        state.printHandler = { first.append($0) }
        _ = try run("io.write('half a line')", in: state)
        try state.settle()
        state.printHandler = { second.append($0) }
        _ = try run("print('hello')", in: state)
        #expect(first == ["half a line"])
        #expect(second == ["hello"])
    }

    @Test func randomNumbersStartAgainFromTheSeed() throws {
        let draw = "return math.random(1, 1000000), math.random(1, 1000000)"
        let fresh = try run(draw, in: LuaState())
        let state = try LuaState()
        _ = try run("for _ = 1, 5 do math.random() end", in: state)
        #expect(try run(draw, in: state) != fresh)
        _ = try run("for _ = 1, 5 do math.random() end", in: state)
        try state.settle()
        #expect(try run(draw, in: state) == fresh)
    }

    @Test func objectsAreNumberedFromOneAgain() throws {
        let number = "return tostring({}), tostring({})"
        let fresh = try run(number, in: LuaState())
        let state = try LuaState()
        _ = try run("for _ = 1, 5 do tostring({}) end", in: state)
        #expect(try run(number, in: state) != fresh)
        try state.settle()
        #expect(try run(number, in: state) == fresh)
    }

    @Test func whatNoScriptCanReachIsFreedAndTheLimitsAreReset() throws {
        let state = try LuaState(limits: LuaLimits(instructionBudget: 1_000_000))
        let before = state.memoryInUse
        _ = try run("local t = {} for i = 1, 100000 do t[i] = i end", in: state)
        #expect(state.memoryInUse > before + 1_000_000)
        #expect(state.instructionsUsed > 0)
        try state.settle()
        #expect(state.memoryInUse < before + 100_000)
        #expect(state.instructionsUsed == 0)
    }
}
