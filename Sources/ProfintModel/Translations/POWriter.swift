/// Writes PO files as gettext does: the header first, one blank line between entries, strings
/// holding line breaks split after each `\n`, obsolete entries behind `#~`. What it writes,
/// `POReader` reads back equal, and `msgfmt --check` accepts when the header has its fields.
public enum POWriter {
    public static func write(_ file: POFile) -> String {
        var blocks: [String] = []
        if let header = file.header { blocks.append(write(header)) }
        blocks += file.entries.map(write)
        return blocks.joined(separator: "\n")
    }

    /// One entry, ending with a line break.
    public static func write(_ entry: POEntry) -> String {
        var lines: [String] = []
        lines += entry.translatorComments.map { $0.isEmpty ? "#" : "# \($0)" }
        lines += entry.extractedComments.map { $0.isEmpty ? "#." : "#. \($0)" }
        lines += referenceLines(entry.references)
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        let previousPrefix = entry.isObsolete ? "#~| " : "#| "
        if let context = entry.previousContext { lines += field("msgctxt", context, prefix: previousPrefix) }
        if let id = entry.previousID { lines += field("msgid", id, prefix: previousPrefix) }
        if let plural = entry.previousPluralID { lines += field("msgid_plural", plural, prefix: previousPrefix) }
        let prefix = entry.isObsolete ? "#~ " : ""
        if let context = entry.context { lines += field("msgctxt", context, prefix: prefix) }
        lines += field("msgid", entry.id, prefix: prefix)
        if let plural = entry.pluralID {
            lines += field("msgid_plural", plural, prefix: prefix)
            let forms = entry.translations.isEmpty ? ["", ""] : entry.translations
            for (index, text) in forms.enumerated() { lines += field("msgstr[\(index)]", text, prefix: prefix) }
        } else {
            lines += field("msgstr", entry.translations.first ?? "", prefix: prefix)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `keyword "text"`, or `keyword ""` and one line per piece when the text holds line breaks.
    private static func field(_ keyword: String, _ text: String, prefix: String) -> [String] {
        let pieces = splitAfterLineBreaks(text)
        if pieces.count <= 1 { return [prefix + keyword + " " + POString.quote(text)] }
        return [prefix + keyword + " \"\""] + pieces.map { prefix + POString.quote($0) }
    }

    private static func splitAfterLineBreaks(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// `#:` lines of references, wrapped before 80 columns.
    private static func referenceLines(_ references: [String]) -> [String] {
        var lines: [String] = []
        var current = "#:"
        for reference in references {
            if current.count + 1 + reference.count > 79, current != "#:" {
                lines.append(current)
                current = "#:"
            }
            current += " " + reference
        }
        if current != "#:" { lines.append(current) }
        return lines
    }
}
