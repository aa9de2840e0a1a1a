import Foundation
import LuaBridge
import Testing

/// Runs `body`, which must fail with a LuaError, and checks that it used under 5 s of this
/// thread's processor time (a generous bound: the limits stop these scripts in well under a
/// second). Processor time, not wall time, so a busy machine cannot fail the test.
func stopped(_ body: () throws -> Void) -> LuaError? {
    let start = threadCPUSeconds()
    let error = luaError(body)
    #expect(threadCPUSeconds() - start < 5, "the script was not stopped promptly")
    return error
}

/// The processor time the calling thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

@Suite("Hostile scripts: every computation is bounded", .serialized)
struct HostileLimitTests {
    static let small = LuaLimits(instructionBudget: 5_000_000, memoryCap: 16 << 20)

    @Test func aFinalizerIsRefusedWithTheReason() throws {
        let error = try #require(
            luaError { _ = try run("local x = 1\nsetmetatable({}, { __gc = function() while true do end end })") })
        #expect(error.kind == .runtime)
        #expect(error.location == "test.lua:2")
        #expect(error.message.contains("a metatable with __gc is not allowed in the sandbox"))
    }

    @Test func aFinalizerAddedLaterIsNeverRun() throws {
        let state = try LuaState(limits: HostileLimitTests.small)
        let out = try run("""
            local mt = {}
            for i = 1, 100 do setmetatable({}, mt) end
            mt.__gc = function() while true do end end
            collectgarbage()
            return 'done'
            """, in: state)
        #expect(out == ["done"])
        state.close()
    }

    @Test(arguments: [
        "xpcall(function() while true do end end, function(m) while true do end end)",
        "xpcall(error, function(m) while true do end end)",
        "xpcall(error, function(m) local t = {} while true do t[#t + 1] = {} end end)",
    ])
    func aLoopingMessageHandlerIsStopped(source: String) throws {
        let error = try #require(stopped { _ = try run(source, limits: HostileLimitTests.small) })
        #expect(error.kind == .instructionLimit || error.kind == .memoryLimit)
        if error.kind == .instructionLimit { #expect(error.location == "test.lua:1") }
    }

    @Test(arguments: [
        "local x <close> = setmetatable({}, { __close = function() while true do end end })\nwhile true do end",
        "local f = coroutine.wrap(function()\n local x <close> = setmetatable({}, { __close = function() while true do end end })\n while true do end end)\nf()",
        """
        local co = coroutine.create(function()
          local x <close> = setmetatable({}, { __close = function() while true do end end })
          while true do end
        end)
        coroutine.resume(co)
        coroutine.close(co)
        """,
    ])
    func aLoopingCloseHandlerIsStopped(source: String) throws {
        let error = try #require(stopped { _ = try run(source, limits: HostileLimitTests.small) })
        #expect(error.kind == .instructionLimit)
    }

    @Test func aCoroutineStoppedByALimitIsNotClosedInALaterRun() throws {
        let state = try LuaState(limits: HostileLimitTests.small)
        let env = try state.makeEnvironment()
        let first = try state.load(source: """
            stuck = coroutine.create(function()
              local x <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)
            coroutine.resume(stuck)
            """, chunkName: "first.lua", environment: env)
        #expect(stopped { _ = try state.call(first) }?.kind == .instructionLimit)
        state.resetLimits()
        let second = try state.load(source: "return coroutine.close(stuck)", chunkName: "second.lua", environment: env)
        let out = try state.call(second)
        #expect(out.first == false)
        #expect(out.dropFirst().first?.stringValue?.contains("stopped by a limit") == true)
    }

    @Test(arguments: [
        #"string.find(string.rep("a", 1e5), ".-.-.-.-x")"#,
        #"string.match(string.rep("a", 1e5), "(.-)(.-)(.-)x$")"#,
        #"for m in string.gmatch(string.rep("a", 1e5), "a*a*a*b") do end"#,
        #"string.gsub(string.rep("a", 1e5), ".-.-.-x", "")"#,
        #"(string.rep("a", 40)):find(string.rep("a?", 40) .. string.rep("a", 40) .. "b")"#,
        #"string.find(string.rep("a", 2e6), string.rep("a", 1e5) .. "b", 1, true)"#,
    ])
    func backtrackingPatternsStopWithinTheBudget(source: String) throws {
        let error = try #require(stopped { _ = try run(source) })
        #expect(error.kind == .instructionLimit, "\(error.message)")
        #expect(error.location == "test.lua:1")
    }

    /// A pattern's bound past 2^63 once wrapped to a negative integer, passed for small, and let
    /// C's matcher run with nothing charged (found by `fuzz-lua`: `.-.-.-x` on 45,000 bytes ran
    /// for hours). `a-a-a-a-x` on 5,000 bytes is cheap in C, but its bound wraps the same way:
    /// bounded correctly, it runs in Lua, where a small budget stops it.
    @Test func aPatternBoundPastTheIntegerRangeIsNotTakenForSmall() throws {
        let state = try LuaState(limits: LuaLimits(instructionBudget: 50_000, memoryCap: 16 << 20))
        let environment = try state.makeEnvironment()
        let source = #"return string.find(string.rep("b", 5000), "a-a-a-a-x")"#
        let chunk = try state.load(source: source, chunkName: "test.lua", environment: environment)
        let error = try #require(luaError { _ = try state.call(chunk) }, "the C matcher ran, uncharged")
        #expect(error.kind == .instructionLimit)
    }

    @Test func loopsOverAffordablePatternsAreChargedToo() throws {
        let error = try #require(stopped {
            _ = try run(#"local s = string.rep("a", 300) while true do s:find("a*a*b") end"#)
        })
        #expect(error.kind == .instructionLimit)
    }

    @Test func emptyRepetitionsAreImmediate() throws {
        let out = try run(
            #"return string.rep("", math.maxinteger), string.rep("", math.maxinteger, ""), ("x"):rep(3, "-")"#)
        #expect(out == ["", "", "x-x-x"])
        let huge = try #require(stopped { _ = try run(#"local s = string.rep("x", math.maxinteger, "") return s"#) })
        #expect(huge.message == "test.lua:1: resulting string too large")
    }

    @Test(arguments: [
        "table.move({}, 1, math.maxinteger - 1, 1, {})",
        "table.remove(setmetatable({}, { __len = function() return math.maxinteger end }), 1)",
        "table.insert(setmetatable({}, { __len = function() return math.maxinteger - 1 end }), 1, 'x')",
        "local t = {} for i = 1, 1e5 do t[i] = { i } end while true do collectgarbage() end",
    ])
    func libraryLoopsAreChargedToTheBudget(source: String) throws {
        let error = try #require(stopped { _ = try run(source) })
        #expect(error.kind == .instructionLimit, "\(error.message)")
        #expect(error.location == "test.lua:1")
    }

    @Test func aStringSharedManyTimesCannotBlowUpTheCopy() throws {
        let error = try #require(stopped {
            _ = try run("local s = string.rep('x', 25 << 20)\nlocal t = {} for i = 1, 48 do t[i] = s end\nreturn t")
        })
        #expect(error.kind == .conversion)
        #expect(error.message.contains("the conversionBytes limit, 32 MiB"))
        #expect(error.message.hasPrefix("result[2]"), "\(error.message)")
    }

    @Test func aSharedSubTableCannotMakeTheCopyExponential() throws {
        let error = try #require(stopped { _ = try run("local t = {}\nfor i = 1, 40 do t = { t, t } end\nreturn t") })
        #expect(error.kind == .conversion)
        #expect(error.message.contains("the conversionElements limit, 1000000"))
    }

    @Test func conversionLimitsAreConfigurable() throws {
        let limits = LuaLimits(conversionElements: 10, conversionDepth: 2)
        #expect(luaError {
            _ = try run("return { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }", limits: limits)
        }?.message.contains("conversionElements") == true)
        #expect(luaError {
            _ = try run("return { { { 1 } } }", limits: limits)
        }?.message.contains("conversionDepth") == true)
        #expect(try run("return { { 1 } }", limits: limits) == [[[1]]])
    }

    @Test func outputIsCappedWithOneNotice() throws {
        let state = try LuaState(limits: LuaLimits(outputBytes: 10_000))
        var lines: [String] = []
        state.printHandler = { lines.append($0) }
        _ = try run("for i = 1, 100000 do print(string.rep('x', 99)) end", in: state)
        #expect(lines.count == 101)
        #expect(lines[99].count == 99)
        #expect(lines.last == "[output limit of 10000 bytes per run reached: further output is dropped]")
        state.resetLimits()
        _ = try run("print('next run')", in: state)
        #expect(lines.last == "next run")
    }
}
