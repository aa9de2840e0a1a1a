/// "Did you mean …": the names that exist nearest to a name that does not, by edit distance.
///
/// The one place profint suggests names: question kinds, change functions and other authoring
/// API names, fields, question ids, answer paths, option ids. A name is near when it is at most
/// a third of its length away (at least 1, at most 3 edits) and less than half of the longer name
/// is changed; a swap of two neighbouring letters counts as one edit, and case is ignored.
public enum NameSuggestion {
    /// The edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`:
    /// the optimal string alignment distance, case ignored.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { best = min(best, before[j - 2] + 1) }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[y.count]
    }

    /// How far a name may be from one that exists and still be suggested.
    public static func tolerance(for name: String) -> Int { max(1, min(3, name.count / 3)) }

    /// The names of `candidates` nearest to `name` (all at the smallest distance found, in the
    /// candidates' order), at most `limit`; none when `name` is itself a candidate.
    public static func nearest(_ name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let tolerance = tolerance(for: name)
        var scored: [(name: String, distance: Int, order: Int)] = []
        for (order, candidate) in candidates.enumerated() where !scored.contains(where: { $0.name == candidate }) {
            if candidate == name { return [] }
            let distance = distance(name, candidate)
            // Near, and less than half of the longer name changed ('z' does not suggest 'a').
            if distance <= tolerance && distance * 2 < max(name.count, candidate.count) {
                scored.append((candidate, distance, order))
            }
        }
        let best = scored.map(\.distance).min()
        return scored.filter { $0.distance == best }.sorted { $0.order < $1.order }.prefix(limit).map(\.name)
    }

    /// `did you mean x?` (or `x or y?`), or nil when nothing is near.
    public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String? {
        let near = nearest(name, among: candidates)
        guard !near.isEmpty else { return nil }
        let quoted = near.map { "'\($0)'" }
        let list = quoted.dropLast().isEmpty
            ? quoted.joined()
            : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        return "did you mean \(list)?"
    }
}
