/// Markdown for the terminal: headings, lists, quotes and emphasis, wrapped to the width.
/// Enough for case texts and exercises; not a full CommonMark renderer.
public enum MarkdownTerminal {
    public static func render(_ markdown: String, width: Int, style: TerminalStyle) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        /// A list item being read: its bullet and its lines (an item may run over several lines).
        var item: (bullet: String, lines: [String])?
        func flush() {
            if let open = item {
                let body = inline(open.lines.joined(separator: " "), style)
                out.append(TextWrap.wrap(body, width: width,
                                         indent: String(repeating: " ", count: open.bullet.count + 2),
                                         firstIndent: "  " + open.bullet))
                item = nil
            }
            guard !paragraph.isEmpty else { return }
            out.append(TextWrap.wrap(inline(paragraph.joined(separator: " "), style), width: width))
            paragraph = []
        }
        for raw in markdown.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
                if out.last != "" { out.append("") }
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let level = line.prefix { $0 == "#" }.count
                let text = inline(String(line.dropFirst(level)).trimmingCharacters(in: .whitespaces), style)
                out.append(level == 1 ? style.heading(text.uppercased()) : style.bold(text))
                if level <= 2 {
                    out.append(style.dim(String(repeating: level == 1 ? "═" : "─",
                                                count: min(width, max(text.count, 3)))))
                }
                continue
            }
            if let marker = listMarker(line) {
                flush()
                let bullet = marker.first?.isNumber == true ? marker.trimmingCharacters(in: .whitespaces) + " " : "• "
                item = (bullet, [String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)])
                continue
            }
            if item != nil, !line.hasPrefix(">") {
                item?.lines.append(line)  // the item goes on: it keeps its hanging indent
                continue
            }
            if line.hasPrefix(">") {
                flush()
                out.append(TextWrap.wrap(inline(String(line.dropFirst()).trimmingCharacters(in: .whitespaces), style),
                                         width: width, indent: "│ "))
                continue
            }
            paragraph.append(line)
        }
        flush()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    private static func listMarker(_ line: String) -> String? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return bullet }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return String(digits) + ". " }
        return nil
    }

    /// `**bold**`, `*italic*`, `_italic_` and `` `code` `` without their marks, styled when colours are on.
    static func inline(_ text: String, _ style: TerminalStyle) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                result += style.bold(String(rest[rest.index(index, offsetBy: 2)..<end.lowerBound]))
                index = end.upperBound
                continue
            }
            let character = text[index]
            if character == "*" || character == "_" || character == "`",
               let end = rest.dropFirst().firstIndex(of: character), end > text.index(after: index) {
                let inner = String(text[text.index(after: index)..<end])
                let wordStart = index == text.startIndex || text[text.index(before: index)] == " "
                    || text[text.index(before: index)] == "("
                if wordStart && !inner.hasPrefix(" ") {
                    result += character == "`" ? style.accent(inner) : style.italic(inner)
                    index = text.index(after: end)
                    continue
                }
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result
    }
}
