/// A graph a tool declares over its answers (`graph = function(a, ctx) ... end`), such as the
/// partner map: the organisation, the needs, the partners. Reports draw it as DOT or Mermaid.
///
/// Besides nodes, edges and groups, a graph may say what kind each node is (a colour each, listed
/// in the legend), how strong each edge is (on a scale of `strengths.count` points, drawn from a
/// dotted thin line to a thick one) and which nodes are uncovered (a need nobody meets: drawn as
/// a gap, not a dead end). All of it is optional: a graph without it draws as before.
public struct Graph: Equatable, Sendable {
    public struct Node: Equatable, Sendable {
        public var id: String
        public var label: String
        public var group: String?
        /// The id of one of the graph's ``Graph/kinds``.
        public var kind: String?
        /// A node that should have links and has none, such as a need no partner meets.
        public var uncovered: Bool

        public init(id: String, label: String, group: String?, kind: String? = nil, uncovered: Bool = false) {
            self.id = id
            self.label = label
            self.group = group
            self.kind = kind
            self.uncovered = uncovered
        }
    }

    public struct Edge: Equatable, Sendable {
        public var from: String
        public var to: String
        public var label: String?
        /// How solid the link is, from 1 to the number of the graph's ``Graph/strengths``.
        public var strength: Int?

        public init(from: String, to: String, label: String?, strength: Int? = nil) {
            self.from = from
            self.to = to
            self.label = label
            self.strength = strength
        }
    }

    public struct Group: Equatable, Sendable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// A kind of node (a kind of organisation), with the words the legend gives it.
    public struct Kind: Equatable, Sendable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// The headings of the legend and the words of an uncovered node's mark, in the report's
    /// language.
    public struct Legend: Equatable, Sendable {
        public var title: String
        public var kinds: String
        public var strengths: String
        public var uncovered: String

        public init(title: String, kinds: String, strengths: String, uncovered: String) {
            self.title = title
            self.kinds = kinds
            self.strengths = strengths
            self.uncovered = uncovered
        }

        /// The legend in profint's own words.
        public static func standard(_ language: String) -> Legend {
            Legend(title: Phrases.text("legend", language), kinds: Phrases.text("legend.kinds", language),
                   strengths: Phrases.text("legend.strengths", language),
                   uncovered: Phrases.text("legend.uncovered", language))
        }
    }

    public var title: String?
    public var nodes: [Node]
    public var edges: [Edge]
    public var groups: [Group]
    public var kinds: [Kind]
    /// What each point of an edge's strength means, weakest first: strength 1 is `strengths[0]`.
    public var strengths: [String]
    public var legend: Legend

    public init(title: String?, nodes: [Node], edges: [Edge], groups: [Group], kinds: [Kind] = [],
                strengths: [String] = [], legend: Legend = .standard("en")) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.groups = groups
        self.kinds = kinds
        self.strengths = strengths
        self.legend = legend
    }

    /// Whether the graph has anything a legend explains: kinds in use, strengths, uncovered nodes.
    public var hasLegend: Bool {
        usedKinds.count > 0 || edges.contains { $0.strength != nil } || nodes.contains(where: \.uncovered)
    }

    /// The kinds some node has, in the graph's order.
    public var usedKinds: [Kind] {
        let used = Set(nodes.compactMap(\.kind))
        return kinds.filter { used.contains($0.id) }
    }
}
