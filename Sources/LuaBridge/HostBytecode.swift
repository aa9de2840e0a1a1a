// Made by scripts/precompile-lua from Lua/sandbox.lua and Lua/matcher.lua with Lua 5.4.
// Do not edit: run the script again.

/// The sandbox's chunks as bytecode (``PrecompiledChunk``).
enum HostBytecode {
    static let sandbox = PrecompiledChunk(
        name: "=sandbox", sourceHash: 0x62ac068df69354e2, bytecode: PackageResources.sandbox_luac)

    static let matcher = PrecompiledChunk(
        name: "=sandbox matcher", sourceHash: 0xfbace3c36a390620, bytecode: PackageResources.matcher_luac)
}
