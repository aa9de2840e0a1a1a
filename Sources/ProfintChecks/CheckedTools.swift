import ProfintContent
import ProfintModel

/// What `check` keeps of a loaded tool: Swift values only, so that no tool's Lua state outlives
/// its load (a bundle's tools may each hold up to the memory cap while they load).
struct CheckedTool {
    let tool: Tool
    /// Its base, its base's base...: nearest first.
    let bases: [Tool]
    /// The warnings of its load.
    let warnings: [Diagnostic]

    /// The tool, then its bases.
    var chain: [Tool] { [tool] + bases }

    init(_ loaded: LoadedTool) {
        tool = loaded.tool
        bases = loaded.chain.dropFirst().map(\.tool)
        warnings = loaded.warnings
    }
}

/// The tools one `check` loads: each once, whoever asks for it first (the tool's own check, a
/// test case that names it, a catalog of another bundle that translates it), in a Lua state of
/// its own that is closed once the tool is read. A tool that fails to load fails the same way for
/// every asker.
final class CheckedTools {
    let catalog: Catalog
    private var results: [String: Result<CheckedTool, any Error>] = [:]

    init(catalog: Catalog) { self.catalog = catalog }

    /// The tool with this id, loaded on the first call.
    /// - Throws: what ``ToolLoader/load(_:)`` throws, on every call for that id.
    func load(_ id: String) throws -> CheckedTool {
        if let known = results[id] { return try known.get() }
        let result = Result { CheckedTool(try ToolLoader(catalog: catalog, limits: .default).load(id)) }
        results[id] = result
        return try result.get()
    }
}
