/// How `profint test` spreads its cases over threads. The cases of one tool form a group, which
/// runs on one thread with one loader (a Lua state): the tool is loaded once for them all. A
/// derived tool's loader loads its bases too, so tools of one family (an original tool and those
/// derived from it) cost fewer loads when their groups share a loader, and more time when that
/// unit is the longest of all. The schedule merges groups of a family into one unit while that
/// saves loads without making the whole run take longer, as estimated, and only where each tool
/// still runs as `profint run` runs it (``shareable(_:_:)``); it starts the units expected to
/// take longest first.
struct TestSchedule {
    /// The cases of one tool, by their index among all cases; the tools a loader loads to run
    /// them: the tool, then its bases (none for a case that cannot be read); and what running the
    /// cases is expected to cost (``caseWork(answers:)``, summed).
    struct Group {
        var members: [Int]
        var chain: [String]
        /// The bundle that provides each tool of `chain`.
        var bundles: [String]
        var work: Int
    }

    /// Whether the tools of `a` and `b` may share a loader, each still running as `profint run`
    /// runs it alone: a bundle's scripts share one global table in a loader, so in every bundle
    /// both load tools from, they must load the same tools. An original tool and a tool derived
    /// from it in a plugin may share; two tools derived in one plugin may not (the second's file
    /// would have run in the first's global table).
    static func shareable(_ a: Group, _ b: Group) -> Bool {
        func tools(_ group: Group) -> [String: Set<String>] {
            Dictionary(zip(group.bundles, group.chain).map { ($0, [$1]) }, uniquingKeysWith: { $0.union($1) })
        }
        let second = tools(b)
        return tools(a).allSatisfy { bundle, loaded in second[bundle].map { $0 == loaded } ?? true }
    }

    /// What running a case is expected to cost, in fortieths of a millisecond on the machine
    /// the figures were taken on: about a quarter of a millisecond, and a fortieth more per answer
    /// (`profint test`'s cases timed one by one, docs/performance.md). A guess, for the schedule
    /// only.
    static func caseWork(answers: Int) -> Int { 10 + answers }

    /// What loading a tool is expected to cost, in the same fortieths: about 2 ms.
    static let loadWork = 80

    /// The units of work, the longest first: each is groups that one thread runs in order with
    /// one loader.
    let units: [[Group]]

    /// The schedule of `groups` on `threads` threads. Starting from a unit per group, the two
    /// units of one family whose merging saves the most loads (then gives the shortest run) are
    /// merged, as long as the estimated run does not take longer and their tools may share a
    /// loader.
    init(_ groups: [Group], threads: Int) {
        // Units as the indices of their groups, until the end.
        func span(_ units: [[Int]]) -> Int {
            TestSchedule.makespan(units.map { $0.map { groups[$0] } }, threads: threads)
        }
        func family(_ unit: [Int]) -> String? { groups[unit[0]].chain.last }
        func loads(_ unit: [Int]) -> Int { Set(unit.flatMap { groups[$0].chain }).count }
        var units = groups.indices.map { [$0] }
        func shareable(_ first: [Int], _ second: [Int]) -> Bool {
            first.allSatisfy { one in second.allSatisfy { TestSchedule.shareable(groups[one], groups[$0]) } }
        }
        while true {
            var best: (saved: Int, span: Int, first: Int, second: Int)?
            let current = span(units)
            for first in units.indices {
                guard let root = family(units[first]) else { continue }
                for second in units.indices.dropFirst(first + 1) where family(units[second]) == root {
                    let saved = loads(units[first]) + loads(units[second]) - loads(units[first] + units[second])
                    guard saved > 0, saved >= best?.saved ?? 0, shareable(units[first], units[second]) else { continue }
                    var merged = units
                    merged[first] += merged[second]
                    merged.remove(at: second)
                    let length = span(merged)
                    guard length <= current else { continue }
                    if let best, (best.saved, -best.span) >= (saved, -length) { continue }
                    best = (saved, length, first, second)
                }
            }
            guard let best else { break }
            units[best.first] += units[best.second]
            units.remove(at: best.second)
        }
        self.units = units.map { $0.sorted().map { groups[$0] } }
            .sorted { TestSchedule.work(of: $0) > TestSchedule.work(of: $1) }
    }

    /// The estimated work of a unit: its cases', and a load for each tool its loader loads.
    static func work(of unit: [Group]) -> Int {
        unit.reduce(0) { $0 + $1.work } + loadWork * Set(unit.flatMap(\.chain)).count
    }

    /// How long `units` take on `threads` threads, estimated: each unit started on the thread
    /// free first, the longest first, as ``TestRunner`` runs them.
    static func makespan(_ units: [[Group]], threads: Int) -> Int {
        var busy = Array(repeating: 0, count: max(1, threads))
        for work in units.map(work(of:)).sorted(by: >) {
            let free = busy.indices.min { busy[$0] < busy[$1] } ?? 0
            busy[free] += work
        }
        return busy.max() ?? 0
    }
}
