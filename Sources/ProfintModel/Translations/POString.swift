/// The quoted strings of PO files: C escapes, as gettext reads and writes them.
enum POString {
    /// The text of the quoted string that `text` holds, after any spaces; a reason when the
    /// quoting is broken or anything but spaces follows the closing quote.
    ///
    /// Read on UTF-8 bytes: every byte that matters (quote, backslash, escape letters,
    /// octal digits) is ASCII, and bytes of other characters are copied through unchanged.
    static func unquote(_ text: ArraySlice<UInt8>) -> Result<String, POStringError> {
        let bytes = text.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard bytes.first == UInt8(ascii: "\"") else { return .failure(.notQuoted) }
        var result: [UInt8] = []
        var index = bytes.index(after: bytes.startIndex)
        while index < bytes.endIndex {
            // The bytes up to the next quote or backslash are copied as they are, in one go.
            let plainEnd = bytes[index...].firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
                ?? bytes.endIndex
            result.append(contentsOf: bytes[index..<plainEnd])
            index = plainEnd
            guard index < bytes.endIndex else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let rest = bytes[bytes.index(after: index)...]
                guard rest.allSatisfy({
                    $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
                }) else {
                    return .failure(.trailing)
                }
                return .success(String(decoding: result, as: UTF8.self))
            }
            index = bytes.index(after: index)
            guard index < bytes.endIndex else { return .failure(.unterminated) }
            let escaped = bytes[index]
            switch escaped {
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "a"): result.append(0x07)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "v"): result.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"): result.append(escaped)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value: UInt32 = 0, digits = 0
                while index < bytes.endIndex, digits < 3,
                      (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                    value = value * 8 + UInt32(bytes[index] - UInt8(ascii: "0"))
                    digits += 1
                    index = bytes.index(after: index)
                }
                guard let scalar = Unicode.Scalar(value) else {
                    return .failure(.badEscape("\\\(Character(Unicode.Scalar(escaped)))"))
                }
                result.append(contentsOf: String(scalar).utf8)
                continue
            default:
                return .failure(.badEscape(
                    "\\\(String(decoding: escapedCharacter(at: index, in: bytes), as: UTF8.self))"))
            }
            index = bytes.index(after: index)
        }
        return .failure(.unterminated)
    }

    /// The bytes of the whole character starting at `index` (an unknown escape may be any letter).
    private static func escapedCharacter(at index: Int, in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = bytes.index(after: index)
        while end < bytes.endIndex, bytes[end] & 0xC0 == 0x80 { end = bytes.index(after: end) }
        return bytes[index..<end]
    }

    /// `text` between double quotes, escaped as gettext writes it.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{0B}": result += "\\v"
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let octal = String(scalar.value, radix: 8)
                    result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// Why a quoted PO string could not be read.
enum POStringError: Error, Equatable {
    case notQuoted, unterminated, trailing
    case badEscape(String)

    var message: String {
        switch self {
        case .notQuoted: return "expected a string in double quotes"
        case .unterminated: return "the string has no closing double quote"
        case .trailing: return "something follows the string's closing double quote"
        case .badEscape(let escape): return "unknown escape \(escape) in the string (write \\\\ for a backslash)"
        }
    }
}
