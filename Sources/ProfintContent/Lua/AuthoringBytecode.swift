// Made by scripts/precompile-lua from Lua/authoring.lua with Lua 5.4.
// Do not edit: run the script again.
import LuaBridge

/// The authoring library as bytecode (``PrecompiledChunk``).
enum AuthoringBytecode {
    static let chunk = PrecompiledChunk(name: "=authoring", file: PackageResources.authoring_chunk)
}
