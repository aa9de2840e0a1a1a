import ProfintModel

/// The legend of a DOT graph, drawn under it as the graph's label (a Graphviz HTML-like table):
/// the kinds in use with their fills, the mark of an uncovered node, and each point of the
/// strength scale as a short line of its stroke with its words. The graph's title, when drawn,
/// heads it. Every text is escaped for HTML-like labels.
enum DOTLegend {
    /// The graph attributes for its label: the legend (and title), or the title alone when there
    /// is nothing to explain.
    static func caption(_ graph: Graph, title: String?) -> String {
        guard graph.hasLegend else {
            return title.map { "labelloc=t, label=\"\(DOTRenderer.escape($0))\"" } ?? "label=\"\""
        }
        var rows: [String] = []
        if let title {
            rows.append("<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"16\"><B>\(html(title))</B></FONT></TD></TR>")
        }
        let columns = [kinds(graph), strengths(graph)].filter { !$0.isEmpty }.map { cells in
            "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">\(cells.joined())</TABLE></TD>"
        }
        rows.append("<TR>" + columns.joined() + "</TR>")
        return "labelloc=b, fontsize=11, label=<<TABLE BORDER=\"1\" COLOR=\"\(GraphStyle.frame)\" STYLE=\"rounded\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"4\">\(rows.joined())</TABLE>>"
    }

    private static func heading(_ text: String) -> String {
        "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(html(GraphStyle.wrapped(text, width: 40)))</B></TD></TR>"
    }

    /// A sample box in the legend: `fill`, framed in `ink` with `style`, holding `text`.
    private static func sample(
        _ text: String, fill: String, ink: String, style: String, border: Int, colour: String? = nil
    ) -> String {
        let words = html(GraphStyle.wrapped(text, width: 30))
        return "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BGCOLOR=\"\(fill)\" STYLE=\"\(style)\" "
            + "BORDER=\"\(border)\" COLOR=\"\(ink)\">"
            + (colour.map { "<FONT COLOR=\"\($0)\">\(words)</FONT>" } ?? words) + "</TD></TR>"
    }

    /// The kinds in use, then the mark of an uncovered node.
    private static func kinds(_ graph: Graph) -> [String] {
        var cells: [String] = []
        let used = graph.usedKinds
        if !used.isEmpty {
            cells.append(heading(graph.legend.kinds))
            for kind in used {
                let fill = GraphStyle.kindFill(graph.kinds.firstIndex(of: kind) ?? 0)
                cells.append(sample(kind.label, fill: fill, ink: GraphStyle.accent, style: "rounded", border: 1))
            }
        }
        if graph.nodes.contains(where: \.uncovered) {
            let red = GraphStyle.uncoveredInk
            cells.append(sample(graph.legend.uncovered, fill: GraphStyle.uncoveredFill, ink: red,
                                style: "rounded,dashed",
                                border: 2, colour: red))
        }
        return cells
    }

    /// Each point of the strength scale, when an edge has a strength.
    private static func strengths(_ graph: Graph) -> [String] {
        guard graph.edges.contains(where: { $0.strength != nil }) else { return [] }
        var cells = [heading(graph.legend.strengths)]
        for (offset, words) in graph.strengths.enumerated() {
            let stroke = GraphStyle.stroke(offset + 1, of: graph.strengths.count)
            let line = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                + "<TR><TD HEIGHT=\"9\" WIDTH=\"44\" SIDES=\"B\" "
                + "BORDER=\"\(max(1, Int(stroke.width.rounded())))\" STYLE=\"\(stroke.pattern.rawValue)\" "
                + "COLOR=\"\(stroke.colour)\"></TD></TR><TR><TD HEIGHT=\"7\"></TD></TR></TABLE>"
            let text = "\(offset + 1) · \(html(GraphStyle.wrapped(words, width: 30)))"
            cells.append("<TR><TD>\(line)</TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>")
        }
        return cells
    }

    /// Escapes text for a Graphviz HTML-like label; line breaks become <BR/>.
    static func html(_ text: String) -> String {
        HTMLRenderer.escape(text).replacingAll("\r", with: "").replacingAll("\n", with: "<BR/>")
    }
}
