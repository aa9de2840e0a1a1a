/// FNV-1a, 64 bits: a hash that is the same in every process and on every run (Swift's `Hasher`
/// is seeded per process), for noticing that a text changed. Not for security.
///
/// The host's precompiled chunks record it of their source (`scripts/precompile-lua` computes it
/// the same way, in Lua); the layers above use it for tools' contents and for seeds.
public struct FNV1a: Sendable {
    /// The hash of what was added so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A hash of nothing yet.
    public init() {}

    /// The hash of the UTF-8 bytes of `text`.
    public init(_ text: String) { add(text) }

    /// Adds `bytes` to the hash. (Contiguous bytes, not any sequence: a generic function of
    /// another module is not specialized, and would hash a byte at a time through witnesses.)
    public mutating func add(bytes: UnsafeRawBufferPointer) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Adds `bytes` to the hash.
    public mutating func add(bytes: [UInt8]) { bytes.withUnsafeBytes { add(bytes: $0) } }

    /// Adds the UTF-8 bytes of `text`, read in place.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }
}
