import ProfintModel

/// Draws a tool's graph (the partner map) in Graphviz DOT: groups as clusters, left to right;
/// nodes filled by kind, edges drawn by strength, uncovered nodes in red dashes pointing to a
/// gap, and a legend of what is used (``DOTLegend``).
public enum DOTRenderer {
    /// - Parameter titled: whether the drawing carries the graph's title (not when a page heads it).
    public static func render(_ graph: Graph, titled: Bool = true) -> String {
        let title = titled ? graph.title : nil
        let accent = GraphStyle.accent, red = GraphStyle.uncoveredInk
        var lines = [
            "digraph \"\(escape(title ?? "map"))\" {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.18, ranksep=0.45, "
                + "\(DOTLegend.caption(graph, title: title))];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f3f6fa\", color=\"\(accent)\", "
                + "fontname=\"Helvetica\", fontsize=13, margin=\"0.12,0.05\"];",
            "  edge [color=\"\(GraphStyle.line)\", fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];",
        ]
        var grouped: Set<String> = []
        for (index, group) in graph.groups.enumerated() {
            let members = graph.nodes.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph \"cluster_\(escape(group.id))\" {")
            lines.append("    label=\"\(escape(group.label))\"; style=\"rounded\"; color=\"\(GraphStyle.frame)\"; "
                + "fontsize=13; labelloc=t;")
            for node in members {
                lines.append(
                    "    \"\(escape(node.id))\" [\(attributes(node, in: graph, fill: GraphStyle.groupFill(index)))];")
                grouped.insert(node.id)
            }
            lines.append("  }")
        }
        for node in graph.nodes where !grouped.contains(node.id) {
            let own = node.kind == nil && !node.uncovered ? ", fillcolor=\"\(accent)\", fontcolor=\"white\"" : ""
            lines.append("  \"\(escape(node.id))\" [\(attributes(node, in: graph, fill: accent))\(own)];")
        }
        for edge in graph.edges {
            var parts = edge.label.map { ["label=\"\(escape($0))\""] } ?? []
            if let point = edge.strength {
                parts += strokeAttributes(GraphStyle.stroke(point, of: graph.strengths.count))
            }
            let list = parts.isEmpty ? "" : " [\(parts.joined(separator: ", "))]"
            lines.append("  \"\(escape(edge.from))\" -> \"\(escape(edge.to))\"\(list);")
        }
        let uncovered = graph.nodes.filter(\.uncovered)
        if !uncovered.isEmpty {
            let gap = GraphStyle.freshPrefix("profint-gap", in: graph)
            lines.append("  \"\(gap)\" [label=\"?\", shape=circle, style=\"dashed\", penwidth=2, color=\"\(red)\", "
                + "fontcolor=\"\(red)\", fontsize=16];")
            for node in uncovered {
                lines.append("  \"\(escape(node.id))\" -> \"\(gap)\" [style=dashed, color=\"\(red)\", arrowhead=none];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A node's label and look: its kind's fill, `fill` without a kind, red dashes when uncovered.
    static func attributes(_ node: Graph.Node, in graph: Graph, fill: String) -> String {
        var parts = ["label=\"\(escape(GraphStyle.wrapped(node.label)))\""]
        if node.uncovered {
            let red = GraphStyle.uncoveredInk
            parts += ["style=\"rounded,filled,dashed\"", "penwidth=2", "color=\"\(red)\"", "fontcolor=\"\(red)\"",
                      "fillcolor=\"\(GraphStyle.uncoveredFill)\""]
        } else {
            let kind = node.kind.flatMap { kind in graph.kinds.firstIndex { $0.id == kind } }
            parts.append("fillcolor=\"\(kind.map(GraphStyle.kindFill) ?? fill)\"")
        }
        return parts.joined(separator: ", ")
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

    /// Escapes a DOT quoted string.
    static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
            .replacingAll("\n", with: "\\n").replacingAll("\r", with: "")
    }
}
