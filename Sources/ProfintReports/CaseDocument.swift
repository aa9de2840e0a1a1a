import Foundation
import ProfintEngine
import ProfintModel

/// A methodological case: a WT1 (planning) session and a WT2 (follow-up) session joined into
/// the document partners publish: the context, the plan, the actions planned beside what was
/// done, and the evaluation.
public struct CaseDocument {
    public let plan: SessionView
    public let followUp: SessionView
    /// Where the reader is: times read in this zone.
    public let zone: ReaderZone

    public init(plan: SessionView, followUp: SessionView, zone: ReaderZone = .local) {
        self.plan = plan
        self.followUp = followUp
        self.zone = zone
    }

    public var language: String { followUp.record.language }

    public func build() -> ReportDocument {
        let organisation = plan.record.metadata.organisation ?? followUp.record.metadata.organisation
        var document = ReportDocument(
            title: organisation.map { Phrases.text("methodological case of", language, ["organisation": $0]) }
                ?? Phrases.text("methodological case", language),
            subtitle: "\(plan.tool.title.resolve(language)) · \(followUp.tool.title.resolve(language))")
        document.language = language
        var facts: [(String, String)] = []
        if let organisation { facts.append((Phrases.text("organisation", language), organisation)) }
        let facilitators = Set(
            [plan.record.metadata.facilitator, followUp.record.metadata.facilitator].compactMap { $0 })
        if !facilitators.isEmpty {
            facts.append((Phrases.text("facilitator", language), facilitators.sorted().joined(separator: ", ")))
        }
        let participants = plan.record.metadata.participants
            + followUp.record.metadata.participants.filter { !plan.record.metadata.participants.contains($0) }
        if !participants.isEmpty {
            facts.append((Phrases.text("participants", language), participants.joined(separator: ", ")))
        }
        for (key, view) in [("planning session", plan), ("follow-up session", followUp)] {
            let started = LocalTime.text(view.record.startedAt, language: language, zone: zone)
            facts.append((Phrases.text(key, language), "\(view.record.id) · \(started)"))
        }
        let sources = [plan.tool, followUp.tool].compactMap { tool in
            tool.provenance.map { Phrases.label(tool.id, language) + " " + $0.resolve(language) }
        }
        if !sources.isEmpty { facts.append((Phrases.text("provenance", language), sources.joined(separator: " · "))) }
        document.blocks.append(.facts(facts))
        document.blocks.append(.heading(level: 2, text: "1. " + plan.tool.title.resolve(language), detail: nil))
        document.blocks += body(of: plan, language: language)
        if let joined = joinedActions() {
            document.blocks.append(.heading(level: 2, text: "2. " + Phrases.text("planned and done", language),
                                            detail: nil))
            document.blocks.append(joined)
        }
        document.blocks.append(.heading(
            level: 2, text: "\(joinedActions() == nil ? 2 : 3). " + followUp.tool.title.resolve(language), detail: nil))
        document.blocks += body(of: followUp, language: language)
        return document
    }

    /// A session's answers step by step, one level down.
    private func body(of view: SessionView, language: String) -> [ReportDocument.Block] {
        let sections = SessionDocument(view, zone: zone)
        return view.tool.steps.enumerated().flatMap { index, step -> [ReportDocument.Block] in
            sections.section(step, number: index + 1).map { block in
                if case .heading(2, let text, let detail) = block {
                    return .heading(level: 3, text: text, detail: detail)
                }
                if case .answer(let question, let tags, let answerBody, _) = block {
                    return .answer(question: question, tags: tags, body: answerBody, level: 4)
                }
                if case .heading(3, let text, let detail) = block {
                    return .heading(level: 4, text: text, detail: detail)
                }
                return block
            }
        }
    }

    /// The actions table of the plan beside the actions table of the follow-up, row by row,
    /// when both sessions have one: the follow-up's table with named rows (Action 1...), and the
    /// plan's table whose rows are named the same way (else its last table).
    func joinedActions() -> ReportDocument.Block? {
        let doneTables = tables(in: followUp), plannedTables = tables(in: plan)
        guard let done = doneTables.first(where: { $0.question.rowLabel != nil }) ?? doneTables.first else {
            return nil
        }
        let label = done.question.rowLabel?.resolve(language)
        guard let planned = plannedTables.last(
                  where: { label != nil && $0.question.rowLabel?.resolve(language) == label }) ?? plannedTables.last
        else { return nil }
        let count = max(planned.rows.count, done.rows.count)
        guard count > 0 else { return nil }
        let labels = AnswerLayout.rowLabels(for: done.question, count: count, language: language)
            ?? AnswerLayout.rowLabels(for: planned.question, count: count, language: language)
            ?? (1...count).map(String.init)
        let header = [""] + planned.question.columns.map { $0.text.resolve(plan.record.language) }
            + done.question.columns.map { $0.text.resolve(language) }
        let rows = (0..<count).map { index -> [String] in
            let left = planned.question.columns.map { column in
                index < planned.rows.count
                    ? planned.rows[index][column.id].map {
                        AnswerText.scalar($0, for: column, language: plan.record.language)
                    } ?? ""
                    : ""
            }
            let right = done.question.columns.map { column in
                index < done.rows.count
                    ? done.rows[index][column.id].map { AnswerText.scalar($0, for: column, language: language) } ?? ""
                    : ""
            }
            return [labels[index]] + left + right
        }
        return .table(header: header, rows: rows, rowHeaders: true)
    }

    /// The table answers of a session, in the order asked.
    private func tables(in view: SessionView) -> [(question: Question, rows: [JSONValue])] {
        view.entries.compactMap { entry in
            guard let question = entry.prompt?.question, question.kind == .table,
                  let rows = entry.value?.arrayValue else { return nil }
            return (question, rows)
        }
    }
}
