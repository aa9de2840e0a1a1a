import Foundation
import ProfintEngine
import ProfintModel

/// The formats of a report.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json, dot, mermaid, svg

    /// Formats that draw a tool's graph only.
    public var isGraph: Bool { self == .dot || self == .mermaid || self == .svg }
}

/// Reports, assembled: a session, a methodological case (WT1 and WT2 joined), or a tool's
/// sessions taken together, in any format. The one place front ends and commands get a report.
public enum SessionReport {
    /// The report of one session. HTML carries the tool's graph as an SVG figure when Graphviz
    /// is installed; the graph formats need a tool that declares a graph. Markdown and HTML give
    /// times in `zone` (JSON keeps them in UTC).
    public static func render(
        _ view: SessionView, as format: ReportFormat, zone: ReaderZone = .local
    ) throws -> String {
        switch format {
        case .md: return MarkdownRenderer.render(SessionDocument(view, zone: zone).build())
        case .html:
            var document = SessionDocument(view, zone: zone).build()
            if let graph = try view.graph(),
               let svg = try? SVGRenderer.render(dot: DOTRenderer.render(graph, titled: false)) {
                let title = graph.title ?? Phrases.text("partner map", view.record.language)
                document.blocks.append(.figure(svg: inlineSVG(svg), title: title))
            }
            return HTMLRenderer.render(document)
        case .json: return try JSONReport.render(view).jsonText(pretty: true) + "\n"
        case .dot, .mermaid, .svg:
            guard let graph = try view.graph() else {
                throw ProfintError.usage("\(view.tool.id) declares no graph: its reports are md, html or json")
            }
            if format == .mermaid { return MermaidRenderer.render(graph) }
            let dot = DOTRenderer.render(graph)
            if format == .dot { return dot }
            do { return try SVGRenderer.render(dot: dot) } catch let error as SVGRenderer.Unavailable {
                throw ProfintError.io(error.reason)
            }
        }
    }

    /// A WT1 (plan) and a WT2 (follow-up) session joined into a methodological case.
    public static func methodologicalCase(
        plan: SessionView, followUp: SessionView, as format: ReportFormat, zone: ReaderZone = .local
    ) throws -> String {
        try render(CaseDocument(plan: plan, followUp: followUp, zone: zone).build(), as: format) {
            var value = try JSONReport.render(followUp)
            if case .object(var fields) = value {
                fields["plan"] = try JSONReport.render(plan)
                fields["follow_up"] = fields["session"]
                value = .object(fields)
            }
            return value
        }
    }

    /// Every item named across the sessions of a tool, with counts.
    public static func aggregate(_ aggregate: AggregateDocument, as format: ReportFormat) throws -> String {
        try render(aggregate.build(), as: format) { aggregate.json() }
    }

    private static func render(
        _ document: ReportDocument, as format: ReportFormat, json: () throws -> JSONValue
    ) throws -> String {
        switch format {
        case .html: return HTMLRenderer.render(document)
        case .json: return try json().jsonText(pretty: true) + "\n"
        case .md: return MarkdownRenderer.render(document)
        case .dot, .mermaid, .svg: throw ProfintError.usage("reports of several sessions are md, html or json")
        }
    }

    /// SVG from dot, without its XML prologue, to sit inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
