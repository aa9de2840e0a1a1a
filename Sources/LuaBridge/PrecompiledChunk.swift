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
    /// The chunk's name, starting with `=`
    /// (see ``LuaState/load(source:chunkName:environment:precompiled:)``).
    public let name: String
    /// FNV-1a, 64 bits, of the source's UTF-8 bytes.
    public let sourceHash: UInt64
    /// The bytecode, two hexadecimal digits a byte; line breaks are ignored.
    let hex: String

    public init(name: String, sourceHash: UInt64, hex: String) {
        self.name = name
        self.sourceHash = sourceHash
        self.hex = hex
    }

    /// Whether this is the bytecode of `source`.
    public func matches(_ source: String) -> Bool { PrecompiledChunk.hash(source) == sourceHash }

    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text` (the hash `scripts/precompile-lua` records).
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }

    /// The bytecode; nil when the digits are not pairs of hexadecimal digits.
    public var bytecode: [UInt8]? {
        var hex = hex
        return hex.withUTF8 { digits in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(digits.count / 2)
            var high: UInt8?
            for digit in digits {
                let value = PrecompiledChunk.digitValues[Int(digit)]
                if value == PrecompiledChunk.skipped { continue }
                if value == PrecompiledChunk.invalid { return nil }
                if let first = high {
                    bytes.append(first << 4 | value)
                    high = nil
                } else {
                    high = value
                }
            }
            return high == nil ? bytes : nil
        }
    }

    /// What each byte of ``hex`` stands for: a digit's value, ``skipped`` for a line break or a
    /// space, ``invalid`` for anything else (a table: decoding is on every process's path).
    private static let digitValues: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "\n"), UInt8(ascii: " "): skipped
        default: invalid
        }
    }
    private static let skipped: UInt8 = 0xfe
    private static let invalid: UInt8 = 0xff
}
