import LuaBridge
import Testing

private struct Refusal: Error, CustomStringConvertible {
    var description: String { "refused by Swift" }
}

private final class Witness {}

@Suite("Swift functions called from Lua")
struct HostFunctionTests {
    @Test func luaCallsSwiftWithArgumentsAndGetsResults() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        try state.setField("add", of: env, to: .function(state.function { args in
            [.integer((args[0].intValue ?? 0) + (args[1].intValue ?? 0)), "sum"]
        }))
        let chunk = try state.load(source: "local n, label = add(40, 2); return n, label", chunkName: "t.lua",
                                   environment: env)
        #expect(try state.call(chunk) == [42, "sum"])
    }

    @Test func aSwiftErrorIsCatchableWithPcall() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        try state.setField("refuse", of: env, to: .function(state.function { _ in throw Refusal() }))
        let chunk = try state.load(source: """
            local ok, message = pcall(refuse)
            return ok, message
            """, chunkName: "catch.lua", environment: env)
        let out = try state.call(chunk)
        #expect(out[0] == false)
        #expect(out[1].stringValue?.contains("refused by Swift") == true)
    }

    @Test func anUncaughtSwiftErrorComesBackWithItsTraceback() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        try state.setField("refuse", of: env, to: .function(state.function { _ in throw Refusal() }))
        let chunk = try state.load(source: "local function inner() refuse() end\ninner()\n",
                                   chunkName: "tools/uncaught.lua", environment: env)
        let error = try #require(luaError { _ = try state.call(chunk) })
        #expect(error.kind == .host)
        #expect(error.underlying is Refusal)
        #expect(error.message == "tools/uncaught.lua:1: refused by Swift")
        #expect(error.traceback?.contains("tools/uncaught.lua:2") == true)
    }

    @Test func closuresAreReleasedWhenTheStateCloses() throws {
        weak var witness: Witness?
        do {
            let state = try LuaState()
            let object = Witness()
            witness = object
            _ = try state.function { _ in _ = object; return [] }
            #expect(witness != nil)
            state.close()
        }
        #expect(witness == nil)
    }

    @Test func aLibraryCanRecordWhereItWasCalled() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        try state.setField("where", of: env, to: .function(state.locationFunction()))
        let chunk = try state.load(source: """
            local function record() return where(2) end
            local here = where(1)
            return here, record()
            """, chunkName: "tools/t.lua", environment: env)
        #expect(try state.call(chunk) == ["tools/t.lua:2", "tools/t.lua:3"])
    }

    @Test func printGoesWhereTheHostSays() throws {
        let state = try LuaState()
        var lines: [String] = []
        state.printHandler = { lines.append($0) }
        _ = try run("print('a', 1, nil, true) print()", in: state)
        #expect(lines == ["a\t1\tnil\ttrue", ""])
    }
}
