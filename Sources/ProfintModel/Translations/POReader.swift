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
        // Read as UTF-8 bytes: every byte the format gives meaning to is ASCII, so a line, a
        // keyword or a quote never starts inside a character; and "\r\n", one Character, would
        // hide the lines of a file saved with Windows line ends from a Character split.
        let bytes = Array(text.utf8)
        for rawLine in bytes.split(separator: .newline, omittingEmptySubsequences: false) {
            number += 1
            var line = rawLine
            if line.last == .carriageReturn { line = line.dropLast() }
            try parser.take(line.droppingBlanks, number: number)
        }
        try parser.finish(number: number)
        return parser.file
    }
}

/// A line of a PO file, or part of one, as UTF-8 bytes.
private typealias POLine = ArraySlice<UInt8>

fileprivate extension UInt8 {
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " "), quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")

    /// A space or a tab.
    var isBlank: Bool { self == .space || self == .tab }
}

fileprivate extension ArraySlice<UInt8> {
    /// The bytes after any leading spaces and tabs.
    var droppingBlanks: ArraySlice<UInt8> { drop { $0.isBlank } }

    /// Whether the bytes start with the ASCII text `prefix`.
    func starts(with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { count >= $0.count && zip($0, self).allSatisfy { $0 == $1 } }
    }

    /// Whether the bytes are exactly the ASCII text `word`.
    func equals(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { count == $0.count && zip($0, self).allSatisfy { $0 == $1 } }
    }

    /// The bytes as text (a PO file is read from a String, so they are valid UTF-8).
    var text: String { String(decoding: self, as: UTF8.self) }
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

    mutating func take(_ line: POLine, number: Int) throws {
        if line.isEmpty {
            open = nil
            return
        }
        if line.starts(with: "#~") {
            var rest = line.dropFirst(2)
            if rest.first == UInt8(ascii: "|") {
                try takeComment(rest.dropFirst(), kind: "|", obsolete: true, number: number)
                return
            }
            rest = rest.droppingBlanks
            if rest.isEmpty { return }
            try takeKeywordLine(rest, obsolete: true, number: number)
            return
        }
        if line.first == .hash {
            let rest = line.dropFirst()
            let kind = rest.first.flatMap { ".:,|".utf8.contains($0) ? Character(Unicode.Scalar($0)) : nil } ?? " "
            try takeComment(kind == " " ? rest : rest.dropFirst(), kind: kind, obsolete: false, number: number)
            return
        }
        try takeKeywordLine(line, obsolete: false, number: number)
    }

    /// A comment line; a comment after a complete entry starts the next one.
    mutating func takeComment(_ text: POLine, kind: Character, obsolete: Bool, number: Int) throws {
        if isComplete { try close(number: number) }
        if kind != "|" { open = nil }
        let body = text.first == .space ? text.dropFirst() : text
        switch kind {
        case ".": entry.extractedComments.append(body.text)
        case ":": entry.references += body.split(separator: .space).map(\.text)
        case ",":
            entry.flags += body.split(separator: UInt8(ascii: ",")).map { $0.text.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        case "|": try takePrevious(body.drop { $0 == .space }, obsolete: obsolete, number: number)
        default: entry.translatorComments.append(body.text)
        }
    }

    /// A `#| msgid "…"` line, or a `#| "…"` continuation of one.
    mutating func takePrevious(_ text: POLine, obsolete: Bool, number: Int) throws {
        if text.first == .quote {
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

    mutating func takeKeywordLine(_ line: POLine, obsolete: Bool, number: Int) throws {
        if line.first == .quote {
            guard let open, !open.isPrevious else {
                throw error(
                    "a continued string follows no keyword (start with msgid \"…\" or msgstr \"…\")", number)
            }
            guard self.obsolete == obsolete else { throw mixedObsolete(number) }
            try append(string(line, number), to: open.keyword, previous: false)
            return
        }
        let (keyword, rest) = try split(line, number: number)
        if keyword == .context || keyword == .id {
            if isComplete { try close(number: number) }
            if seen.contains(.id), let start = startLine {
                throw error("the msgid at line \(start) has no msgstr", start)
            }
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
        if seen.contains(keyword) {
            throw error("this entry already has \(name(keyword)); start a new entry with msgid", number)
        }
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
                throw error(
                    "msgstr[\(index)] needs a msgid_plural before it (or write msgstr without [\(index)])", number)
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
    func split(_ line: POLine, number: Int) throws -> (Keyword, POLine) {
        let word = line.prefix { !($0.isBlank || $0 == .quote) }
        let rest = line[word.endIndex...]
        if word.equals("msgctxt") { return (.context, rest) }
        if word.equals("msgid") { return (.id, rest) }
        if word.equals("msgid_plural") { return (.pluralID, rest) }
        if word.equals("msgstr") { return (.translation, rest) }
        if word.starts(with: "msgstr["), word.last == UInt8(ascii: "]"),
           let index = Int(word.dropFirst(7).dropLast().text), index >= 0 {
            return (.pluralTranslation(index), rest)
        }
        throw error(
            "unknown keyword '\(word.text)': "
                + "a PO line starts with msgctxt, msgid, msgid_plural, msgstr, msgstr[N], # or \"",
            number)
    }

    func string(_ text: POLine, _ number: Int) throws -> String {
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
