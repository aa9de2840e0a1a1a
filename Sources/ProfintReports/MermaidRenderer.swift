import ProfintModel

/// Draws a tool's graph as a Mermaid flowchart: groups as subgraphs; nodes filled by kind
/// (classes kind0, kind1...), edges drawn by strength (dotted `-.->`, plain `-->` or thick `==>`,
/// with a width each), uncovered nodes in red dashes pointing to a gap, and a legend subgraph.
public enum MermaidRenderer {
    public static func render(_ graph: Graph) -> String {
        var ids: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() where ids[node.id] == nil { ids[node.id] = "n\(index)" }
        var lines = ["flowchart LR"]
        if let title = graph.title { lines.insert("---\ntitle: \(escape(title))\n---", at: 0) }
        var grouped: Set<String> = []
        func shape(_ node: Graph.Node, round: Bool) -> String {
            let label = "\"\(escape(node.label))\""
            return "\(ids[node.id] ?? "")" + (round ? "([\(label)])" : "[\(label)]")
        }
        for (index, group) in graph.groups.enumerated() {
            let members = graph.nodes.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph g\(index)[\"\(escape(group.label))\"]")
            for node in members {
                lines.append("    " + shape(node, round: false))
                grouped.insert(node.id)
            }
            lines.append("  end")
        }
        for node in graph.nodes where !grouped.contains(node.id) { lines.append("  " + shape(node, round: true)) }
        var links: [(index: Int, stroke: GraphStyle.Stroke)] = [], count = 0
        func link(_ from: String, _ to: String, label: String?, stroke: GraphStyle.Stroke?) -> String {
            defer { count += 1 }
            if let stroke { links.append((count, stroke)) }
            let arrow = stroke.map { $0.pattern == .solid ? ($0.width >= 3 ? "==>" : "-->") : "-.->" } ?? "-->"
            return "  \(from) \(arrow)\(label.map { "|\"\(escape($0))\"|" } ?? "") \(to)"
        }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            let stroke = edge.strength.map { GraphStyle.stroke($0, of: graph.strengths.count) }
            lines.append(link(from, to, label: edge.label, stroke: stroke))
        }
        let uncovered = graph.nodes.filter(\.uncovered).compactMap { ids[$0.id] }
        var gapLinks: [Int] = []
        if !uncovered.isEmpty {
            lines.append("  gap((\"?\"))")
            for id in uncovered {
                gapLinks.append(count)
                lines.append("  \(id) -.- gap")
                count += 1
            }
        }
        if graph.hasLegend {
            lines.append("  subgraph legend[\"\(escape(graph.legend.title))\"]")
            for kind in graph.usedKinds {
                let index = graph.kinds.firstIndex(of: kind) ?? 0
                lines.append("    legend_kind\(index)[\"\(escape(kind.label))\"]:::kind\(index)")
            }
            if graph.edges.contains(where: { $0.strength != nil }) {
                lines.append("    legend_strengths[\"\(escape(graph.legend.strengths))\"]:::caption")
                for (offset, words) in graph.strengths.enumerated() {
                    lines.append("  " + link("legend_point\(offset + 1)[\"\(offset + 1)\"]:::caption",
                                             "legend_words\(offset + 1)[\"\(escape(words))\"]:::caption", label: nil,
                                             stroke: GraphStyle.stroke(offset + 1, of: graph.strengths.count)))
                }
            }
            if !uncovered.isEmpty {
                lines.append("    legend_uncovered[\"\(escape(graph.legend.uncovered))\"]:::uncovered")
            }
            lines.append("  end")
        }
        lines += styles(graph, uncovered: uncovered, gapLinks: gapLinks, strokes: links)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The classes and link styles: a fill per kind in use, red dashes for uncovered nodes and
    /// their links to the gap, a width and pattern per strength.
    private static func styles(_ graph: Graph, uncovered: [String], gapLinks: [Int],
                               strokes: [(index: Int, stroke: GraphStyle.Stroke)]) -> [String] {
        var lines: [String] = []
        let kinds = graph.usedKinds
        for kind in kinds {
            let index = graph.kinds.firstIndex(of: kind) ?? 0
            lines.append("  classDef kind\(index) fill:\(GraphStyle.kindFill(index)),stroke:\(GraphStyle.accent),"
                + "color:\(GraphStyle.ink)")
            let members = graph.nodes.enumerated()
                .filter { $0.element.kind == kind.id && !$0.element.uncovered }.map { "n\($0.offset)" }
            if !members.isEmpty { lines.append("  class \(members.joined(separator: ",")) kind\(index)") }
        }
        if graph.hasLegend { lines.append("  classDef caption fill:none,stroke:none,color:\(GraphStyle.ink)") }
        if !uncovered.isEmpty {
            lines.append("  classDef uncovered fill:\(GraphStyle.uncoveredFill),stroke:\(GraphStyle.uncoveredInk),"
                + "stroke-width:2px,stroke-dasharray:5 4,color:\(GraphStyle.uncoveredInk)")
            lines.append("  class \(uncovered.joined(separator: ",")),gap uncovered")
            let indexes = gapLinks.map(String.init).joined(separator: ",")
            lines.append(
                "  linkStyle \(indexes) stroke:\(GraphStyle.uncoveredInk),stroke-width:2px,stroke-dasharray:5 4")
        }
        for (index, stroke) in strokes {
            let dashes = [.dotted: ",stroke-dasharray:2 3", .dashed: ",stroke-dasharray:6 4"][stroke.pattern] ?? ""
            let width = DOTRenderer.format(stroke.width)
            lines.append("  linkStyle \(index) stroke:\(stroke.colour),stroke-width:\(width)px\(dashes)")
        }
        return lines
    }

    /// Mermaid labels in quotes take entity codes for quotes, angle brackets and `%` (so that
    /// `%%{init: …}%%` or a `%%` comment in an answer stays text), and hold one line.
    static func escape(_ text: String) -> String {
        text.replacingAll("#", with: "#35;").replacingAll("\"", with: "#quot;").replacingAll("<", with: "#lt;")
            .replacingAll(">", with: "#gt;").replacingAll("%", with: "#37;").replacingAll("\n", with: " ")
    }
}
