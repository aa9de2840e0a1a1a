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
    /// ``FNV1a`` of the source's UTF-8 bytes; nil when the chunk file is too short to hold it.
    public let sourceHash: UInt64?
    /// The bytecode, as Lua's `string.dump` writes it.
    public let bytecode: ArraySlice<UInt8>

    /// A chunk from its parts (as tests make one); profint's own come from their files.
    public init(name: String, sourceHash: UInt64, bytecode: [UInt8]) {
        self.name = name
        self.sourceHash = sourceHash
        self.bytecode = bytecode[...]
    }

    /// The chunk of a `.chunk` file that `scripts/precompile-lua` writes beside the source and
    /// SwiftPM embeds in the executable (`PackageResources`): the source's hash, 8 bytes little
    /// endian, then the bytecode. The hash and the bytecode are written together, in one file,
    /// so that neither can be stale beside the other.
    public init(name: String, file: [UInt8]) {
        self.name = name
        guard file.count > 8 else {
            sourceHash = nil
            bytecode = []
            return
        }
        sourceHash = file.prefix(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
        bytecode = file.dropFirst(8)
    }

    /// Whether this is the bytecode of `source`.
    public func matches(_ source: String) -> Bool { PrecompiledChunk.hash(source) == sourceHash }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text` (the hash `scripts/precompile-lua` records).
    public static func hash(_ text: String) -> UInt64 { FNV1a(text).value }
}
