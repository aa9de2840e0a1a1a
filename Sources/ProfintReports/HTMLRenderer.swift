import ProfintModel

/// Renders a ``ReportDocument`` as one standalone HTML page: inline CSS, print-friendly, every
/// text escaped (an answer of `<script>` shows as text).
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument, language: String) -> String {
        var body = "<h1>\(escape(document.title))</h1>\n"
        if let subtitle = document.subtitle { body += "<p class=\"subtitle\">\(escape(subtitle))</p>\n" }
        for block in document.blocks { body += render(block) }
        return """
            <!DOCTYPE html>
            <html lang="\(escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    private static func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let level, let text, let detail):
            let tag = "h\(min(max(level, 2), 5))"
            return "<\(tag)>\(escape(text))\(detail.map { " <span class=\"detail\">\(escape($0))</span>" } ?? "")</\(tag)>\n"
        case .paragraph(let text):
            return "<p>\(lines(text))</p>\n"
        case .aside(let text):
            return "<aside>\(lines(text))</aside>\n"
        case .facts(let pairs):
            return "<table class=\"facts\">\n" + pairs.map { "<tr><th scope=\"row\">\(escape($0.0))</th><td>\(escape($0.1))</td></tr>\n" }.joined() + "</table>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(lines($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let header, let rows, let rowHeaders):
            var html = "<table>\n<thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows {
                html += "<tr>" + row.enumerated().map { index, text in
                    rowHeaders && index == 0 ? "<th scope=\"row\">\(lines(text))</th>" : "<td>\(lines(text))</td>"
                }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>\n"
        case .answer(let question, let tags, let body, let level):
            let tagHTML = tags.map { "<span class=\"tag\">\(escape($0))</span>" }.joined(separator: " ")
            let tag = "h\(min(max(level, 3), 5))"
            return "<section class=\"answer\">\n<\(tag)>\(escape(question))\(tags.isEmpty ? "" : " " + tagHTML)</\(tag)>\n"
                + body.map(render).joined() + "</section>\n"
        case .figure(let svg, let caption):
            return "<figure>\n\(svg)\n<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
        }
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if character.unicodeScalars.contains(where: ContentLimits.isControl) { out += "\u{FFFD}" } else { out.append(character) }
            }
        }
        return out
    }

    private static func lines(_ text: String) -> String {
        escape(text).replacingAll("\n", with: "<br>\n")
    }

    static let style = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --accent: #2f5d8a; --soft: #f3f6fa; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; color: var(--accent); }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.02rem; margin: 1.2rem 0 .35rem; }
        h4, h5 { font-size: .98rem; margin: 1rem 0 .3rem; }
        .subtitle { color: var(--muted); margin-top: 0; }
        .detail { font-weight: normal; font-size: .85rem; color: var(--muted); }
        .tag { display: inline-block; font-size: .72rem; font-weight: 600; padding: 0 .4rem; border-radius: .6rem; background: var(--soft); color: var(--accent); border: 1px solid var(--line); vertical-align: middle; }
        table.facts { width: auto; background: var(--soft); border-radius: .4rem; }
        table.facts th, table.facts td { border: none; padding: .15rem 1rem .15rem .8rem; }
        aside { border-left: 4px solid #c98a1b; background: #fff8ea; padding: .5rem .9rem; margin: 1rem 0; }
        section.answer p, section.answer ul { margin-top: .2rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; }
        thead th { background: var(--soft); }
        tbody th { font-weight: 600; white-space: nowrap; }
        figure { margin: 1rem 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: .9rem; }
        @media print {
          body { font-size: 11pt; } main { max-width: none; padding: 0; }
          h2 { break-after: avoid; } section.answer, table, figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
