/// A graph a tool declares over its answers (`graph = function(a, ctx) ... end`), such as the
/// partner map: the organisation, the needs, the partners. Reports draw it as DOT or Mermaid.
public struct Graph: Equatable, Sendable {
    public struct Node: Equatable, Sendable {
        public var id: String
        public var label: String
        public var group: String?

        public init(id: String, label: String, group: String?) {
            self.id = id
            self.label = label
            self.group = group
        }
    }

    public struct Edge: Equatable, Sendable {
        public var from: String
        public var to: String
        public var label: String?

        public init(from: String, to: String, label: String?) {
            self.from = from
            self.to = to
            self.label = label
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

    public var title: String?
    public var nodes: [Node]
    public var edges: [Edge]
    public var groups: [Group]

    public init(title: String?, nodes: [Node], edges: [Edge], groups: [Group]) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.groups = groups
    }
}
