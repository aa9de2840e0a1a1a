import Foundation

/// The words profint itself says (prompts' hints, validation messages, command help, `show`
/// labels, report headings, terminal lines), looked up by key in the catalogs of `PhraseBook`:
/// the session's language, else English, else the key itself.
///
/// A phrase may hold named placeholders, `{min}`, filled from `arguments`; plural phrases take
/// the form their catalog's `Plural-Forms` gives for `count` (also available as `{count}`).
/// The language's typography (`Typography`) is applied to the catalog's words before the
/// placeholders are filled, so answers and tool texts are never touched.
public enum Phrases {
    /// The phrase `key` in `language`, with `{name}` placeholders filled from `arguments`.
    public static func text(_ key: String, _ language: String, _ arguments: [String: String] = [:]) -> String {
        let book = PhraseBook.shared
        if let catalog = book.catalog(language), let words = catalog.text(key) {
            return render(words, catalog.language, arguments)
        }
        return render(book.english?.text(key) ?? key, "en", arguments)
    }

    /// The plural phrase `key` in the form `count` takes in `language`; `{count}` is the count.
    public static func plural(
        _ key: String, count: some BinaryInteger, _ language: String, _ arguments: [String: String] = [:]
    ) -> String {
        let count = Int(clamping: count)
        let book = PhraseBook.shared
        var filled = arguments
        filled["count"] = filled["count"] ?? String(count)
        if let catalog = book.catalog(language), let words = catalog.plural(key, count: count) {
            return render(words, catalog.language, filled)
        }
        return render(book.english?.plural(key, count: count) ?? key, "en", filled)
    }

    /// `text` as the label of a value (`Guidance:`, `Étape 1 :`), by the catalog's `label` phrase;
    /// a text that already ends with `:`, `?` or `!` (a question) gets no colon of its own.
    public static func label(_ text: String, _ language: String) -> String {
        text + labelSeparator(after: text, language)
    }

    /// What follows `text` to make it a label: `:` in English, a narrow no-break space and `:` in
    /// French, nothing after `:`, `?` or `!`.
    public static func labelSeparator(after text: String, _ language: String) -> String {
        if let last = text.trimmingSpaces.last, ":?!".contains(last) { return "" }
        return Phrases.text("label", language, ["label": ""])
    }

    /// `words` with `language`'s typography, then every `{name}` of `arguments` filled in; a
    /// placeholder without an argument is left as written.
    static func render(_ words: String, _ language: String, _ arguments: [String: String]) -> String {
        let typeset = Typography.apply(words, language: language)
        guard !arguments.isEmpty, typeset.utf8.contains(openBrace) else { return typeset }
        var result = ""
        var written = typeset.startIndex
        for (range, name) in placeholderRanges(typeset) {
            result += typeset[written..<range.lowerBound]
            result += arguments[name] ?? String(typeset[range])
            written = range.upperBound
        }
        return result + typeset[written...]
    }

    /// The names of the `{name}` placeholders in `words`.
    public static func placeholders(_ words: String) -> Set<String> {
        Set(placeholderRanges(words).map(\.name).filter { name in
            !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        })
    }

    /// Each `{…}` of `text`, from a brace to the next closing one, with the text between. Braces
    /// are ASCII: they are found among the UTF-8 bytes, whatever follows them (a mark that
    /// combines with a brace does not hide it).
    private static func placeholderRanges(_ text: String) -> [(range: Range<String.Index>, name: String)] {
        let bytes = text.utf8
        var found: [(range: Range<String.Index>, name: String)] = []
        var start = bytes.startIndex
        while let opening = bytes[start...].firstIndex(of: openBrace),
              let closing = bytes[opening...].firstIndex(of: closeBrace) {
            let after = bytes.index(after: closing)
            found.append((opening..<after, String(text[bytes.index(after: opening)..<closing])))
            start = after
        }
        return found
    }

    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
}
