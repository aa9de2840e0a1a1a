/// How `profint test` spreads its cases over threads. The cases of one tool form a group, which
/// runs on one thread with one loader (a Lua state): the tool is loaded once for them all. A
/// derived tool's loader loads its bases too, so tools of one family (an original tool and those
/// derived from it) cost fewer loads when their groups share a loader, and more time when that
/// unit is the longest of all. The schedule merges groups of a family into one unit while that
/// saves loads without making the whole run take longer, as estimated for two threads whatever
/// the threads (so that outcomes do not depend on them), and only where each tool still runs as
/// `profint run` runs it (``shareable(_:_:)``); it starts the units expected to take longest first.
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

    /// How many threads the merges are weighed for, whatever the threads that run them: which
    /// tools share a loader does not depend on `--jobs` or the machine, so neither do outcomes.
    static let weighedThreads = 2

    /// The schedule of `groups`. Starting from a unit per group, family by family (the largest
    /// first), the two units of the family whose merging saves the most loads (then gives the
    /// shortest run) are merged, as long as the run estimated on ``weighedThreads`` threads does
    /// not take longer and their tools may share a loader.
    init(_ groups: [Group]) {
        // Units as the indices of their groups, with their work, until the end.
        var units = groups.indices.map { [$0] }
        var work = groups.map { TestSchedule.work(of: [$0]) }
        func unitWork(_ unit: [Int]) -> Int { TestSchedule.work(of: unit.map { groups[$0] }) }
        func shareable(_ first: [Int], _ second: [Int]) -> Bool {
            first.allSatisfy { one in second.allSatisfy { TestSchedule.shareable(groups[one], groups[$0]) } }
        }
        var families: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            if let root = group.chain.last { families[root, default: []].append(index) }
        }
        // The largest first; families of the same work in the order of their first case.
        let weighed = families.values.filter { $0.count > 1 }
            .map { (members: $0, work: TestSchedule.work(of: $0.map { groups[$0] })) }
            .sorted { ($0.work, $1.members[0]) > ($1.work, $0.members[0]) }
        for family in weighed.map(\.members) {
            let members = Set(family)
            while true {
                // The family's units: a unit holds groups of one family only.
                let mine = units.indices.filter { members.contains(units[$0][0]) }
                let current = TestSchedule.makespan(work, threads: TestSchedule.weighedThreads)
                var best: (saved: Int, span: Int, first: Int, second: Int, work: Int)?
                for (place, first) in mine.enumerated() {
                    for second in mine.dropFirst(place + 1) {
                        let merged = units[first] + units[second]
                        let saved = work[first] + work[second] - unitWork(merged)
                        guard saved > 0, saved >= best?.saved ?? 0, shareable(units[first], units[second]) else {
                            continue
                        }
                        var trial = work
                        trial[first] = unitWork(merged)
                        trial.remove(at: second)
                        let length = TestSchedule.makespan(trial, threads: TestSchedule.weighedThreads)
                        guard length <= current else { continue }
                        if let best, (best.saved, -best.span) >= (saved, -length) { continue }
                        best = (saved, length, first, second, trial[first])
                    }
                }
                guard let best else { break }
                units[best.first] += units[best.second]
                work[best.first] = best.work
                units.remove(at: best.second)
                work.remove(at: best.second)
            }
        }
        // The longest first; units of the same work in the order of their first case.
        let order = units.indices.sorted { (work[$0], -(units[$0].min() ?? 0)) > (work[$1], -(units[$1].min() ?? 0)) }
        self.units = order.map { units[$0].sorted().map { groups[$0] } }
    }

    /// The estimated work of a unit: its cases', and a load for each tool its loader loads.
    static func work(of unit: [Group]) -> Int {
        unit.reduce(0) { $0 + $1.work } + loadWork * Set(unit.flatMap(\.chain)).count
    }

    /// How long units of these works take on `threads` threads, estimated: each unit started on
    /// the thread free first, the longest first, as ``TestRunner`` runs them.
    static func makespan(_ works: [Int], threads: Int) -> Int {
        var busy = Array(repeating: 0, count: max(1, threads))
        for work in works.sorted(by: >) {
            let free = busy.indices.min { busy[$0] < busy[$1] } ?? 0
            busy[free] += work
        }
        return busy.max() ?? 0
    }

    /// ``makespan(_:threads:)`` of units of groups.
    static func makespan(_ units: [[Group]], threads: Int) -> Int {
        makespan(units.map(work(of:)), threads: threads)
    }
}
