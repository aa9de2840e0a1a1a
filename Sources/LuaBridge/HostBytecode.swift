// Made by scripts/precompile-lua from Lua/sandbox.lua and Lua/matcher.lua with Lua 5.4.
// Do not edit: run the script again.

/// The sandbox's chunks as bytecode (``PrecompiledChunk``).
enum HostBytecode {
    static let sandbox = PrecompiledChunk(name: "=sandbox", file: PackageResources.sandbox_chunk)

    static let matcher = PrecompiledChunk(name: "=sandbox matcher", file: PackageResources.matcher_chunk)
}
