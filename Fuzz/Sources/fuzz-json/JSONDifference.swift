import ProfintModel

/// The documented differences between `JSONValue.parse` and `JSONSerialization`: inputs one
/// accepts and the other refuses that are not findings (docs/security.md, "Fuzzing").
enum JSONDifference {
    /// Why only Foundation may accept `bytes`, or nil (a finding). Foundation is more lenient:
    /// it skips a UTF-8 byte order mark, allows a trailing comma in lists and objects, and reads
    /// text whose first four bytes hold a NUL as UTF-16 or UTF-32 (RFC 4627); `JSONValue` reads
    /// UTF-8 only, refuses nesting deeper than 256 (Foundation: 512), and refuses a number past
    /// the range of doubles, which Foundation may read as a decimal.
    static func onlyReferenceAccepts(_ bytes: [UInt8], _ error: JSONValue.ParseError) -> String? {
        if error.reason.hasPrefix("values nested more than") { return "nesting deeper than 256" }
        if error.reason.hasPrefix("a number too large for a double") { return "a number past the range of doubles" }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "a byte order mark" }
        if bytes.prefix(4).contains(0) { return "UTF-16 or UTF-32 text" }
        if hasTrailingComma(bytes) { return "a trailing comma" }
        return nil
    }

    /// The index after the string that opens at `start` (its closing quote, escapes skipped).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
            index += 1
        }
        return index
    }

    /// Whether a `,` outside strings is followed, after white space, by `]` or `}`.
    static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index = endOfString(bytes, from: index); continue }
            index += 1
            guard byte == UInt8(ascii: ",") else { continue }
            var next = index
            while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: "]") || bytes[next] == UInt8(ascii: "}") { return true }
        }
        return false
    }
}
