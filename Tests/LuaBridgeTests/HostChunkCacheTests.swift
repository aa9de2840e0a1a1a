import LuaBridge
import Testing

@Suite("The host's own chunks are compiled once per process")
struct HostChunkCacheTests {
    static let source = """
        local x = ...
        return function(y) if y == 0 then error("zero") end return x + y end
        """

    /// A fresh state's result of the host chunk, called with 1 and then 2.
    func add(_ y: Int64) throws -> [LuaValue] {
        let state = try LuaState()
        let chunk = try state.load(source: HostChunkCacheTests.source, chunkName: "=cached probe", environment: nil)
        let function = try state.callForReference(chunk, [.integer(1)])
        return try state.call(function, [.integer(y)])
    }

    @Test func aSecondStateRunsTheSameCodeFromItsBytecode() throws {
        #expect(try add(2) == [3])
        #expect(try add(5) == [6], "loaded from the cache, the chunk behaves the same")
        let error = luaError { _ = try add(0) }
        #expect(error?.message.contains("zero") == true, "and keeps its lines for errors")
    }

    @Test func aChunkWhoseSourceChangedIsCompiledAgain() throws {
        func answer(_ source: String) throws -> [LuaValue] {
            let state = try LuaState()
            return try state.call(try state.load(source: source, chunkName: "=changing probe", environment: nil))
        }
        #expect(try answer("return 1") == [1])
        #expect(try answer("return 2") == [2], "the same name with another source is not the cached chunk")
        #expect(try answer("return 1") == [1])
    }

    @Test func scriptsAreNeverLoadedFromBytecode() throws {
        let state = try LuaState()
        let environment = try state.makeEnvironment()
        let chunk = try state.load(source: "return 1", chunkName: "tools/x.lua", environment: environment)
        #expect(try state.call(chunk) == [1])
        let refused = try run("return load(string.char(27) .. 'Lua', 'b', 'b')")
        #expect(refused.first == .nil, "a script still cannot load bytecode")
    }
}
