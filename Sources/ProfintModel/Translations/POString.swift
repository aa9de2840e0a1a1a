/// The quoted strings of PO files: C escapes, as gettext reads and writes them.
enum POString {
    /// The text of the quoted string that `line` holds from `start`, and whether anything but
    /// spaces follows it; nil and a reason when the quoting is broken.
    static func unquote(_ text: Substring) -> Result<String, POStringError> {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "\"" else { return .failure(.notQuoted) }
        var result = ""
        var index = trimmed.index(after: trimmed.startIndex)
        while index < trimmed.endIndex {
            let character = trimmed[index]
            if character == "\"" {
                let rest = trimmed[trimmed.index(after: index)...]
                guard rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return .failure(.trailing) }
                return .success(result)
            }
            if character == "\\" {
                index = trimmed.index(after: index)
                guard index < trimmed.endIndex else { return .failure(.unterminated) }
                let escaped = trimmed[index]
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "a": result.append("\u{07}")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "v": result.append("\u{0B}")
                case "\\", "\"", "'", "?": result.append(escaped)
                case "0"..."7":
                    var value = 0, digits = 0
                    while index < trimmed.endIndex, digits < 3, let digit = trimmed[index].wholeNumberValue, digit < 8 {
                        value = value * 8 + digit
                        digits += 1
                        index = trimmed.index(after: index)
                    }
                    guard let scalar = Unicode.Scalar(value) else { return .failure(.badEscape("\\\(escaped)")) }
                    result.unicodeScalars.append(scalar)
                    continue
                default:
                    return .failure(.badEscape("\\\(escaped)"))
                }
                index = trimmed.index(after: index)
                continue
            }
            result.append(character)
            index = trimmed.index(after: index)
        }
        return .failure(.unterminated)
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
