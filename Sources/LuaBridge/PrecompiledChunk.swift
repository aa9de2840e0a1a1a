/// The bytecode of one of the host's own chunks, made by `scripts/precompile-lua` (with Debian's
/// `lua5.4`) and compiled into the executable, so that a process's first state need not parse the
/// host's Lua: parsing the sandbox, the pattern matcher and the authoring library takes about
/// 1.6 ms here, loading their bytecode about 0.2 ms.
///
/// It is used only for the source it was made from: ``matches(_:)`` compares the source's hash
/// with the one recorded. A source edited since is compiled from text (and a test says to run the
/// script again); bytecode that this Lua cannot load (another version) is ignored the same way.
/// Scripts are never loaded from bytecode: Lua does not verify it.
public struct PrecompiledChunk: Sendable {
    /// The chunk's name, starting with `=` (see ``LuaState/load(source:chunkName:environment:)``).
    public let name: String
    /// ``FNV1a`` of the source's UTF-8 bytes.
    public let sourceHash: UInt64
    /// The bytecode: a `.luac` file the script writes beside the source, embedded in the
    /// executable by SwiftPM (`PackageResources`), so that no process decodes it.
    public let bytecode: [UInt8]

    public init(name: String, sourceHash: UInt64, bytecode: [UInt8]) {
        self.name = name
        self.sourceHash = sourceHash
        self.bytecode = bytecode
    }

    /// Whether this is the bytecode of `source`.
    public func matches(_ source: String) -> Bool { PrecompiledChunk.hash(source) == sourceHash }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text` (the hash `scripts/precompile-lua` records).
    public static func hash(_ text: String) -> UInt64 { FNV1a(text).value }
}
