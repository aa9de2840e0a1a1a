import LuaBridge
import Testing

@Suite("Limits stop runaway scripts and the host goes on")
struct LimitTests {
    static let small = LuaLimits(instructionBudget: 2_000_000, memoryCap: 8 << 20)

    @Test func theStateCountsItsInstructionsAndMemory() throws {
        let state = try LuaState()
        let before = state.memoryInUse
        _ = try run("local t = {} for i = 1, 100000 do t[i] = i end return #t", in: state)
        #expect(state.instructionsUsed >= 100_000)
        #expect(state.peakMemory > before + 1_000_000, "the table of 100,000 numbers was counted")
        state.resetLimits()
        #expect(state.instructionsUsed == 0)
    }

    @Test func anEndlessLoopUsesUpTheBudget() throws {
        let error = try #require(
            luaError { _ = try run("local n = 0\nwhile true do n = n + 1 end", limits: LimitTests.small) })
        #expect(error.kind == .instructionLimit)
        #expect(error.message == "test.lua:2: instruction budget of 2000000 instructions exhausted (an endless loop?)")
        #expect(error.location == "test.lua:2")
    }

    @Test func pcallCannotSwallowTheBudget() throws {
        let error = luaError {
            _ = try run("""
                for i = 1, 100 do pcall(function() while true do end end) end
                return 'escaped'
                """, limits: LimitTests.small)
        }
        #expect(error?.kind == .instructionLimit)
    }

    @Test func aHugeStringIsRefused() throws {
        // Lua itself refuses strings over 2^31 - 1 bytes before allocating anything.
        let tooLong = try #require(
            luaError { _ = try run("local s = string.rep('x', 2^31)\nreturn #s", limits: LimitTests.small) })
        #expect(tooLong.kind == .runtime)
        #expect(tooLong.message == "test.lua:1: resulting string too large")
        // Below that, the memory cap stops it.
        let error = try #require(
            luaError { _ = try run("local s = string.rep('x', 2^30)\nreturn #s", limits: LimitTests.small) })
        #expect(error.kind == .memoryLimit)
        #expect(error.message == "test.lua:1: memory limit of 8 MiB exceeded")
    }

    @Test func unboundedTableGrowthHitsTheMemoryCap() throws {
        let error = try #require(luaError {
            _ = try run("local t = {}\nfor i = 1, math.huge do t[i] = { i } end", limits: LuaLimits(memoryCap: 8 << 20))
        })
        #expect(error.kind == .memoryLimit)
        #expect(error.location == "test.lua:2")
    }

    @Test func pcallCannotSwallowTheMemoryCap() throws {
        let error = luaError {
            _ = try run("""
                for i = 1, 10 do pcall(function() local t = {} while true do t[#t + 1] = {} end end) end
                return 'escaped'
                """, limits: LuaLimits(memoryCap: 8 << 20))
        }
        #expect(error?.kind == .memoryLimit)
    }

    @Test func unboundedRecursionIsAStackOverflow() throws {
        let error = try #require(luaError { _ = try run("local function f(n) return 1 + f(n + 1) end\nreturn f(1)") })
        #expect(error.kind == .stackOverflow)
        #expect(error.location == "test.lua:1")
    }

    @Test func theStateAndProcessGoOnAfterALimit() throws {
        let state = try LuaState(limits: LimitTests.small)
        #expect(luaError { _ = try run("while true do end", in: state) }?.kind == .instructionLimit)
        #expect(luaError { _ = try run("return 1", in: state) }?.kind == .instructionLimit, "a spent state stays spent")
        state.resetLimits()
        #expect(try run("return 1 + 1", in: state) == [2])
        #expect(try run("return 'fresh state'") == ["fresh state"])
    }

    @Test func aHostFunctionCannotSmuggleMemoryPastTheCap() throws {
        let state = try LuaState(limits: LuaLimits(memoryCap: 4 << 20))
        let env = try state.makeEnvironment()
        try state.setField("big", of: env,
                           to: .function(state.function { _ in [.string(String(repeating: "y", count: 6 << 20))] }))
        let chunk = try state.load(source: "local s = big()\nreturn #s", chunkName: "smuggle.lua", environment: env)
        #expect(luaError { _ = try state.call(chunk) }?.kind == .memoryLimit)
    }

    @Test func tenThousandStatesComeAndGo() throws {
        for _ in 0..<10_000 {
            let state = try LuaState()
            _ = try state.makeEnvironment()
            state.close()
        }
        let state = try LuaState()
        #expect(try run("return 'still fine'", in: state) == ["still fine"])
    }
}
