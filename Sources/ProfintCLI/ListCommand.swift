import ArgumentParser
import ProfintContent
import ProfintModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List modules, plugins and their tools.",
        discussion: "Derived tools show the tool they are based on. Runs no tool.")

    @OptionGroup var content: ContentOptions

    @Option(help: "The output format.")
    var format: OutputFormat = .text

    func run() throws {
        let catalog = try content.catalog()
        do {
            let language = content.chosenLanguage()
            var summaries = catalog.toolSummaries()
            let titles = Dictionary(summaries.compactMap { s in s.title.map { (s.id, $0) } },
                                    uniquingKeysWith: { a, _ in a })
            for index in summaries.indices where summaries[index].title == nil {
                summaries[index].title = summaries[index].base.flatMap { titles[$0] }
            }
            switch format {
            case .json: Console.out(json(catalog, summaries, language).jsonText(pretty: true))
            case .text: Console.out(text(catalog, summaries, language))
            }
        }
    }

    private func text(_ catalog: Catalog, _ summaries: [ToolSummary], _ language: String) -> String {
        let toolsOf = Self.toolsByBundle(summaries)
        var lines: [String] = []
        for (heading, bundles) in [("Modules", catalog.modules), ("Plugins", catalog.plugins)] where !bundles.isEmpty {
            lines.append(heading)
            for bundle in bundles {
                let m = bundle.manifest
                let api = m.api.map { ", API \($0)" } ?? ""
                lines.append("  \(bundle.id)  \(m.title.resolve(language)) (\(m.version), \(m.author)\(api)) "
                             + "[\(m.languages.joined(separator: ", "))]")
                for tool in toolsOf[bundle.id] ?? [] {
                    var line = "    \(tool.id)  \(tool.title?.resolve(language) ?? "")"
                    if let base = tool.base { line += " (derived from \(base))" }
                    if let problem = tool.problem { line += " [cannot load: \(catalog.display(problem))]" }
                    lines.append(line)
                }
            }
            lines.append("")
        }
        if lines.isEmpty {
            return "No bundles found. Search path: \(catalog.searchPath.folders.map(\.path).joined(separator: ", "))"
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    private func json(_ catalog: Catalog, _ summaries: [ToolSummary], _ language: String) -> JSONValue {
        let toolsOf = Self.toolsByBundle(summaries)
        func bundle(_ b: ContentBundle) -> JSONValue {
            var fields: [String: JSONValue] = [
                "id": .string(b.id), "kind": .string(b.kind.rawValue),
                "title": .string(b.manifest.title.resolve(language)),
                "version": .string(b.manifest.version), "author": .string(b.manifest.author),
                "languages": .array(b.manifest.languages.map(JSONValue.string)), "folder": .string(b.folder.path),
                "tools": .array((toolsOf[b.id] ?? []).map { .string($0.id) }),
            ]
            if let summary = b.manifest.summary { fields["summary"] = .string(summary.resolve(language)) }
            if let api = b.manifest.api { fields["api"] = .int(Int64(api)) }
            return .object(fields)
        }
        let tools: [JSONValue] = summaries.map { tool in
            var fields: [String: JSONValue] = ["id": .string(tool.id), "bundle": .string(tool.bundle)]
            if let title = tool.title { fields["title"] = .string(title.resolve(language)) }
            if let base = tool.base { fields["base"] = .string(base) }
            if let problem = tool.problem { fields["problem"] = .string(catalog.display(problem)) }
            return .object(fields)
        }
        return .object([
            "modules": .array(catalog.modules.map(bundle)), "plugins": .array(catalog.plugins.map(bundle)),
            "tools": .array(tools), "language": .string(language),
        ])
    }

    /// The summaries of each bundle's tools, in their order: looked up once per bundle, where a
    /// search through every tool for each bundle made a long list grow with the square of its size.
    private static func toolsByBundle(_ summaries: [ToolSummary]) -> [String: [ToolSummary]] {
        Dictionary(grouping: summaries, by: { $0.bundle })
    }
}
