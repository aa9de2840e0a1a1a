import Synchronization

/// The typography a language asks for, applied to profint's own words (never to answers or
/// tool texts) before placeholders are filled in.
///
/// French: a narrow no-break space (U+202F) before `: ; ? !` and `»` and after `«`, replacing a
/// space typed there or added where there is none after a word, when the mark ends a phrase
/// (followed by a space, the end, or `) ] » , .`), so `:help`, `::30` and `10:30` stay as they
/// are; a no-break space (U+00A0)
/// between a number or `{placeholder}` and a unit (`h`, `min`, `s`, `%`), and between such a unit
/// and the number that follows it (`1 h 7 min` stays on one line). Other languages are
/// left as written.
public enum Typography {
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    public static let noBreakSpace: Character = "\u{00A0}"

    /// `text` with the typography of `language`.
    public static func apply(_ text: String, language: String) -> String {
        guard Language.normalise(language) == "fr" else { return text }
        if let known = typesetInFrench.withLock({ $0[text] }) { return known }
        let typeset = french(text)
        typesetInFrench.withLock { known in
            if known.count < maximumRemembered { known[text] = typeset }
        }
        return typeset
    }

    /// Phrases already typeset in French, by their text: profint's words repeat (every prompt,
    /// every section of a report), and typesetting walks a phrase Character by Character.
    private static let typesetInFrench = Mutex<[String: String]>([:])
    /// How many typeset phrases are remembered: profint's catalogs hold a few hundred.
    static let maximumRemembered = 4096

    static let units: Set<String> = ["h", "min", "s", "%"]

    static func french(_ text: String) -> String {
        var characters = Array(text)
        var result: [Character] = []
        result.reserveCapacity(characters.count + 8)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case ":", ";", "?", "!", "»":
                if closesPhrase(next), let last = result.last {
                    if last == " " || last == noBreakSpace || last == narrowNoBreakSpace {
                        result[result.count - 1] = narrowNoBreakSpace
                    } else if isWordEnd(last) {
                        result.append(narrowNoBreakSpace)
                    }
                }
                result.append(character)
            case "«":
                result.append(character)
                if next == " " || next == noBreakSpace {
                    index += 1
                }
                result.append(narrowNoBreakSpace)
            case " ":
                let numberThenUnit = result.last.map { $0.isNumber || $0 == "}" } == true
                    && startsUnit(characters, at: index + 1)
                let unitThenNumber = endsWithUnit(result) && next.map { $0.isNumber || $0 == "{" } == true
                if numberThenUnit || unitThenNumber {
                    result.append(noBreakSpace)
                } else {
                    result.append(character)
                }
            default:
                result.append(character)
            }
            index += 1
        }
        characters = result
        return String(characters)
    }

    /// Whether a punctuation mark followed by `next` ends a phrase (`Étape 1 :`), rather than
    /// being part of a token such as `:help`, `::30`, `10:30` or `http://`.
    private static func closesPhrase(_ next: Character?) -> Bool {
        guard let next else { return true }
        return next.isWhitespace || ")]»,.".contains(next)
    }

    /// A character a word, a number, a placeholder or Markdown emphasis can end with.
    private static func isWordEnd(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "}" || character == ")" || character == "*"
            || character == "_" || character == "."
    }

    /// Whether `text` ends with a unit that itself follows a number (`1 h` before `7 min`).
    private static func endsWithUnit(_ text: [Character]) -> Bool {
        var start = text.count
        while start > 0, text[start - 1].isLetter || text[start - 1] == "%" { start -= 1 }
        guard start > 0, start < text.count, units.contains(String(text[start...])) else { return false }
        return text[start - 1] == noBreakSpace
    }

    private static func startsUnit(_ characters: [Character], at start: Int) -> Bool {
        var end = start
        while end < characters.count, characters[end].isLetter || characters[end] == "%" { end += 1 }
        guard end > start, units.contains(String(characters[start..<end])) else { return false }
        return end == characters.count || !characters[end].isLetter
    }
}
