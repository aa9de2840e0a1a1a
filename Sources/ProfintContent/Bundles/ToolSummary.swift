import ProfintModel
import LuaBridge

/// What `list` shows of a tool, read from its file without deriving or running it.
public struct ToolSummary {
    public var id: String
    public var bundle: String
    public var title: LocalizedText?
    public var summary: LocalizedText?
    /// The tool it derives from.
    public var base: String?
    /// Why the tool file could not be read, if it could not.
    public var problem: Diagnostic?
}

extension Catalog {
    /// The summary of every tool, sorted by id. Runs each tool file once; runs no tool.
    public func toolSummaries() -> [ToolSummary] {
        var reader = ToolReader()
        for bundle in bundles { reader.languageByBundle[bundle.id] = bundle.language }
        let runtime: ContentRuntime
        do { runtime = try handOverRuntime(limits: limits) ?? ContentRuntime(limits: limits) } catch {
            return toolEntries.map { entry in
                ToolSummary(id: entry.id, bundle: entry.bundle, problem: .error(
                    "cannot start Lua: \(error)", at: SourceLocation(bundle: entry.bundle, file: entry.file)))
            }
        }
        return toolEntries.map { entry in
            var summary = ToolSummary(id: entry.id, bundle: entry.bundle)
            guard let bundle = bundle(entry.bundle) else { return summary }
            do {
                let value = try runtime.isolatedValue(
                    of: entry.file, of: bundle, requiring: bundle.manifest.requires.compactMap(self.bundle))
                summary.title = reader.text(value["title"], what: "title", at: nil)
                summary.summary = reader.text(value["summary"], what: "summary", at: nil)
                summary.base = value["extends"].stringValue
            } catch ProfintError.invalidContent(let problems) {
                summary.problem = problems.first
            } catch {
                summary.problem = .error("\(error)", at: SourceLocation(bundle: bundle.id, file: entry.file))
            }
            return summary
        }
    }
}
