/// The authoring library's Lua source, as profint embeds it: the API partners write against,
/// derivation and the session driver. Benchmarks run it under plain `lua5.4` as the floor.
public enum AuthoringSource {
    /// Read once per process (a state compares it with the cached chunk's source).
    public static let text = String(decoding: PackageResources.authoring_lua, as: UTF8.self)
}
