import Foundation
import ProfintEngine
import ProfintModel

/// Builds the report of one session: the tool's structure step by step with planned and spent
/// minutes, each question and its answer (lists as lists, tables as tables), notes, the time
/// table and the summary of learning-process tags (P, S, L). Times read in the session's language
/// and in `zone`.
public struct SessionDocument {
    public let view: SessionView
    public let zone: ReaderZone
    public var language: String { view.record.language }

    public init(_ view: SessionView, zone: ReaderZone = .local) {
        self.view = view
        self.zone = zone
    }

    public func build() -> ReportDocument {
        var document = ReportDocument(title: view.tool.title.resolve(language),
                                      subtitle: view.tool.summary?.resolve(language))
        document.language = language
        document.blocks.append(.facts(facts()))
        if view.toolChanged { document.blocks.append(.aside(Phrases.text("tool changed", language))) }
        for (index, step) in view.tool.steps.enumerated() { document.blocks += section(step, number: index + 1) }
        let stray = view.entries.filter { $0.prompt == nil }.map { ($0.path, $0.value) }
            + view.record.kept.map { ($0.path, $0.value) }
        if !stray.isEmpty {
            document.blocks.append(.heading(level: 2, text: Phrases.text("no longer asked", language), detail: nil))
            document.blocks.append(.list(
                stray.map {
                    Phrases.label($0.0.description, language) + " "
                        + "\($0.1.map(AnswerText.plain) ?? Phrases.text("skipped", language))"
                }))
        }
        document.blocks += timeTable()
        document.blocks += tagSummary()
        return document
    }

    func facts() -> [(String, String)] {
        let record = view.record
        var facts = [(
            Phrases.text("tool", language),
            view.tool.version.map { Phrases.text("tool version", language, ["tool": view.tool.id, "version": $0]) }
                ?? view.tool.id)]
        if let provenance = view.tool.provenance {
            facts.append((Phrases.text("provenance", language), provenance.resolve(language)))
        }
        if !record.id.isEmpty { facts.append((Phrases.text("session", language), record.id)) }
        if let organisation = record.metadata.organisation {
            facts.append((Phrases.text("organisation", language), organisation))
        }
        if let facilitator = record.metadata.facilitator {
            facts.append((Phrases.text("facilitator", language), facilitator))
        }
        if !record.metadata.participants.isEmpty {
            facts.append((Phrases.text("participants", language), record.metadata.participants.joined(separator: ", ")))
        }
        facts.append((Phrases.text("language", language), record.language))
        facts.append((Phrases.text("started", language),
                      LocalTime.text(record.startedAt, language: language, zone: zone)))
        if let ended = record.endedAt {
            facts.append((Phrases.text("ended", language), LocalTime.text(ended, language: language, zone: zone)))
        }
        facts.append((Phrases.text("status", language), Phrases.text(record.status.rawValue, language)))
        return facts
    }

    func section(_ step: Step, number: Int) -> [ReportDocument.Block] {
        let timing = [
            step.minutes.map {
                Phrases.text("planned duration", language, ["duration": AnswerText.minutes($0, language: language)])
            },
            spent(step).map { Phrases.text("spent duration", language, ["duration": $0]) },
        ].compactMap { $0 }
        var blocks: [ReportDocument.Block] = [.heading(
            level: 2, text: Phrases.text("step heading", language,
                                         ["number": "\(number)", "title": step.title.resolve(language)]),
            detail: timing.isEmpty ? nil : timing.joined(separator: ", "))]
        if let text = step.text { blocks.append(.paragraph(text.resolve(language))) }
        for entry in view.entries(of: step) { blocks.append(answer(entry)) }
        let notes = view.record.notes.filter { $0.step == step.id }.map(\.text)
        if !notes.isEmpty {
            blocks.append(.heading(level: 3, text: Phrases.text("notes", language), detail: nil))
            blocks.append(.list(notes))
        }
        return blocks
    }

    func answer(_ entry: SessionView.Entry) -> ReportDocument.Block {
        let question = entry.prompt?.question
        let text = entry.prompt?.text(in: language) ?? entry.path.description
        var body = AnswerLayout.body(entry.value, for: question, language: language)
        var heading = text
        // A question written over several lines: its first line heads the answer, the rest leads it.
        // (Most are one line: a line feed byte is looked for before a split by Characters.)
        if ByteSearch.contains(text, "\n") {
            let lines = text.split(separator: "\n", maxSplits: 1).map(String.init)
            heading = lines.first ?? text
            if lines.count > 1 { body.insert(.aside(lines[1].trimmingSpacesAndLineBreaks), at: 0) }
        }
        return .answer(question: heading, tags: question?.tags ?? [], body: body)
    }

    func timeTable() -> [ReportDocument.Block] {
        let steps = view.tool.steps
        guard steps.contains(where: { $0.minutes != nil }) || !view.record.spent.isEmpty else { return [] }
        var rows = steps.map { step in
            [step.title.resolve(language),
             step.minutes.map { AnswerText.minutes($0, language: language) } ?? "",
             spent(step) ?? ""]
        }
        let spentTotal = view.record.spent.values.reduce(0, +)
        rows.append([Phrases.text("total", language), AnswerText.minutes(view.tool.plannedMinutes, language: language),
                     spentTotal >= 30 ? AnswerText.minutes(spentTotal / 60, language: language) : ""])
        return [.heading(level: 2, text: Phrases.text("time", language), detail: nil),
                .table(header: [Phrases.text("step", language), Phrases.text("planned", language),
                                Phrases.text("spent", language)],
                       rows: rows, rowHeaders: true, unbroken: [1, 2])]
    }

    /// The time spent in a step, when there is any to speak of (a headless run spends none).
    func spent(_ step: Step) -> String? {
        guard let seconds = view.record.spent[step.id], seconds >= 30 else { return nil }
        return AnswerText.minutes(seconds / 60, language: language)
    }

    func tagSummary() -> [ReportDocument.Block] {
        var counts: [String: Int] = [:]
        for entry in view.entries where entry.value != nil {
            for tag in entry.prompt?.question.tags ?? [] { counts[tag, default: 0] += 1 }
        }
        guard !counts.isEmpty else { return [] }
        let lines = counts.keys.sorted().map { tag -> String in
            let name = Phrases.text("tag.\(tag)", language)
            return "\(name == "tag.\(tag)" ? tag : name) "
                + "(\(Phrases.plural("question count", count: counts[tag] ?? 0, language)))"
        }
        return [.heading(level: 2, text: Phrases.text("learning processes", language), detail: nil), .list(lines)]
    }
}

/// Pieces every report shares: how an answer is laid out.
public enum AnswerLayout {
    /// The blocks that show one answer: a list for lists and multi, a table for tables, else a paragraph.
    public static func body(_ value: JSONValue?, for question: Question?, language: String) -> [ReportDocument.Block] {
        guard let value else { return [.paragraph(Phrases.text("skipped", language))] }
        switch (question?.kind, value) {
        case (.list?, .array(let items)):
            return [.list(items.map(AnswerText.plain))]
        case (.multi?, .array(let items)):
            return [.list(items.map { AnswerText.scalar(.array([$0]), for: question, language: language) })]
        case (.table?, .array(let rows)):
            guard let question else { return [.list(rows.map(AnswerText.plain))] }
            let labels = rowLabels(for: question, count: rows.count, language: language)
            var header = question.columns.map { $0.text.resolve(language) }
            var cells = rows.map { row in
                question.columns.map { column in
                    row[column.id].map { AnswerText.scalar($0, for: column, language: language) } ?? ""
                }
            }
            if let labels {
                header.insert("", at: 0)
                cells = cells.enumerated().map { [labels[$0.offset]] + $0.element }
            }
            return [.table(header: header, rows: cells, rowHeaders: labels != nil)]
        default:
            return [.paragraph(AnswerText.scalar(value, for: question, language: language))]
        }
    }

    /// How the rows of a table answer are named: the fixed rows' labels, or the tool's row label
    /// numbered (Action 1, Action 2...); nil when the rows have no names.
    public static func rowLabels(for question: Question, count: Int, language: String) -> [String]? {
        guard question.rows != nil || question.rowLabel != nil else { return nil }
        return (0..<count).map { question.rowName($0, language: language) ?? "" }
    }
}
