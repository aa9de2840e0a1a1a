import ProfintModel

/// How a graph looks, the same in DOT (and so SVG) and Mermaid: a colour per group and per kind
/// of node, a line per strength of edge (dotted and thin for the weakest, solid and thick for
/// the strongest, so it reads in black and white too), red dashes for uncovered nodes.
enum GraphStyle {
    static let ink = "#1d2433", accent = "#2f5d8a", line = "#5b6475", frame = "#d9dee7"
    static let groupFills = ["#e8f0fa", "#fdf1e0", "#e8f5ea", "#f6e8f4", "#eef0f2"]
    /// Fills for kinds: light, told apart by hue, none red (red marks what is uncovered).
    static let kindFills = ["#cfe3f7", "#fde0b8", "#cdebc9", "#e3d3f0", "#f7efb0", "#c9ecea", "#e4e4e4", "#f6d2e4"]
    static let uncoveredInk = "#b42318", uncoveredFill = "#fdecea"

    static func groupFill(_ index: Int) -> String { groupFills[index % groupFills.count] }

    /// The fill of the kind at `index` in the graph's kinds.
    static func kindFill(_ index: Int) -> String { kindFills[index % kindFills.count] }

    /// How an edge of strength `point` out of `points` is drawn.
    struct Stroke: Equatable {
        enum Pattern: String { case dotted, dashed, solid }
        var pattern: Pattern
        /// In points (DOT's penwidth); Mermaid takes it as pixels.
        var width: Double
        var colour: String
    }

    static func stroke(_ point: Int, of points: Int) -> Stroke {
        let ratio = points > 1 ? Double(min(max(point, 1), points) - 1) / Double(points - 1) : 1
        let pattern: Stroke.Pattern = ratio < 0.2 ? .dotted : ratio < 0.45 ? .dashed : .solid
        let shades = ["#8a93a3", "#6b7a90", "#4d6784", "#33557a", "#1d3f63"]
        let shade = shades[min(Int((ratio * Double(shades.count - 1)).rounded()), shades.count - 1)]
        return Stroke(pattern: pattern, width: 1 + 3 * ratio, colour: shade)
    }

    /// A label broken into lines of about `width` characters at spaces, so that long answers make
    /// tall boxes rather than wide ones (the map must fit a page's width). Existing line breaks stay.
    static func wrapped(_ text: String, width: Int = 28) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = [], current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A prefix no node id of `graph` starts with, for the nodes the renderers add (the gap an
    /// uncovered node points to, the legend's samples).
    static func freshPrefix(_ base: String, in graph: Graph) -> String {
        var prefix = base
        while graph.nodes.contains(where: { $0.id.hasPrefix(prefix) }) { prefix += "_" }
        return prefix
    }
}
