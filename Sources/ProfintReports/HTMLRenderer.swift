import ProfintModel

/// Renders a ``ReportDocument`` as one standalone HTML page: inline CSS, print-friendly, every
/// text escaped (an answer of `<script>` shows as text).
public enum HTMLRenderer {
    /// The page of `document`, its `lang` the document's language.
    public static func render(_ document: ReportDocument) -> String {
        var body = "<h1>\(escape(document.title))</h1>\n"
        if let subtitle = document.subtitle { body += "<p class=\"subtitle\">\(escape(subtitle))</p>\n" }
        for block in document.blocks { body += render(block) }
        return """
            <!DOCTYPE html>
            <html lang="\(escape(document.language))">
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
            return "<\(tag)>\(escape(text))"
                + "\(detail.map { " <span class=\"detail\">\(escape($0))</span>" } ?? "")</\(tag)>\n"
        case .paragraph(let text):
            return "<p>\(lines(text))</p>\n"
        case .aside(let text):
            return "<aside>\(lines(text))</aside>\n"
        case .facts(let pairs):
            return "<table class=\"facts\">\n"
                + pairs.map { "<tr><th scope=\"row\">\(escape($0.0))</th><td>\(escape($0.1))</td></tr>\n" }.joined()
                + "</table>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(lines($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let header, let rows, let rowHeaders, let unbroken):
            func cell(_ tag: String, _ index: Int, _ content: String, scope: String? = nil) -> String {
                let attributes = (scope.map { " scope=\"\($0)\"" } ?? "")
                    + (unbroken.contains(index) ? " class=\"n\"" : "")
                return "<\(tag)\(attributes)>\(content)</\(tag)>"
            }
            var html = "<table>\n<thead><tr>"
                + header.enumerated().map { cell("th", $0.offset, escape($0.element), scope: "col") }.joined()
                + "</tr></thead>\n<tbody>\n"
            for row in rows {
                html += "<tr>" + row.enumerated().map { index, text in
                    rowHeaders && index == 0 ? cell("th", index, lines(text), scope: "row")
                        : cell("td", index, lines(text))
                }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>\n"
        case .answer(let question, let tags, let body, let level):
            let tagHTML = tags.map { "<span class=\"tag\">\(escape($0))</span>" }.joined(separator: " ")
            let tag = "h\(min(max(level, 3), 5))"
            return "<section class=\"answer\">\n"
                + "<\(tag)>\(escape(question))\(tags.isEmpty ? "" : " " + tagHTML)</\(tag)>\n"
                + body.map(render).joined() + "</section>\n"
        case .figure(let svg, let title):
            return "<section class=\"figure\">\n<h2>\(escape(title))</h2>\n"
                + "<figure role=\"img\" aria-label=\"\(escape(title))\">\n"
                + "\(svg)\n</figure>\n</section>\n"
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
                if character.unicodeScalars.contains(where: ContentLimits.isControl) {
                    out += "\u{FFFD}"
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    private static func lines(_ text: String) -> String {
        escape(text).replacingAll("\n", with: "<br>\n")
    }

    /// The page's CSS: for the screen, then for print (A4, margins, nothing wider than the text
    /// column, headings kept with what follows, the map scaled to the page).
    static let style = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --accent: #2f5d8a; --soft: #f3f6fa; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; color: var(--accent); }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.02rem; margin: 1.2rem 0 .35rem; }
        h4, h5 { font-size: .98rem; margin: 1rem 0 .3rem; }
        .subtitle { color: var(--muted); margin-top: 0; }
        .detail { font-weight: normal; font-size: .85rem; color: var(--muted); white-space: nowrap; }
        .tag { display: inline-block; font-size: .72rem; font-weight: 600; padding: 0 .4rem; border-radius: .6rem; background: var(--soft); color: var(--accent); border: 1px solid var(--line); vertical-align: middle; }
        table.facts { width: auto; background: var(--soft); border-radius: .4rem; }
        table.facts th, table.facts td { border: none; padding: .15rem 1rem .15rem .8rem; }
        table.facts th { white-space: nowrap; }
        aside { border-left: 4px solid #c98a1b; background: #fff8ea; padding: .5rem .9rem; margin: 1rem 0; }
        section.answer p, section.answer ul { margin-top: .2rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
        th.n, td.n { white-space: nowrap; width: 1%; overflow-wrap: normal; }
        thead th { background: var(--soft); }
        tbody th { font-weight: 600; overflow-wrap: break-word; hyphens: manual; }
        figure { margin: 1rem 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
        @page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #5b6475; } }
        @media print {
          html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 10.5pt; line-height: 1.4; } main { max-width: none; margin: 0; padding: 0; }
          h1 { font-size: 18pt; } h2 { font-size: 13.5pt; margin: 1.4rem 0 .5rem; } h3 { font-size: 11pt; } h4, h5 { font-size: 10.5pt; }
          h1, h2, h3, h4, h5 { break-after: avoid; break-inside: avoid; }
          p, li, aside { orphans: 3; widows: 3; }
          section.answer, aside, table, tr, figure, section.figure { break-inside: avoid; }
          table { font-size: 9.5pt; } thead { display: table-header-group; }
          th, td { padding: .25rem .4rem; }
          figure svg { width: 100%; max-height: 235mm; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
