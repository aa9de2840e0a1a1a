import LuaBridge

/// ``FNV1a`` of content (a tool's files, a tool's id): the same in every process, unlike Swift's
/// `Hasher`, and enough to notice that the content changed between two runs. Not for security.
public struct ContentHash: Sendable {
    private var hash = FNV1a()

    /// A hash of nothing yet.
    public init() {}

    /// The hash of the UTF-8 bytes of `text`.
    public init(_ text: String) { hash.add(text) }

    mutating func add(bytes: [UInt8]) { hash.add(bytes: bytes) }

    mutating func add(text: String) { hash.add(text) }

    /// The hash, as a number.
    public var value: UInt64 { hash.value }

    /// The hash, as 16 hexadecimal digits.
    public var hex: String {
        let digits = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
