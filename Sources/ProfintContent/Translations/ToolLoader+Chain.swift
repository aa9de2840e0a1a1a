extension ToolLoader {
    /// The tool's id, then its base's, its base's base...: the owners whose catalogs translate it.
    func toolChain(_ id: String, extends base: String?) -> [String] {
        var chain = [id]
        var next = base
        while let current = next, !chain.contains(current) {
            chain.append(current)
            next = loaded[current]?.tool.base
        }
        return chain
    }
}
