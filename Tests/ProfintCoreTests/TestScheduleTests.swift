@testable import ProfintChecks
import Testing

/// How `profint test` spreads its cases: tools of one family share a loader when that saves loads
/// without making the run longer, and every case is run once.
@Suite("The schedule of test cases")
struct TestScheduleTests {
    /// A group of cases (numbered from `first`) with these numbers of answers, whose loader loads
    /// `chain`.
    private func group(_ first: Int, answers: [Int], _ chain: [String]) -> TestSchedule.Group {
        TestSchedule.Group(members: Array(first..<first + answers.count), chain: chain,
                           work: answers.reduce(0) { $0 + TestSchedule.caseWork(answers: $1) })
    }

    /// The tools of the units, in order: what each loader loads first.
    private func tools(_ schedule: TestSchedule) -> [[String]] { schedule.units.map { $0.compactMap(\.chain.first) } }

    /// The bundled content's shape: an original tool with eight cases, a tool derived from it and
    /// one derived from that, and three tools of their own.
    private var bundled: [TestSchedule.Group] {
        [group(0, answers: [5, 9, 25], ["a"]), group(3, answers: [10, 10, 10], ["w1"]),
         group(6, answers: [5, 1, 5, 5], ["w2"]), group(10, answers: [4, 3, 4, 17, 18, 21, 17, 21], ["pm"]),
         group(18, answers: [50, 60, 2, 11], ["b", "pm"]), group(22, answers: [61], ["c", "b", "pm"])]
    }

    @Test func theDerivedToolsShareALoaderAndTheOriginalRunsBesideThem() {
        let schedule = TestSchedule(bundled, threads: 2)
        // Two loads fewer. The original joining them would save one more, and make the run longer.
        #expect(tools(schedule) == [["b", "c"], ["pm"], ["a"], ["w1"], ["w2"]])
        #expect(TestSchedule.makespan(schedule.units, threads: 2) < TestSchedule.makespan(bundled.map { [$0] },
                                                                                         threads: 2))
    }

    @Test func onOneThreadAFamilySharesOneLoader() {
        #expect(tools(TestSchedule(bundled, threads: 1)) == [["pm", "b", "c"], ["a"], ["w1"], ["w2"]])
    }

    @Test func aFamilyTooLargeForOneThreadStaysSplit() {
        let many = Array(repeating: 20, count: 10)
        let groups = [group(0, answers: many, ["base"]), group(10, answers: many, ["d1", "base"]),
                      group(20, answers: many, ["d2", "base"]), group(30, answers: many, ["d3", "base"]),
                      group(40, answers: [1], ["other"])]
        let schedule = TestSchedule(groups, threads: 4)
        #expect(schedule.units.count == groups.count)
        #expect(tools(schedule) == [["d1"], ["d2"], ["d3"], ["base"], ["other"]])
    }

    @Test func everyCaseRunsOnceWhateverTheThreads() {
        let unread = TestSchedule.Group(members: [26], chain: [], work: 1)
        let groups = bundled + [group(23, answers: [1, 2, 3], ["c", "b", "pm"]), unread]
        for threads in 1...5 {
            let members = TestSchedule(groups, threads: threads).units.flatMap { $0.flatMap(\.members) }
            #expect(members.sorted() == Array(0..<27), "threads: \(threads)")
        }
    }
}
