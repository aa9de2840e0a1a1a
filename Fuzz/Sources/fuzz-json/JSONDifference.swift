import ProfintModel

/// The documented differences between `JSONValue.parse` and `JSONSerialization`: inputs one
/// accepts and the other refuses that are not findings (docs/security.md, "Fuzzing").
enum JSONDifference {
    /// Why only `JSONValue.parse` may accept `bytes`, or nil (a finding).
    ///
    /// Finding 1 (open, Fuzz/Findings/json-lenient-numbers): `JSONValue.parse` reads numbers with
    /// Swift's `Double(_:)`, so it accepts `01`, `+1`, `.5`, `1.` and `1.e5`, which JSON forbids.
    /// It is listed here so that the harness goes on finding other things; remove the case
    /// once the parser is strict.
    static func onlyOursAccepts(_ bytes: [UInt8]) -> String? {
        numberTokens(bytes).contains { !isStrictNumber($0) } ? "a number JSON forbids (finding 1)" : nil
    }

    /// Why only Foundation may accept `bytes`, or nil (a finding). Foundation is more lenient:
    /// it skips a UTF-8 byte order mark, allows a trailing comma in lists and objects, and reads
    /// text whose first four bytes hold a NUL as UTF-16 or UTF-32 (RFC 4627); `JSONValue` reads
    /// UTF-8 only and refuses nesting deeper than 256 (Foundation: 512).
    static func onlyReferenceAccepts(_ bytes: [UInt8], _ error: JSONValue.ParseError) -> String? {
        if error.reason.hasPrefix("values nested more than") { return "nesting deeper than 256" }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "a byte order mark" }
        if bytes.prefix(4).contains(0) { return "UTF-16 or UTF-32 text" }
        if hasTrailingComma(bytes) { return "a trailing comma" }
        return nil
    }

    /// The tokens outside strings that start like a number: `-`, `+`, `.` or a digit, then
    /// digits, `.`, `e`, `E`, `+` and `-` (what the parser reads as one number).
    static func numberTokens(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var tokens: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index = endOfString(bytes, from: index)
            } else if isNumberByte(byte) {
                let start = index
                while index < bytes.count, isNumberByte(bytes[index]) { index += 1 }
                tokens.append(bytes[start..<index])
            } else {
                index += 1
            }
        }
        return tokens
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

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

    /// RFC 8259's number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isStrictNumber(_ token: ArraySlice<UInt8>) -> Bool {
        var index = token.startIndex
        func digits() -> Int {
            let start = index
            while index < token.endIndex, isDigit(token[index]) { index += 1 }
            return index - start
        }
        if index < token.endIndex, token[index] == UInt8(ascii: "-") { index += 1 }
        guard index < token.endIndex, isDigit(token[index]) else { return false }
        if token[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
        if index < token.endIndex, token[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < token.endIndex, token[index] == UInt8(ascii: "e") || token[index] == UInt8(ascii: "E") {
            index += 1
            let sign = index < token.endIndex ? token[index] : 0
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == token.endIndex
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
