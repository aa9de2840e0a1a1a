import ProfintEngine
import ProfintModel

/// A report across the sessions of one tool: every item named (needs, partners...) with the
/// number of sessions that named it. For a tool with a graph, the graph's nodes by group and its
/// links; otherwise the items of its list answers, by question.
public struct AggregateDocument {
    public let tool: Tool
    public let views: [SessionView]
    public let language: String
    /// Each view's graph, in the order of `views`.
    private let graphs: [Graph?]

    /// - Throws: what a view's graph script throws, for a tool with a graph.
    public init(tool: Tool, views: [SessionView], language: String) throws {
        self.tool = tool
        self.views = views
        self.language = language
        graphs = try views.map { try $0.graph() }
    }

    /// A count: an item and the sessions that name it.
    public struct Tally: Equatable {
        public var item: String
        public var sessions: [String]
    }

    /// The tallies, by heading, in order.
    public func tallies() -> [(heading: String, tallies: [Tally])] {
        if graphs.contains(where: { $0 != nil }) { return graphTallies() }
        var byQuestion: [String: [String: Set<String>]] = [:]
        var order: [String] = []
        var headings: [String: String] = [:]
        for view in views {
            for entry in view.entries {
                guard let question = entry.prompt?.question, question.kind == .list || question.kind == .multi,
                      let items = entry.value?.arrayValue, case let path = entry.path
                else { continue }
                let key = path.questionPath
                if byQuestion[key] == nil {
                    order.append(key)
                    headings[key] = question.text.resolve(language).replacingAll("{item}", with: "…")
                }
                for item in items {
                    let text = AnswerText.scalar(.array([item]), for: question, language: language)
                    byQuestion[key, default: [:]][text, default: []].insert(view.record.id)
                }
            }
        }
        return order.map { key in (headings[key] ?? key, Self.sorted(byQuestion[key] ?? [:])) }
    }

    private func graphTallies() -> [(heading: String, tallies: [Tally])] {
        var groups: [(id: String?, label: String)] = []
        var byGroup: [String: [String: Set<String>]] = [:]
        var links: [String: Set<String>] = [:]
        for (view, graph) in zip(views, graphs) {
            guard let graph else { continue }
            for group in graph.groups where !groups.contains(where: { $0.id == group.id }) {
                groups.append((group.id, group.label))
            }
            var labels: [String: String] = [:]
            for node in graph.nodes {
                labels[node.id] = node.label
                guard let group = node.group else { continue }
                byGroup[group, default: [:]][node.label, default: []].insert(view.record.id)
            }
            for edge in graph.edges {
                guard let from = labels[edge.from], let to = labels[edge.to],
                      graph.nodes.first(where: { $0.id == edge.from })?.group != nil,
                      graph.nodes.first(where: { $0.id == edge.to })?.group != nil
                else { continue }
                links["\(from) → \(to)", default: []].insert(view.record.id)
            }
        }
        var result = groups.compactMap { group -> (String, [Tally])? in
            guard let id = group.id, let items = byGroup[id] else { return nil }
            return (group.label, Self.sorted(items))
        }
        if !links.isEmpty { result.append((Phrases.text("links", language), Self.sorted(links))) }
        return result
    }

    private static func sorted(_ items: [String: Set<String>]) -> [Tally] {
        items.map { Tally(item: $0.key, sessions: $0.value.sorted()) }
            .sorted {
                $0.sessions.count != $1.sessions.count ? $0.sessions.count > $1.sessions.count : $0.item < $1.item
            }
    }

    public func build() -> ReportDocument {
        var document = ReportDocument(title: tool.title.resolve(language),
                                      subtitle: Phrases.text("across sessions", language))
        document.language = language
        document.blocks.append(.facts([
            (Phrases.text("tool", language), tool.id),
            (Phrases.text("sessions", language), Phrases.label("\(views.count)", language) + " " + views.map { view in
                view.record.id + (view.record.status == .complete
                    ? "" : " (\(Phrases.text(view.record.status.rawValue, language)))")
            }.joined(separator: ", ")),
        ]))
        for (heading, tallies) in tallies() {
            document.blocks.append(.heading(level: 2, text: heading, detail: nil))
            document.blocks.append(.table(
                header: ["", Phrases.text("sessions", language)],
                rows: tallies.map { [$0.item, "\($0.sessions.count)"] }, rowHeaders: true, unbroken: [1]))
        }
        return document
    }

    public func json() -> JSONValue {
        .object([
            "tool": .string(tool.id), "sessions": .array(views.map { .string($0.record.id) }),
            "tallies": .array(tallies().map { heading, tallies in
                .object(["heading": .string(heading), "items": .array(tallies.map {
                    .object(["item": .string($0.item), "count": .int(Int64($0.sessions.count)),
                             "sessions": .array($0.sessions.map(JSONValue.string))])
                })])
            }),
        ])
    }
}
