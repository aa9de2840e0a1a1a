/// How `profint test` spreads its cases over threads. The cases of one tool form a group, which
/// runs on one thread with one loader (a Lua state): the tool is loaded once for them all. A
/// derived tool's loader loads its bases too, so a family (the tools that share a first base)
/// costs fewer loads when its groups share one loader, and more time when that unit is the
/// longest of all. The schedule shares a family's loader when doing so does not make the whole
/// run take longer, as estimated, and starts the units expected to take longest first.
struct TestSchedule {
    /// The cases of one tool, by their index among all cases, and the tools a loader loads to
    /// run them: the tool, then its bases (none for a case that cannot be read).
    struct Group {
        var members: [Int]
        var chain: [String]
    }

    /// What loading a tool costs, in cases: a load took about three times a case's run and
    /// report (`profint test`'s phases timed, docs/performance.md).
    static let casesPerLoad = 3

    /// The units of work, the longest first: each is groups that one thread runs in order with
    /// one loader.
    let units: [[Group]]

    /// The schedule of `groups` on `threads` threads: each family's groups share one loader unless
    /// that makes the estimated run longer; the families are weighed largest first.
    init(_ groups: [Group], threads: Int) {
        // Units as the indices of their groups, until the end.
        func span(_ units: [[Int]]) -> Int {
            TestSchedule.makespan(units.map { $0.map { groups[$0] } }, threads: threads)
        }
        var units = groups.indices.map { [$0] }
        var families: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            if let root = group.chain.last { families[root, default: []].append(index) }
        }
        let weighed = families.values.filter { $0.count > 1 }.map { family in
            (family: family, work: TestSchedule.work(of: family.map { groups[$0] }))
        }
        // The largest first; families of the same work in the order of their first case.
        for (family, _) in weighed.sorted(by: { ($0.work, $1.family[0]) > ($1.work, $0.family[0]) }) {
            let merged = units.filter { Set($0).isDisjoint(with: family) } + [family]
            if span(merged) <= span(units) { units = merged }
        }
        self.units = units.map { $0.map { groups[$0] } }.sorted { TestSchedule.work(of: $0) > TestSchedule.work(of: $1) }
    }

    /// The estimated work of a unit, in cases: its cases, and a load for each tool its loader loads.
    static func work(of unit: [Group]) -> Int {
        unit.reduce(0) { $0 + $1.members.count } + casesPerLoad * Set(unit.flatMap(\.chain)).count
    }

    /// How long `units` take on `threads` threads, in cases, each started on the thread free
    /// first, the longest first: as ``TestRunner`` runs them.
    static func makespan(_ units: [[Group]], threads: Int) -> Int {
        var busy = Array(repeating: 0, count: max(1, threads))
        for work in units.map(work(of:)).sorted(by: >) {
            let free = busy.indices.min { busy[$0] < busy[$1] } ?? 0
            busy[free] += work
        }
        return busy.max() ?? 0
    }
}
