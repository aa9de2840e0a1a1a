import ProfintModel

/// Draws a tool's graph (the partner map) in Graphviz DOT: groups as clusters, left to right;
/// nodes filled by kind, edges drawn by strength, uncovered nodes in red dashes pointing to a
/// gap, and a legend of what is used.
public enum DOTRenderer {
    /// - Parameter titled: whether the drawing carries the graph's title (not when a page heads it).
    public static func render(_ graph: Graph, titled: Bool = true) -> String {
        let title = titled ? graph.title : nil
        var lines = ["digraph \"\(escape(title ?? "map"))\" {",
                     "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.18, ranksep=0.45, \(caption(graph, title: title))];",
                     "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f3f6fa\", color=\"\(GraphStyle.accent)\", "
                         + "fontname=\"Helvetica\", fontsize=13, margin=\"0.12,0.05\"];",
                     "  edge [color=\"\(GraphStyle.line)\", fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];"]
        let kindIndex = Dictionary(graph.kinds.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func attributes(_ node: Graph.Node, fill: String) -> String {
            var parts = ["label=\"\(escape(GraphStyle.wrapped(node.label)))\""]
            if node.uncovered {
                parts += ["style=\"rounded,filled,dashed\"", "penwidth=2", "color=\"\(GraphStyle.uncoveredInk)\"",
                          "fontcolor=\"\(GraphStyle.uncoveredInk)\"", "fillcolor=\"\(GraphStyle.uncoveredFill)\""]
            } else {
                parts.append("fillcolor=\"\(node.kind.flatMap { kindIndex[$0] }.map(GraphStyle.kindFill) ?? fill)\"")
            }
            return parts.joined(separator: ", ")
        }
        var grouped: Set<String> = []
        for (index, group) in graph.groups.enumerated() {
            let members = graph.nodes.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph \"cluster_\(escape(group.id))\" {")
            lines.append("    label=\"\(escape(group.label))\"; style=\"rounded\"; color=\"\(GraphStyle.frame)\"; fontsize=13; labelloc=t;")
            for node in members {
                lines.append("    \"\(escape(node.id))\" [\(attributes(node, fill: GraphStyle.groupFill(index)))];")
                grouped.insert(node.id)
            }
            lines.append("  }")
        }
        for node in graph.nodes where !grouped.contains(node.id) {
            let own = node.kind == nil && !node.uncovered ? ", fillcolor=\"\(GraphStyle.accent)\", fontcolor=\"white\"" : ""
            lines.append("  \"\(escape(node.id))\" [\(attributes(node, fill: GraphStyle.accent))\(own)];")
        }
        for edge in graph.edges {
            var parts = edge.label.map { ["label=\"\(escape($0))\""] } ?? []
            if let point = edge.strength { parts += strokeAttributes(GraphStyle.stroke(point, of: graph.strengths.count)) }
            lines.append("  \"\(escape(edge.from))\" -> \"\(escape(edge.to))\"\(parts.isEmpty ? "" : " [\(parts.joined(separator: ", "))]");")
        }
        let uncovered = graph.nodes.filter(\.uncovered)
        if !uncovered.isEmpty {
            let gap = GraphStyle.freshPrefix("profint-gap", in: graph)
            lines.append("  \"\(gap)\" [label=\"?\", shape=circle, style=\"dashed\", penwidth=2, color=\"\(GraphStyle.uncoveredInk)\", "
                + "fontcolor=\"\(GraphStyle.uncoveredInk)\", fontsize=16];")
            for node in uncovered {
                lines.append("  \"\(escape(node.id))\" -> \"\(gap)\" [style=dashed, color=\"\(GraphStyle.uncoveredInk)\", arrowhead=none];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The graph's label, under the drawing: its title (when `title` is given) and its legend, as
    /// a Graphviz HTML-like table, or a plain label when there is no legend.
    static func caption(_ graph: Graph, title: String?) -> String {
        guard graph.hasLegend else {
            return title.map { "labelloc=t, label=\"\(escape($0))\"" } ?? "label=\"\""
        }
        var rows: [String] = []
        if let title { rows.append("<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"16\"><B>\(html(title))</B></FONT></TD></TR>") }
        var left: [String] = [], right: [String] = []
        let heading = { (text: String) in "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(html(GraphStyle.wrapped(text, width: 40)))</B></TD></TR>" }
        let kinds = graph.usedKinds
        if !kinds.isEmpty {
            left.append(heading(graph.legend.kinds))
            for kind in kinds {
                let index = graph.kinds.firstIndex(of: kind) ?? 0
                left.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BGCOLOR=\"\(GraphStyle.kindFill(index))\" STYLE=\"rounded\" BORDER=\"1\" "
                    + "COLOR=\"\(GraphStyle.accent)\">\(html(GraphStyle.wrapped(kind.label, width: 30)))</TD></TR>")
            }
        }
        if graph.nodes.contains(where: \.uncovered) {
            left.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BGCOLOR=\"\(GraphStyle.uncoveredFill)\" STYLE=\"rounded,dashed\" BORDER=\"2\" "
                + "COLOR=\"\(GraphStyle.uncoveredInk)\"><FONT COLOR=\"\(GraphStyle.uncoveredInk)\">"
                + "\(html(GraphStyle.wrapped(graph.legend.uncovered, width: 30)))</FONT></TD></TR>")
        }
        if graph.edges.contains(where: { $0.strength != nil }) {
            right.append(heading(graph.legend.strengths))
            for (offset, words) in graph.strengths.enumerated() {
                let stroke = GraphStyle.stroke(offset + 1, of: graph.strengths.count)
                let line = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD HEIGHT=\"9\" WIDTH=\"44\" SIDES=\"B\" "
                    + "BORDER=\"\(max(1, Int(stroke.width.rounded())))\" STYLE=\"\(stroke.pattern.rawValue)\" COLOR=\"\(stroke.colour)\"></TD></TR>"
                    + "<TR><TD HEIGHT=\"7\"></TD></TR></TABLE>"
                right.append("<TR><TD>\(line)</TD><TD ALIGN=\"LEFT\">\(offset + 1) · \(html(GraphStyle.wrapped(words, width: 30)))</TD></TR>")
            }
        }
        let column = { (cells: [String]) in
            "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">\(cells.joined())</TABLE></TD>"
        }
        rows.append("<TR>" + [left, right].filter { !$0.isEmpty }.map(column).joined() + "</TR>")
        return "labelloc=b, fontsize=11, label=<<TABLE BORDER=\"1\" COLOR=\"\(GraphStyle.frame)\" STYLE=\"rounded\" CELLBORDER=\"0\" "
            + "CELLSPACING=\"4\">\(rows.joined())</TABLE>>"
    }

    static func strokeAttributes(_ stroke: GraphStyle.Stroke) -> [String] {
        ["style=\(stroke.pattern.rawValue)", "penwidth=\(format(stroke.width))", "color=\"\(stroke.colour)\""]
    }

    /// A width with at most two decimals, the same on every platform.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        var decimals = String(hundredths % 100)
        if decimals.count < 2 { decimals = "0" + decimals }
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(hundredths / 100)" + (decimals.isEmpty ? "" : ".\(decimals)")
    }

    /// Escapes text for a Graphviz HTML-like label; line breaks become <BR/>.
    static func html(_ text: String) -> String {
        HTMLRenderer.escape(text).replacingAll("\r", with: "").replacingAll("\n", with: "<BR/>")
    }

    /// Escapes a DOT quoted string.
    static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
            .replacingAll("\n", with: "\\n").replacingAll("\r", with: "")
    }
}
