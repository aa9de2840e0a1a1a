/// A count and its noun in English, singular for one: `1 bundle`, `0 bundles`. For the lines of
/// `check` and `test`, which stay in English for the pipelines that read them (profint's words
/// for people go through ``Phrases/plural(_:count:_:_:)``).
public enum Counted {
    /// `count` and `one` or `many`: `Counted.of(2, "tool", "tools")` is `2 tools`.
    public static func of(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
