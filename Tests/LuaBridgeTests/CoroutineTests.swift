import LuaBridge
import Testing

@Suite("Coroutines driven from Swift")
struct CoroutineTests {
    @Test func yieldsThenReturns() throws {
        let state = try LuaState()
        let body = try #require(try run("""
            return function(first)
              local second = coroutine.yield('asked', first)
              local third = coroutine.yield('again', second)
              return 'done', first + second + third
            end
            """, in: state).first?.functionValue)
        let co = try LuaCoroutine(state: state, function: body)
        #expect(co.status == .suspended)
        #expect(try co.resume([1]) == .yielded(["asked", 1]))
        #expect(try co.resume([2]) == .yielded(["again", 2]))
        #expect(try co.resume([3]) == .returned(["done", 6]))
        #expect(co.status == .finished)
        #expect(luaError { _ = try co.resume() }?.kind == .coroutine)
    }

    @Test func anErrorCarriesTheCoroutinesTraceback() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        let chunk = try state.load(source: """
            return function()
              coroutine.yield(1)
              local t = nil
              return t.field
            end
            """, chunkName: "tools/broken.lua", environment: env)
        let body = try #require(try state.call(chunk).first?.functionValue)
        let co = try LuaCoroutine(state: state, function: body)
        _ = try co.resume()
        let error = try #require(luaError { _ = try co.resume() })
        #expect(error.kind == .runtime)
        #expect(error.location == "tools/broken.lua:4")
        #expect(error.message.contains("attempt to index a nil value"))
        #expect(error.traceback?.contains("tools/broken.lua:4") == true)
        #expect(co.status == .failed)
    }

    @Test func theTopLevelIsNotACoroutineAsInStockLua() throws {
        let error = try #require(luaError { _ = try run("local x = 1\ncoroutine.yield(1)") })
        #expect(error.kind == .runtime)
        #expect(error.message == "attempt to yield from outside a coroutine")
        #expect(error.location == "test.lua:2")
        let out = try run("""
            local ok, message = pcall(coroutine.yield)
            local co, main = coroutine.running()
            local inner = coroutine.wrap(function() return coroutine.isyieldable(), select(2, coroutine.running()) end)
            return coroutine.isyieldable(), ok, message, main, inner()
            """)
        #expect(out == [false, false, "attempt to yield from outside a coroutine", true, true, false])
    }

    @Test func hostCodeGetsTheRawYield() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        try state.setField("host_yield", of: env, to: .function(state.hostYield()))
        let chunk = try state.load(source: "return function() host_yield('step', 1) return 'done' end",
                                   chunkName: "=driver", environment: env)
        let driver = try #require(try state.call(chunk).first?.functionValue)
        let sealed = try LuaCoroutine(state: state, function: driver, yieldable: false)
        #expect(try sealed.resume() == .yielded(["step", 1]))
        #expect(try sealed.resume() == .returned(["done"]))
    }
}
