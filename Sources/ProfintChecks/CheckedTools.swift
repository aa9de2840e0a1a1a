import ProfintContent

/// The tools one `check` loads: each once, in a Lua state of its own, whoever asks for it first
/// (the tool's own check, a test case that names it, a catalog of another bundle that translates
/// it). A tool that fails to load fails the same way for every asker.
final class CheckedTools {
    let catalog: Catalog
    private var results: [String: Result<LoadedTool, any Error>] = [:]

    init(catalog: Catalog) { self.catalog = catalog }

    /// The tool with this id, loaded on the first call.
    /// - Throws: what ``ToolLoader/load(_:)`` throws, on every call for that id.
    func load(_ id: String) throws -> LoadedTool {
        if let known = results[id] { return try known.get() }
        let result = Result { try ToolLoader(catalog: catalog, limits: .default).load(id) }
        results[id] = result
        return try result.get()
    }
}
