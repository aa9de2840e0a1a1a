import LuaBridge

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

    /// Reads what a graph function returned; `problems` lists what was wrong.
    init(lua value: LuaValue, language: String, problems: inout [String]) {
        var reader = ToolReader()
        func text(_ value: LuaValue) -> String? { reader.text(value, what: "graph text", at: nil)?.resolve(language) }
        title = text(value["title"])
        groups = (value["groups"].tableValue?.array ?? []).compactMap { item in
            guard let id = item["id"].stringValue else { problems.append("a group has no id"); return nil }
            return Group(id: id, label: text(item["label"]) ?? id)
        }
        var known: Set<String> = []
        nodes = (value["nodes"].tableValue?.array ?? []).compactMap { item in
            guard let id = item["id"].stringValue else { problems.append("a node has no id"); return nil }
            guard known.insert(id).inserted else { return nil }
            return Node(id: id, label: text(item["label"]) ?? id, group: item["group"].stringValue)
        }
        edges = (value["edges"].tableValue?.array ?? []).compactMap { item in
            guard let from = item["from"].stringValue, let to = item["to"].stringValue else {
                problems.append("an edge needs from and to")
                return nil
            }
            if !known.contains(from) || !known.contains(to) {
                problems.append("the edge \(from) → \(to) names a node that does not exist")
                return nil
            }
            return Edge(from: from, to: to, label: text(item["label"]))
        }
    }

    public init(title: String?, nodes: [Node], edges: [Edge], groups: [Group]) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.groups = groups
    }
}

extension LoadedTool {
    /// The tool's graph over `answers`, or nil when the tool declares none.
    public func graph(answers: [String: JSONValue], inputs: [String: [String: JSONValue]] = [:], language: String) throws -> Graph? {
        guard tool.hasGraph else { return nil }
        runtime.state.resetLimits()
        let result: [LuaValue]
        do {
            result = try runtime.state.call(runtime.graphFunction, [
                .reference(table), .map(answers.mapValues(\.luaValue)),
                .map(inputs.mapValues { .map($0.mapValues(\.luaValue)) }), .string(language),
            ])
        } catch let error as LuaError {
            throw failure(error)
        }
        guard let value = result.first, !value.isNil else { return nil }
        var problems: [String] = []
        let graph = Graph(lua: value, language: language, problems: &problems)
        if !problems.isEmpty {
            throw ProfintError.scriptFailure(message: "the graph of \(tool.id): \(problems.joined(separator: "; "))", location: tool.source, traceback: nil)
        }
        return graph
    }
}
