import ProfintEngine
import ProfintModel

/// Renders a ``ReportDocument`` as Markdown. Every text is escaped, so an answer can never
/// become markup.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = ["# \(escape(document.title))", ""]
        if let subtitle = document.subtitle { out += ["_\(escape(subtitle))_", ""] }
        for block in document.blocks { out += render(block, level: 0, language: document.language) }
        return out.joined(separator: "\n").trimmingLineBreaks + "\n"
    }

    private static func render(_ block: ReportDocument.Block, level: Int, language: String) -> [String] {
        switch block {
        case .heading(let depth, let text, let detail):
            return [
                String(repeating: "#", count: depth) + " " + escape(text) + (detail.map { " (\(escape($0)))" } ?? ""),
                ""]
        case .paragraph(let text):
            return [escape(text), ""]
        case .aside(let text):
            return ["> " + escape(text).replacingAll("\n", with: "\n> "), ""]
        case .facts(let pairs):
            return pairs.map { "- **\(escape($0.0))**\(Phrases.labelSeparator(after: $0.0, language)) \(escape($0.1))" }
                + [""]
        case .list(let items):
            return items.map { "- " + escape($0).replacingAll("\n", with: "\n  ") } + [""]
        case .table(let header, let rows, let rowHeaders, _):
            var lines = ["| " + header.map(cell).joined(separator: " | ") + " |",
                         "|" + String(repeating: " --- |", count: header.count)]
            for row in rows {
                let cells = row.enumerated().map { index, text in
                    rowHeaders && index == 0 && !text.isEmpty ? "**\(cell(text))**" : cell(text)
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            return lines + [""]
        case .answer(let question, let tags, let body, let depth):
            let tagText = tags.isEmpty ? "" : " [\(tags.map(escape).joined(separator: ", "))]"
            return [String(repeating: "#", count: depth) + " \(escape(question))\(tagText)", ""]
                + body.flatMap { render($0, level: level + 1, language: language) }
        case .figure(_, let title):
            return ["## " + escape(title), ""]
        }
    }

    /// Escapes what would turn text into markup or HTML: backslashes, code marks, emphasis
    /// stars, links and tags, and a heading, quote or list mark at the start of a line.
    ///
    /// Works on UTF-8 bytes: every mark and control character it rewrites is ASCII, and the bytes
    /// of other characters pass through as they are.
    static func escape(_ text: String) -> String {
        // Most texts hold no mark and no control character: they are returned as they are.
        guard text.firstUTF8Byte(where: needsEscape) != nil else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var lineStart = true
        for byte in text.utf8 {
            if ContentLimits.isControl(byte) {
                out.append(contentsOf: replacementCharacter)
                continue
            }
            switch mark(byte) {
            case .anywhere?: out.append(UInt8(ascii: "\\"))
            case .atLineStart? where lineStart: out.append(UInt8(ascii: "\\"))
            default: break
            }
            out.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `escape` rewrites `byte` (a mark, wherever it stands, or a control character).
    private static func needsEscape(_ byte: UInt8) -> Bool { mark(byte) != nil || ContentLimits.isControl(byte) }

    /// Where a Markdown mark makes markup: anywhere, or only at the start of a line.
    private enum Mark { case anywhere, atLineStart }

    /// The mark `byte` is, if any: the one list of what `escape` escapes.
    private static func mark(_ byte: UInt8) -> Mark? {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
            return .anywhere
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            return .atLineStart
        default:
            return nil
        }
    }

    /// U+FFFD, shown for a control character.
    private static let replacementCharacter = Array("\u{FFFD}".utf8)

    /// A table cell: escaped, `|` too, on one line.
    static func cell(_ text: String) -> String {
        escape(text).replacingAll("\r\n", with: "<br>").replacingAll("\n", with: "<br>")
    }
}
