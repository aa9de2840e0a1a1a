import Testing

@testable import ProfintContent

/// The authoring library's bytecode, made by `scripts/precompile-lua` (the sandbox's chunks are
/// checked in LuaBridgeTests, where loading them is also tested).
@Suite("The authoring library's precompiled bytecode")
struct AuthoringBytecodeTests {
    @Test func itIsOfTodaysSource() throws {
        #expect(AuthoringBytecode.chunk.matches(AuthoringSource.text),
                "Lua/authoring.lua changed since its bytecode was made: run scripts/precompile-lua")
        #expect(AuthoringBytecode.chunk.name == "=authoring")
        #expect(AuthoringBytecode.chunk.bytecode.starts(with: [0x1b, 0x4c, 0x75, 0x61]), "a Lua binary chunk")
    }
}
