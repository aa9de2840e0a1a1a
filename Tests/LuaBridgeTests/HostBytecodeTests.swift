import CLua
import CLuaShim
import Foundation
import ProfintTestSupport
import Testing

@testable import LuaBridge

/// The host's own Lua, compiled when profint is built (`scripts/precompile-lua`): used only for
/// the source it was made from, and loaded, not ignored, by this build's Lua.
@Suite("Precompiled host chunks")
struct HostBytecodeTests {
    @Test(arguments: [
        ("Sources/LuaBridge/Lua/sandbox.lua", HostBytecode.sandbox),
        ("Sources/LuaBridge/Lua/matcher.lua", HostBytecode.matcher),
    ])
    func theBytecodeIsOfTodaysSourceAndLoads(_ file: String, _ chunk: PrecompiledChunk) throws {
        let source = try String(contentsOf: Fixtures.checkout.appendingPathComponent(file), encoding: .utf8)
        #expect(chunk.matches(source), "\(file) changed since its bytecode was made: run scripts/precompile-lua")
        let bytecode = chunk.bytecode
        let state = try LuaState()
        let thread = try state.thread()
        let status = bytecode.withUnsafeBufferPointer { shim_load_binary(thread, $0.baseAddress, $0.count, chunk.name) }
        withExtendedLifetime(state) {}
        #expect(status == LUA_OK, "this build's Lua cannot load the bytecode of \(file): run scripts/precompile-lua")
    }

    @Test func matchingBytecodeIsWhatLoads() throws {
        // Bytecode of `return 2`, offered as that of `return 1`: loading `return 1` runs it.
        _ = try LuaState().load(source: "return 2", chunkName: "=two", environment: nil)
        let two = try #require(HostChunkCache.shared.bytecode(name: "=two", source: "return 2"))
        let offered = PrecompiledChunk(name: "=one", sourceHash: PrecompiledChunk.hash("return 1"), bytecode: two)
        let state = try LuaState()
        let one = try state.load(offered, source: "return 1", environment: nil)
        #expect(try state.call(one) == [2])
    }

    @Test func bytecodeOfAnotherSourceOrThatDoesNotLoadIsIgnored() throws {
        let source = "return 6 * 7"
        let stale = PrecompiledChunk(
            name: "=answer", sourceHash: PrecompiledChunk.hash("return 0"), bytecode: [0x1b, 0x4c, 0x75, 0x61])
        let broken = PrecompiledChunk(
            name: "=answer", sourceHash: PrecompiledChunk.hash(source), bytecode: [0x1b, 0x4c, 0x75, 0x61, 0x54])
        for precompiled in [stale, broken] {
            let state = try LuaState()
            let chunk = try state.load(precompiled, source: source, environment: nil)
            #expect(try state.call(chunk) == [42])
        }
    }

    @Test func aChunkFileCarriesTheHashOfItsSourceBeforeItsBytecode() throws {
        _ = try LuaState().load(source: "return 3", chunkName: "=three", environment: nil)
        let three = try #require(HostChunkCache.shared.bytecode(name: "=three", source: "return 3"))
        let hash = PrecompiledChunk.hash("return 3")
        let file = (0..<8).map { UInt8(truncatingIfNeeded: hash >> (8 * $0)) } + three
        // Another name than the one compiled: loading it misses the cache and takes the file.
        let chunk = PrecompiledChunk(name: "=three, from its file", file: file)
        #expect(chunk.sourceHash == hash)
        #expect(chunk.matches("return 3"))
        #expect(Array(chunk.bytecode) == three)
        let state = try LuaState()
        #expect(try state.call(try state.load(chunk, source: "return 3", environment: nil)) == [3])
        let short = PrecompiledChunk(name: "=three, from a short file", file: Array(file.prefix(8)))
        #expect(short.sourceHash == nil)
        #expect(!short.matches("return 3"), "a file too short to hold bytecode is never used")
    }

    @Test func theHashIsFNV1a() {
        #expect(PrecompiledChunk.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(PrecompiledChunk.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }
}
