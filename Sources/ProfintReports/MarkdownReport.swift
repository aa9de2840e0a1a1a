import Foundation
import ProfintCore

/// The Markdown report of a session: the tool's structure, step by step, with planned and spent
/// minutes, each question and its answer (lists as lists, tables as tables), notes, and a
/// summary of the learning-process tags (P, S, L).
public struct MarkdownReport {
    public let view: SessionView
    public var language: String { view.record.language }

    public init(_ view: SessionView) { self.view = view }

    public func render() -> String {
        var out: [String] = []
        let record = view.record
        out.append("# \(view.tool.title.resolve(language))")
        out.append("")
        if let summary = view.tool.summary { out.append("_\(Markdown.escape(summary.resolve(language)))_"); out.append("") }
        out.append(contentsOf: header(record).map { "- \($0)" })
        out.append("")
        if view.toolChanged { out.append("> \(Phrases.text("tool changed", language))"); out.append("") }
        for (index, step) in view.tool.steps.enumerated() {
            out.append(contentsOf: section(step, number: index + 1))
        }
        let stray = view.entries.filter { $0.prompt == nil }
        if !stray.isEmpty {
            out.append("## \(Phrases.text("no longer asked", language))")
            out.append("")
            for entry in stray { out.append("- `\(entry.path)`: \(Markdown.escape(entry.value.map(AnswerText.plain) ?? Phrases.text("skipped", language)))") }
            out.append("")
        }
        out.append(contentsOf: timeTable())
        out.append(contentsOf: tagSummary())
        return out.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    private func header(_ record: SessionRecord) -> [String] {
        var lines = ["**\(Phrases.text("tool", language))**: `\(view.tool.id)`\(view.tool.version.map { " \($0)" } ?? "")"]
        if !record.id.isEmpty { lines.append("**\(Phrases.text("session", language))**: `\(record.id)`") }
        if let organisation = record.metadata.organisation { lines.append("**\(Phrases.text("organisation", language))**: \(Markdown.escape(organisation))") }
        if let facilitator = record.metadata.facilitator { lines.append("**\(Phrases.text("facilitator", language))**: \(Markdown.escape(facilitator))") }
        if !record.metadata.participants.isEmpty {
            lines.append("**\(Phrases.text("participants", language))**: \(record.metadata.participants.map(Markdown.escape).joined(separator: ", "))")
        }
        lines.append("**\(Phrases.text("language", language))**: \(record.language)")
        lines.append("**\(Phrases.text("started", language))**: \(Markdown.timestamp(record.startedAt))")
        if let ended = record.endedAt { lines.append("**\(Phrases.text("ended", language))**: \(Markdown.timestamp(ended))") }
        lines.append("**\(Phrases.text("status", language))**: \(Phrases.text(record.status.rawValue, language))")
        return lines
    }

    private func section(_ step: Step, number: Int) -> [String] {
        var out: [String] = []
        var heading = "## \(Phrases.text("step", language)) \(number). \(step.title.resolve(language))"
        let timing = [
            step.minutes.map { "\(Phrases.text("planned", language)) \(AnswerText.minutes($0, language: language))" },
            view.record.spent[step.id].map { "\(Phrases.text("spent", language)) \(AnswerText.minutes($0 / 60, language: language))" },
        ].compactMap { $0 }
        if !timing.isEmpty { heading += " (\(timing.joined(separator: ", ")))" }
        out.append(heading)
        out.append("")
        if let text = step.text { out.append(Markdown.escape(text.resolve(language))); out.append("") }
        for entry in view.entries(of: step) { out.append(contentsOf: answer(entry)) }
        let notes = view.record.notes.filter { $0.step == step.id }
        if !notes.isEmpty {
            out.append("**\(Phrases.text("notes", language))**")
            out.append("")
            for note in notes { out.append("- \(Markdown.escape(note.text))") }
            out.append("")
        }
        return out
    }

    private func answer(_ entry: SessionView.Entry) -> [String] {
        let question = entry.prompt?.question
        let title = entry.prompt?.text(in: language) ?? entry.path
        let tags = question.map { $0.tags.isEmpty ? "" : " [\($0.tags.joined(separator: ", "))]" } ?? ""
        var out = ["### \(Markdown.escape(title))\(tags)", ""]
        guard let value = entry.value else {
            out += ["_\(Phrases.text("skipped", language))_", ""]
            return out
        }
        switch (question?.kind, value) {
        case (.list?, .array(let items)):
            out += items.map { "- \(Markdown.escape(AnswerText.plain($0)))" }
        case (.multi?, .array(let items)):
            out += items.map { "- \(Markdown.escape(AnswerText.scalar(.array([$0]), for: question, language: language)))" }
        case (.table?, .array(let rows)):
            out += table(rows, question: question)
        default:
            out.append(Markdown.escape(AnswerText.scalar(value, for: question, language: language)))
        }
        out.append("")
        return out
    }

    private func table(_ rows: [JSONValue], question: Question?) -> [String] {
        guard let question else { return rows.map { "- \(Markdown.escape(AnswerText.plain($0)))" } }
        let labels = TableLayout.rowLabels(for: question, count: rows.count, language: language)
        var header = [""] + question.columns.map { $0.text.resolve(language) }
        if labels == nil { header.removeFirst() }
        var out = ["| " + header.map(Markdown.cell).joined(separator: " | ") + " |",
                   "|" + Array(repeating: " --- |", count: header.count).joined()]
        for (index, row) in rows.enumerated() {
            var cells = question.columns.map { column in
                row[column.id].map { AnswerText.scalar($0, for: column, language: language) } ?? ""
            }
            if let labels { cells.insert(labels[index], at: 0) }
            out.append("| " + cells.map(Markdown.cell).joined(separator: " | ") + " |")
        }
        return out
    }

    private func timeTable() -> [String] {
        let steps = view.tool.steps
        guard steps.contains(where: { $0.minutes != nil }) || !view.record.spent.isEmpty else { return [] }
        var out = ["## \(Phrases.text("time", language))", "",
                   "| \(Phrases.text("step", language)) | \(Phrases.text("planned", language)) | \(Phrases.text("spent", language)) |",
                   "| --- | --- | --- |"]
        for step in steps {
            let planned = step.minutes.map { AnswerText.minutes($0, language: language) } ?? ""
            let spent = view.record.spent[step.id].map { AnswerText.minutes($0 / 60, language: language) } ?? ""
            out.append("| \(Markdown.cell(step.title.resolve(language))) | \(planned) | \(spent) |")
        }
        let spentTotal = view.record.spent.values.reduce(0, +) / 60
        out.append("| **\(Phrases.text("total", language))** | \(AnswerText.minutes(view.tool.plannedMinutes, language: language)) | \(AnswerText.minutes(spentTotal, language: language)) |")
        out.append("")
        return out
    }

    private func tagSummary() -> [String] {
        var counts: [String: Int] = [:]
        for entry in view.entries where entry.value != nil {
            for tag in entry.prompt?.question.tags ?? [] { counts[tag, default: 0] += 1 }
        }
        guard !counts.isEmpty else { return [] }
        var out = ["## \(Phrases.text("learning processes", language))", ""]
        for tag in counts.keys.sorted() {
            let name = Phrases.text("tag.\(tag)", language)
            out.append("- \(name == "tag.\(tag)" ? tag : name): \(counts[tag] ?? 0) \(Phrases.text("questions", language))")
        }
        out.append("")
        return out
    }
}

/// How the rows of a table answer are named: the fixed rows' labels, or the tool's row label
/// numbered (Action 1, Action 2...); nil when the rows have no names.
public enum TableLayout {
    public static func rowLabels(for question: Question, count: Int, language: String) -> [String]? {
        if let rows = question.rows { return (0..<count).map { $0 < rows.count ? rows[$0].label.resolve(language) : "" } }
        if let label = question.rowLabel { return (0..<count).map { "\(label.resolve(language)) \($0 + 1)" } }
        return nil
    }
}

/// Markdown text helpers.
enum Markdown {
    /// Escapes what would turn an answer into markup or HTML: backslashes, code marks,
    /// emphasis stars, links and tags, and a heading or list mark at the start of a line.
    static func escape(_ text: String) -> String {
        var out = ""
        var lineStart = true
        for character in text {
            if "\\`*[]<>".contains(character) || (lineStart && "#>-+".contains(character)) { out.append("\\") }
            out.append(character)
            lineStart = character == "\n"
        }
        return out
    }

    /// A table cell: escaped, `|` too, on one line.
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
