import ProfintEngine
import ProfintModel

/// The JSON report of a session: the session as exported, and the same answers read through
/// the tool (question texts, kinds, tags, answers in words), per step, with the graph.
public enum JSONReport {
    public static func render(_ view: SessionView) throws -> JSONValue {
        let language = view.record.language
        let steps: [JSONValue] = view.tool.steps.map { step in
            var fields: [String: JSONValue] = [
                "id": .string(step.id), "title": .string(step.title.resolve(language)),
                "answers": .array(view.entries(of: step).map { entry in
                    var item: [String: JSONValue] = ["path": .string(entry.path.description),
                                                     "value": entry.value ?? .null]
                    if let prompt = entry.prompt {
                        item["question"] = .string(prompt.text(in: language))
                        item["kind"] = .string(prompt.question.kind.rawValue)
                        item["tags"] = .array(prompt.question.tags.map(JSONValue.string))
                    }
                    if let value = entry.value, entry.prompt?.question.kind != .table {
                        item["text"] = .string(AnswerText.scalar(
                            value, for: entry.prompt?.question, language: language))
                    }
                    return .object(item)
                }),
                "notes": .array(view.record.notes.filter { $0.step == step.id }.map { .string($0.text) }),
            ]
            if let minutes = step.minutes { fields["planned_minutes"] = .double(minutes) }
            if let seconds = view.record.spent[step.id] {
                fields["spent_minutes"] = .double((seconds / 6).rounded() / 10)
            }
            return .object(fields)
        }
        var tags: [String: JSONValue] = [:]
        for entry in view.entries where entry.value != nil {
            for tag in entry.prompt?.question.tags ?? [] { tags[tag] = .int((tags[tag]?.intValue ?? 0) + 1) }
        }
        var tool: [String: JSONValue] = ["id": .string(view.tool.id),
                                         "title": .string(view.tool.title.resolve(language))]
        if let base = view.tool.base { tool["base"] = .string(base) }
        if let version = view.tool.version { tool["version"] = .string(version) }
        var report: [String: JSONValue] = [
            "session": SessionCodec.encode(view.record), "tool": .object(tool), "tool_changed": .bool(view.toolChanged),
            "steps": .array(steps), "tags": .object(tags),
            "no_longer_asked": .array(
                view.entries.filter { $0.prompt == nil }.map { .string($0.path.description) }
                    + view.record.kept.map { .string($0.path.description) }),
        ]
        if let graph = try view.graph() { report["graph"] = json(graph) }
        return .object(report)
    }

    public static func json(_ graph: Graph) -> JSONValue {
        var fields: [String: JSONValue] = [
            "nodes": .array(graph.nodes.map { node in
                var item: [String: JSONValue] = ["id": .string(node.id), "label": .string(node.label)]
                if let group = node.group { item["group"] = .string(group) }
                if let kind = node.kind { item["kind"] = .string(kind) }
                if node.uncovered { item["uncovered"] = .bool(true) }
                return .object(item)
            }),
            "edges": .array(graph.edges.map { edge in
                var item: [String: JSONValue] = ["from": .string(edge.from), "to": .string(edge.to)]
                if let label = edge.label { item["label"] = .string(label) }
                if let strength = edge.strength { item["strength"] = .int(Int64(strength)) }
                return .object(item)
            }),
            "groups": .array(graph.groups.map { .object(["id": .string($0.id), "label": .string($0.label)]) }),
        ]
        if let title = graph.title { fields["title"] = .string(title) }
        if !graph.kinds.isEmpty {
            fields["kinds"] = .array(graph.kinds.map { .object(["id": .string($0.id), "label": .string($0.label)]) })
        }
        if !graph.strengths.isEmpty { fields["strengths"] = .array(graph.strengths.map(JSONValue.string)) }
        return .object(fields)
    }
}
