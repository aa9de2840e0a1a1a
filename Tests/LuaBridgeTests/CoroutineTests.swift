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

    @Test func yieldingFromAPlainCallIsAnError() throws {
        let error = luaError { _ = try run("coroutine.yield(1)") }
        #expect(error?.kind == .coroutine)
    }
}
