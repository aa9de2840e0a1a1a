@testable import ProfintChecks
import Testing

/// How `profint test` spreads its cases: a family of tools shares one loader when that does not
/// make the run longer, and every case is run once.
@Suite("The schedule of test cases")
struct TestScheduleTests {
    /// A group of `cases` cases (numbered from `first`) whose loader loads `chain`.
    private func group(_ first: Int, _ cases: Int, _ chain: [String]) -> TestSchedule.Group {
        TestSchedule.Group(members: Array(first..<first + cases), chain: chain)
    }

    /// The tools of the units, in order: what each loader loads first.
    private func tools(_ schedule: TestSchedule) -> [[String]] { schedule.units.map { $0.compactMap(\.chain.first) } }

    /// The bundled content's shape: a base with 8 cases, two tools derived from it (one through
    /// the other), and three tools of their own.
    private var bundled: [TestSchedule.Group] {
        [group(0, 3, ["a"]), group(3, 3, ["w1"]), group(6, 4, ["w2"]), group(10, 8, ["pm"]),
         group(18, 4, ["b", "pm"]), group(22, 1, ["c", "b", "pm"])]
    }

    @Test func aFamilySharesOneLoaderWhenTheRunIsNoLongerForIt() {
        let schedule = TestSchedule(bundled, threads: 2)
        #expect(tools(schedule) == [["pm", "b", "c"], ["w2"], ["a"], ["w1"]])
        // Three loads fewer, and the longest thread shorter: 22 cases' worth against 26.
        #expect(TestSchedule.makespan(schedule.units, threads: 2) == 22)
        #expect(TestSchedule.makespan(bundled.map { [$0] }, threads: 2) == 26)
    }

    @Test func aFamilyTooLargeForOneThreadStaysSplit() {
        let groups = [group(0, 10, ["base"]), group(10, 10, ["d1", "base"]), group(20, 10, ["d2", "base"]),
                      group(30, 10, ["d3", "base"]), group(40, 1, ["other"])]
        let schedule = TestSchedule(groups, threads: 2)
        #expect(schedule.units.count == groups.count)
        #expect(tools(schedule) == [["d1"], ["d2"], ["d3"], ["base"], ["other"]])
        // On one thread, sharing only saves loads.
        #expect(TestSchedule(groups, threads: 1).units.count == 2)
    }

    @Test func everyCaseRunsOnceWhateverTheThreads() {
        let groups = bundled + [group(23, 1, []), group(24, 2, ["c", "b", "pm"])]
        for threads in 1...5 {
            let members = TestSchedule(groups, threads: threads).units.flatMap { $0.flatMap(\.members) }
            #expect(members.sorted() == Array(0..<26), "threads: \(threads)")
        }
    }
}
