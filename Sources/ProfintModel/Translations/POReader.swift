import Foundation

/// Reads gettext PO files (the format of the GNU gettext manual, "The Format of PO Files"):
/// comments, flags, references, previous source texts (`#|`), obsolete entries (`#~`),
/// contexts, plural messages, and strings continued over several lines.
///
/// Every problem is a `POReadError` naming the file and line and saying what to write instead.
public enum POReader {
    /// Reads `text`, the content of `file` (a name used in errors, e.g. `translations/el.po`).
    public static func read(_ text: String, file: String, bundle: String? = nil) throws -> POFile {
        var parser = Parser(file: file, bundle: bundle)
        var number = 0
        // Split on scalars: "\r\n" is one Character, so a Character split would not see the lines
        // of a file saved with Windows line ends.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.unicodeScalars.last == "\r" { line = Substring(line.unicodeScalars.dropLast()) }
            try parser.take(line.drop { $0 == " " || $0 == "\t" }, number: number)
        }
        try parser.finish(number: number)
        return parser.file
    }
}

/// The keywords of a PO entry.
private enum Keyword: Equatable {
    case context, id, pluralID, translation, pluralTranslation(Int)
}

/// The state of reading one file: the entry being built and where its strings go.
private struct Parser {
    let fileName: String
    let bundle: String?
    var file = POFile()
    var entry = POEntry(id: "")
    var seen: [Keyword] = []
    var previous: [Keyword] = []
    var obsolete: Bool?
    var startLine: Int?
    var keys: [POKey: Int] = [:]
    /// The string a continuation line adds to: a keyword, and whether it is a `#|` one.
    var open: (keyword: Keyword, isPrevious: Bool)?

    init(file: String, bundle: String?) {
        fileName = file
        self.bundle = bundle
    }

    func error(_ message: String, _ line: Int) -> POReadError {
        POReadError(message, at: SourceLocation(bundle: bundle, file: fileName, line: line))
    }

    mutating func take(_ line: Substring, number: Int) throws {
        if line.isEmpty {
            open = nil
            return
        }
        if line.hasPrefix("#~") {
            var rest = line.dropFirst(2)
            if rest.hasPrefix("|") {
                try takeComment(rest.dropFirst(), kind: "|", obsolete: true, number: number)
                return
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { return }
            try takeKeywordLine(rest, obsolete: true, number: number)
            return
        }
        if line.hasPrefix("#") {
            let rest = line.dropFirst()
            let kind = rest.first.map { ".:,|".contains($0) ? String($0) : " " } ?? " "
            try takeComment(kind == " " ? rest : rest.dropFirst(), kind: kind, obsolete: false, number: number)
            return
        }
        try takeKeywordLine(line, obsolete: false, number: number)
    }

    /// A comment line; a comment after a complete entry starts the next one.
    mutating func takeComment(_ text: Substring, kind: String, obsolete: Bool, number: Int) throws {
        if isComplete { try close(number: number) }
        if kind != "|" { open = nil }
        let body = text.first == " " ? String(text.dropFirst()) : String(text)
        switch kind {
        case ".": entry.extractedComments.append(body)
        case ":": entry.references += body.split(separator: " ").map(String.init)
        case ",":
            entry.flags += body.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case "|": try takePrevious(body[...].drop { $0 == " " }, obsolete: obsolete, number: number)
        default: entry.translatorComments.append(body)
        }
    }

    /// A `#| msgid "…"` line, or a `#| "…"` continuation of one.
    mutating func takePrevious(_ text: Substring, obsolete: Bool, number: Int) throws {
        if text.first == "\"" {
            guard let open, open.isPrevious else {
                throw error("a continued string follows no `#| msgid` (start with `#| msgid \"…\"`)", number)
            }
            try append(string(text, number), to: open.keyword, previous: true)
            return
        }
        let (keyword, rest) = try split(text, number: number)
        guard keyword != .translation, !isPluralTranslation(keyword) else {
            throw error("`#|` lines hold only msgctxt, msgid and msgid_plural", number)
        }
        guard !previous.contains(keyword) else { throw error("this entry's `#|` already has this keyword", number) }
        previous.append(keyword)
        let value = try string(rest, number)
        switch keyword {
        case .context: entry.previousContext = value
        case .id: entry.previousID = value
        default: entry.previousPluralID = value
        }
        open = (keyword, true)
    }

    mutating func takeKeywordLine(_ line: Substring, obsolete: Bool, number: Int) throws {
        if line.first == "\"" {
            guard let open, !open.isPrevious else {
                throw error("a continued string follows no keyword (start with msgid \"…\" or msgstr \"…\")", number)
            }
            guard self.obsolete == obsolete else { throw mixedObsolete(number) }
            try append(string(line, number), to: open.keyword, previous: false)
            return
        }
        let (keyword, rest) = try split(line, number: number)
        if keyword == .context || keyword == .id {
            if isComplete { try close(number: number) }
            if seen.contains(.id), let start = startLine { throw error("the msgid at line \(start) has no msgstr", start) }
        }
        if let known = self.obsolete, known != obsolete { throw mixedObsolete(number) }
        self.obsolete = obsolete
        if startLine == nil || keyword == .id { startLine = number }
        try checkOrder(keyword, number: number)
        seen.append(keyword)
        let value = try string(rest, number)
        switch keyword {
        case .context: entry.context = value
        case .id: entry.id = value
        case .pluralID: entry.pluralID = value
        case .translation: entry.translations = [value]
        case .pluralTranslation(let index):
            if index == 0 { entry.translations = [] }
            entry.translations.append(value)
        }
        open = (keyword, false)
    }

    func checkOrder(_ keyword: Keyword, number: Int) throws {
        if seen.contains(keyword) { throw error("this entry already has \(name(keyword)); start a new entry with msgid", number) }
        switch keyword {
        case .context:
            if seen.contains(.id) { throw error("msgctxt comes before msgid", number) }
        case .id:
            break
        case .pluralID:
            if !seen.contains(.id) { throw error("msgid_plural comes after msgid", number) }
        case .translation:
            if !seen.contains(.id) { throw error("msgstr comes after msgid", number) }
            if seen.contains(.pluralID) {
                throw error("a message with msgid_plural has msgstr[0], msgstr[1]… instead of msgstr", number)
            }
        case .pluralTranslation(let index):
            if !seen.contains(.pluralID) {
                throw error("msgstr[\(index)] needs a msgid_plural before it (or write msgstr without [\(index)])", number)
            }
            let count = seen.filter(isPluralTranslation).count
            if index != count { throw error("expected msgstr[\(count)] here, found msgstr[\(index)]", number) }
        }
    }

    func isPluralTranslation(_ keyword: Keyword) -> Bool {
        if case .pluralTranslation = keyword { return true }
        return false
    }

    func name(_ keyword: Keyword) -> String {
        switch keyword {
        case .context: return "a msgctxt"
        case .id: return "a msgid"
        case .pluralID: return "a msgid_plural"
        case .translation: return "a msgstr"
        case .pluralTranslation(let index): return "a msgstr[\(index)]"
        }
    }

    func mixedObsolete(_ number: Int) -> POReadError {
        error("an entry is either obsolete (every line starts with #~) or not; this line mixes the two", number)
    }

    /// The keyword that starts `line`, and the rest of the line.
    func split(_ line: Substring, number: Int) throws -> (Keyword, Substring) {
        let word = line.prefix { !($0 == " " || $0 == "\t" || $0 == "\"") }
        let rest = line[word.endIndex...]
        switch word {
        case "msgctxt": return (.context, rest)
        case "msgid": return (.id, rest)
        case "msgid_plural": return (.pluralID, rest)
        case "msgstr": return (.translation, rest)
        default:
            if word.hasPrefix("msgstr["), word.hasSuffix("]"), let index = Int(word.dropFirst(7).dropLast()), index >= 0 {
                return (.pluralTranslation(index), rest)
            }
            throw error(
                "unknown keyword '\(word)': a PO line starts with msgctxt, msgid, msgid_plural, msgstr, msgstr[N], # or \"",
                number)
        }
    }

    func string(_ text: Substring, _ number: Int) throws -> String {
        switch POString.unquote(text) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.message, number)
        }
    }

    mutating func append(_ text: String, to keyword: Keyword, previous: Bool) throws {
        switch (keyword, previous) {
        case (.context, false): entry.context = (entry.context ?? "") + text
        case (.id, false): entry.id += text
        case (.pluralID, false): entry.pluralID = (entry.pluralID ?? "") + text
        case (.translation, false), (.pluralTranslation, false):
            if entry.translations.isEmpty { entry.translations = [""] }
            entry.translations[entry.translations.count - 1] += text
        case (.context, true): entry.previousContext = (entry.previousContext ?? "") + text
        case (.id, true): entry.previousID = (entry.previousID ?? "") + text
        default: entry.previousPluralID = (entry.previousPluralID ?? "") + text
        }
    }

    /// Whether the entry being built has its translation, so that what follows starts another.
    var isComplete: Bool { seen.contains(.translation) || seen.contains(where: isPluralTranslation) }

    var hasContent: Bool {
        !seen.isEmpty || !previous.isEmpty || !entry.translatorComments.isEmpty || !entry.extractedComments.isEmpty
            || !entry.references.isEmpty || !entry.flags.isEmpty
    }

    mutating func close(number: Int) throws {
        let line = startLine ?? number
        guard seen.contains(.id) else {
            throw error("an entry needs a msgid (comments and msgctxt belong to the msgid that follows them)", line)
        }
        guard isComplete else { throw error("the msgid at line \(line) has no msgstr", line) }
        if entry.pluralID != nil, entry.translations.count < 2 {
            throw error("a message with msgid_plural needs at least msgstr[0] and msgstr[1]", line)
        }
        entry.isObsolete = obsolete ?? false
        entry.line = line
        if entry.isHeader {
            if file.header != nil { throw error("a second header entry (msgid \"\"); a file has one", line) }
            file.header = entry
        } else {
            if !entry.isObsolete {
                if let first = keys[entry.key] {
                    throw error("this message (\(entry.key)) was already defined at line \(first); keep one", line)
                }
                keys[entry.key] = line
            }
            file.entries.append(entry)
        }
        entry = POEntry(id: "")
        seen = []
        previous = []
        obsolete = nil
        startLine = nil
        open = nil
    }

    mutating func finish(number: Int) throws {
        if hasContent { try close(number: number) }
    }
}
