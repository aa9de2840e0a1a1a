/// How much a tool and its answers may hold. The host's own work (reading a tool, asking,
/// validating, reporting) is linear in what a script returns, and these bounds keep it small:
/// a tool past them is refused when it loads, an answer past them is refused like any invalid
/// answer. docs/security.md lists them.
public enum ContentLimits {
    /// Characters in one text of a tool (a title, a question, guidance), after `{item}` is filled in.
    public static let textCharacters = 65_536
    /// Steps in one tool.
    public static let steps = 1_000
    /// Questions declared in one tool, all steps together.
    public static let questions = 10_000
    /// Options of a choice or multi question, or fixed rows of a table.
    public static let options = 1_000
    /// Columns of a table question.
    public static let columns = 100
    /// Prompts one run may ask (questions asked once per item count once per item).
    public static let promptsPerRun = 100_000
    /// Characters in a text answer.
    public static let answerCharacters = 65_536
    /// Items of a list answer, or rows of a table answer.
    public static let answerItems = 1_000
    /// Characters in one item of a list answer.
    public static let itemCharacters = 4_096
    /// Characters of a draft (an answer being typed) as JSON text.
    public static let draftCharacters = 1_048_576
    /// Bytes of a translation catalog a bundle brings (`translations/<lang>.po`, and
    /// `translations/profint.<lang>.po` of profint's own words).
    public static let catalogBytes = 1_048_576
    /// Nodes, and edges, of a graph a tool draws.
    public static let graphNodes = 10_000
    public static let graphEdges = 100_000

    /// The first control character of `text` that a person's text may not hold (C0 and DEL,
    /// except tab, and line breaks where `lineBreaks`): they would reach the terminal or a
    /// report as commands (escape sequences) or cut a stored path short (NUL).
    public static func forbiddenControl(in text: String, lineBreaks: Bool = true) -> Unicode.Scalar? {
        // Every scalar looked for is ASCII, and in UTF-8 a byte below 0x80 is always that scalar.
        let control = text.firstUTF8Byte { byte in
            (byte < 0x20 || byte == 0x7F) && (byte == 0x0A || byte == 0x0D ? !lineBreaks : isControl(byte))
        }
        return control.map(Unicode.Scalar.init)
    }

    /// Whether a scalar is a control character that output must never pass on as it is (C0 but
    /// tab and line feed, and DEL): reports and terminals show U+FFFD instead.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && isControl(UInt8(scalar.value))
    }

    /// ``isControl(_:)`` for a byte of UTF-8 text: every control character it names is ASCII, and a
    /// byte below 0x80 is always that character, so text can be searched byte by byte.
    public static func isControl(_ byte: UInt8) -> Bool {
        byte == 0x7F || (byte < 0x20 && byte != 0x0A && byte != 0x09)
    }

    /// The text with every control character ``isControl(_:)`` names shown as U+FFFD.
    public static func printable(_ text: String) -> String {
        guard text.firstUTF8Byte(where: isControl) != nil else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// The first control character ``forbiddenControl(in:lineBreaks:)`` names in any text of
    /// `value` (its strings and its keys).
    public static func forbiddenControl(in value: JSONValue) -> Unicode.Scalar? {
        switch value {
        case .string(let text): return forbiddenControl(in: text)
        case .array(let items): return items.lazy.compactMap { forbiddenControl(in: $0) }.first
        case .object(let fields):
            for (key, field) in fields {
                if let control = forbiddenControl(in: key) ?? forbiddenControl(in: field) { return control }
            }
            return nil
        case .null, .bool, .int, .double: return nil
        }
    }

    /// How a control character is named in messages: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
