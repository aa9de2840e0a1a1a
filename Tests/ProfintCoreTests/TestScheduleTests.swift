@testable import ProfintChecks
import Testing

/// How `profint test` spreads its cases: tools of one family share a loader when that saves loads
/// without making the run longer, and every case is run once.
@Suite("The schedule of test cases")
struct TestScheduleTests {
    /// A group of cases (numbered from `first`) with these numbers of answers, whose loader loads
    /// `chain`, each tool from the bundle its id starts with (`mcg.b` from `mcg`).
    private func group(_ first: Int, answers: [Int], _ chain: [String]) -> TestSchedule.Group {
        TestSchedule.Group(members: Array(first..<first + answers.count), chain: chain,
                           bundles: chain.map { String($0.split(separator: ".").first ?? "") },
                           work: answers.reduce(0) { $0 + TestSchedule.caseWork(answers: $1) })
    }

    /// The tools of the units, in order: what each loader loads first.
    private func tools(_ schedule: TestSchedule) -> [[String]] { schedule.units.map { $0.compactMap(\.chain.first) } }

    /// The bundled content's shape: an original tool with eight cases, two tools derived from it
    /// in one plugin (the second from the first), and three tools of their own.
    private var bundled: [TestSchedule.Group] {
        [group(0, answers: [5, 9, 25], ["acc.a"]), group(3, answers: [10, 10, 10], ["exp.w1"]),
         group(6, answers: [5, 1, 5, 5], ["exp.w2"]), group(10, answers: [4, 3, 4, 17, 18, 21, 17, 21], ["net.pm"]),
         group(18, answers: [50, 60, 2, 11], ["mcg.b", "net.pm"]),
         group(22, answers: [61], ["mcg.c", "mcg.b", "net.pm"])]
    }

    @Test func theOriginalSharesALoaderWithOneToolDerivedFromIt() {
        let schedule = TestSchedule(bundled)
        // One load fewer, and the shorter run of the two such merges; the two derived tools of
        // the plugin never share (the second's file would run in the first's global table).
        #expect(tools(schedule) == [["net.pm", "mcg.c"], ["mcg.b"], ["acc.a"], ["exp.w1"], ["exp.w2"]])
        #expect(TestSchedule.makespan(schedule.units, threads: 2) < TestSchedule.makespan(bundled.map { [$0] },
                                                                                         threads: 2))
    }

    /// Tools may share a loader when each bundle they both load from gets the same files.
    @Test func toolsShareALoaderOnlyWhereEachRunsAsRunRunsIt() {
        let groups = bundled
        #expect(TestSchedule.shareable(groups[3], groups[4]), "the original and a derived tool")
        #expect(TestSchedule.shareable(groups[3], groups[5]))
        #expect(!TestSchedule.shareable(groups[4], groups[5]), "two tools of one plugin")
        #expect(!TestSchedule.shareable(groups[1], groups[2]), "two tools of one module")
        #expect(TestSchedule.shareable(groups[0], groups[1]), "tools of different bundles")
    }

    /// A family too large for one thread is spread: the original with one derived tool, two more
    /// derived tools (of two plugins) together, each pair loading the original once.
    @Test func aLargeFamilyIsSpreadOverThreads() {
        let many = Array(repeating: 20, count: 10)
        let groups = [group(0, answers: many, ["m.base"]), group(10, answers: many, ["p1.d1", "m.base"]),
                      group(20, answers: many, ["p2.d2", "m.base"]), group(30, answers: many, ["p3.d3", "m.base"]),
                      group(40, answers: [1], ["o.other"])]
        #expect(tools(TestSchedule(groups)) == [["p2.d2", "p3.d3"], ["m.base", "p1.d1"], ["o.other"]])
    }

    @Test func everyCaseRunsOnce() {
        let unread = TestSchedule.Group(members: [26], chain: [], bundles: [], work: 1)
        let groups = bundled + [group(23, answers: [1, 2, 3], ["mcg.d", "mcg.b", "net.pm"]), unread]
        let members = TestSchedule(groups).units.flatMap { $0.flatMap(\.members) }
        #expect(members.sorted() == Array(0..<27))
    }
}
