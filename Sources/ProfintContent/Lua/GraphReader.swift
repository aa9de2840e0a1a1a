import LuaBridge
import ProfintModel

extension Graph {
    /// Reads what a graph function returned; `problems` lists what was wrong.
    init(lua value: LuaValue, language: String, problems: inout [String]) {
        var reader = ToolReader()
        func text(_ value: LuaValue) -> String? { reader.text(value, what: "graph text", at: nil)?.resolve(language) }
        let title = text(value["title"])
        let groups: [Group] = (value["groups"].tableValue?.array ?? []).compactMap { item in
            guard let id = item["id"].stringValue else { problems.append("a group has no id"); return nil }
            return Group(id: id, label: text(item["label"]) ?? id)
        }
        var known: Set<String> = []
        let nodeValues = value["nodes"].tableValue?.array ?? [], edgeValues = value["edges"].tableValue?.array ?? []
        if nodeValues.count > ContentLimits.graphNodes || edgeValues.count > ContentLimits.graphEdges {
            problems.append("\(nodeValues.count) nodes and \(edgeValues.count) edges; a graph may have at most "
                + "\(ContentLimits.graphNodes) nodes and \(ContentLimits.graphEdges) edges")
            self.init(title: title, nodes: [], edges: [], groups: [], legend: .standard(language))
            return
        }
        let kinds: [Kind] = (value["kinds"].tableValue?.array ?? []).compactMap { item in
            guard let id = item["id"].stringValue else { problems.append("a kind has no id"); return nil }
            return Kind(id: id, label: text(item["label"]) ?? id)
        }
        let strengths = (value["strengths"].tableValue?.array ?? []).enumerated().map { point, item in
            text(item) ?? String(point + 1)
        }
        let nodes: [Node] = nodeValues.compactMap { item in
            guard let id = item["id"].stringValue else { problems.append("a node has no id"); return nil }
            guard known.insert(id).inserted else { return nil }
            let kind = item["kind"].stringValue
            if let kind, !kinds.contains(where: { $0.id == kind }) {
                problems.append("the node \(id) is of kind \(kind), which the graph's kinds do not list: "
                    + "add { id = \"\(kind)\", label = ... } to kinds")
            }
            return Node(id: id, label: text(item["label"]) ?? id, group: item["group"].stringValue,
                        kind: kind, uncovered: item["uncovered"].boolValue ?? false)
        }
        let edges: [Edge] = edgeValues.compactMap { item in
            guard let from = item["from"].stringValue, let to = item["to"].stringValue else {
                problems.append("an edge needs from and to")
                return nil
            }
            if !known.contains(from) || !known.contains(to) {
                problems.append("the edge \(from) → \(to) names a node that does not exist")
                return nil
            }
            var strength: Int?
            if !item["strength"].isNil {
                if let point = item["strength"].intValue, point >= 1, point <= strengths.count {
                    strength = Int(point)
                } else {
                    let scale = strengths.isEmpty
                        ? "not given: add strengths = { ... } (the words for 1, 2, ..., weakest first)"
                        : "whole numbers from 1 to \(strengths.count)"
                    problems.append(
                        "the edge \(from) → \(to) has strength \(item["strength"]), but strengths are \(scale)")
                }
            }
            return Edge(from: from, to: to, label: text(item["label"]), strength: strength)
        }
        let standard = Legend.standard(language)
        let legend = Legend(title: text(value["legend"]["title"]) ?? standard.title,
                            kinds: text(value["legend"]["kinds"]) ?? standard.kinds,
                            strengths: text(value["legend"]["strengths"]) ?? standard.strengths,
                            uncovered: text(value["legend"]["uncovered"]) ?? standard.uncovered)
        self.init(title: title, nodes: nodes, edges: edges, groups: groups, kinds: kinds, strengths: strengths,
                  legend: legend)
    }

}

extension LoadedTool {
    /// The tool's graph over `answers`, or nil when the tool declares none.
    public func graph(
        answers: [String: JSONValue], inputs: [String: [String: JSONValue]] = [:], language: String
    ) throws -> Graph? {
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
            throw ProfintError.scriptFailure(message: "the graph of \(tool.id): \(problems.joined(separator: "; "))",
                                             location: tool.source, traceback: nil)
        }
        return graph
    }
}
