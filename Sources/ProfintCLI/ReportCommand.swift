import ArgumentParser
import Foundation
import ProfintContent
import ProfintEngine
import ProfintFrontEnds
import ProfintModel
import ProfintReports
import ProfintStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report of a stored session, a methodological case, or a report across sessions.",
        discussion: """
            profint report ID --format md|html|json|dot|mermaid|svg [--out FILE]
              dot, mermaid and svg draw the graph a tool declares (the partner map); svg needs Graphviz.
            profint report --case WT1-ID WT2-ID    a WT1 and a WT2 session joined into a methodological case
            profint report --case WT2-ID           the same, the WT1 session taken from WT2's input
            profint report --all --tool TOOL       every item (needs, partners...) named in the tool's sessions, with counts
            """)

    @Argument(help: ArgumentHelp("Session ids.", valueName: "id")) var ids: [String] = []
    @Option(help: "The report's format (dot, mermaid and svg draw the tool's graph).")
    var format: ReportFormat = .md
    @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var out: String?
    @Flag(help: "Join a WT1 and a WT2 session into a methodological case.") var `case` = false
    @Flag(help: "Report across all the sessions of --tool.") var all = false
    @Option(help: ArgumentHelp("The tool, with --all.", valueName: "tool")) var tool: String?
    @Flag(help: "With --all: count sessions in progress and abandoned too, not only finished ones.")
    var includeUnfinished = false
    @OptionGroup var content: ContentOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if all && tool == nil { throw ValidationError("--all needs --tool TOOL") }
        if !all && ids.isEmpty { throw ValidationError("name a session id (profint sessions list shows them)") }
        if `case` && !(1...2).contains(ids.count) {
            throw ValidationError("--case takes a WT1 and a WT2 session id, or a WT2 session id")
        }
        if !`case` && !all && ids.count != 1 { throw ValidationError("one session id, or --case WT1 WT2") }
        if (`case` || all) && [.dot, .mermaid, .svg].contains(format) {
            throw ValidationError("--\(`case` ? "case" : "all") reports are md, html or json")
        }
    }

    func run() throws {
        let catalog = try content.catalog()
        let opened = try store.open()
        let text: String
        if all {
            text = try aggregate(catalog: catalog, store: opened)
        } else if `case` {
            text = try methodologicalCase(catalog: catalog, store: opened)
        } else {
            let view = try Self.view(of: try Self.record(ids[0], in: opened), catalog: catalog, store: opened,
                                     language: content.language)
            text = try SessionReport.render(view, as: format)
        }
        try emit(text)
    }

    private func methodologicalCase(catalog: Catalog, store: SessionStore) throws -> String {
        let followUp = try Self.record(ids.count == 2 ? ids[1] : ids[0], in: store)
        let followUpView = try Self.view(of: followUp, catalog: catalog, store: store, language: content.language)
        let planID: String
        if ids.count == 2 {
            planID = ids[0]
        } else if let linked = followUp.links.values.sorted().first {
            planID = linked
        } else {
            throw ProfintError.usage(
                "session \(followUp.id) does not start from a WT1 session: give both ids, --case WT1-ID WT2-ID")
        }
        let plan = try Self.record(planID, in: store)
        if let declared = followUpView.tool.inputs.first?.tool, declared != plan.tool {
            throw ProfintError.usage(
                "session \(plan.id) is a \(plan.tool) session, but \(followUp.tool) follows \(declared)")
        }
        let planView = try Self.view(of: plan, catalog: catalog, store: store, language: content.language)
        return try SessionReport.methodologicalCase(plan: planView, followUp: followUpView, as: format)
    }

    private func aggregate(catalog: Catalog, store: SessionStore) throws -> String {
        let toolID = tool ?? ""
        let loaded = try ToolLoader(catalog: catalog, limits: .default).load(toolID)
        let views = try store.sessions(tool: toolID).compactMap { summary -> SessionView? in
            guard includeUnfinished || summary.status == .complete, let record = try store.session(summary.id) else {
                return nil
            }
            return try Self.view(of: record, catalog: catalog, store: store, loaded: loaded, language: content.language)
        }
        let language = content.language.map { Language.choose($0) } ?? views.first?.record.language
            ?? loaded.tool.languages.first ?? "en"
        return try SessionReport.aggregate(
            try AggregateDocument(tool: loaded.tool, views: views, language: language), as: format)
    }

    private func emit(_ text: String) throws {
        guard let out else {
            StandardStream.output.write(text)
            return
        }
        do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch {
            throw ProfintError.io("\(out): cannot write the report: \(error.localizedDescription)")
        }
        Console.error("wrote \(out)")
    }

    static func record(_ id: String, in store: SessionStore) throws -> SessionRecord {
        guard let record = try store.session(id) else { throw ProfintError.noSuchSession(id) }
        return record
    }

    /// A stored session read through its tool, with the sessions it starts from as inputs; in
    /// `language` when given (`--lang`), else in the session's own.
    static func view(
        of record: SessionRecord, catalog: Catalog, store: SessionStore, loaded: LoadedTool? = nil,
        language: String? = nil
    ) throws -> SessionView {
        var record = record
        if let language { record.language = Language.choose(language) }
        let tool = try loaded ?? ToolLoader(catalog: catalog, limits: .default).load(record.tool)
        let inputs = try SessionInputs.resolve(record.links, for: tool.tool, from: store, lenient: true)
        return try SessionView(record: record, loaded: tool, inputs: inputs)
    }
}

extension ReportFormat: ArgumentValues {}
