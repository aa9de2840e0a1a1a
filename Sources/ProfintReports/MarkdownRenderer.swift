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
            return [String(repeating: "#", count: depth) + " " + escape(text) + (detail.map { " (\(escape($0)))" } ?? ""), ""]
        case .paragraph(let text):
            return [escape(text), ""]
        case .aside(let text):
            return ["> " + escape(text).replacingAll("\n", with: "\n> "), ""]
        case .facts(let pairs):
            return pairs.map { "- **\(escape($0.0))**\(Phrases.labelSeparator(after: $0.0, language)) \(escape($0.1))" } + [""]
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
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lineStart = true
        for scalar in text.unicodeScalars {
            if ContentLimits.isControl(scalar) {
                out.append("\u{FFFD}")
                continue
            }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|": out.append("\\")
            case "#", "-", "+": if lineStart { out.append("\\") }
            default: break
            }
            out.append(scalar)
            lineStart = scalar == "\n"
        }
        return String(out)
    }

    /// A table cell: escaped, `|` too, on one line.
    static func cell(_ text: String) -> String {
        escape(text).replacingAll("\r\n", with: "<br>").replacingAll("\n", with: "<br>")
    }
}
