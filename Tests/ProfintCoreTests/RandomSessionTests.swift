import Foundation
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// Every bundled tool driven by a seeded random player through the session driver: the short
/// version of `profint-bench soak` (docs/security.md, "Random sessions and interrupted sessions").
@Suite("Random sessions")
struct RandomSessionTests {
    /// The seed of the suite's runs: `PROFINT_SOAK_SEED` replays another.
    static let seed = ProcessInfo.processInfo.environment["PROFINT_SOAK_SEED"].flatMap { UInt64($0) } ?? 20_261_129
    /// Runs across the tools: `PROFINT_SOAK_RUNS` asks for more.
    static let runs = ProcessInfo.processInfo.environment["PROFINT_SOAK_RUNS"].flatMap { Int($0) } ?? 480

    @Test func everyBundledToolSurvivesRandomSessions() throws {
        let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.checkout]))
        var sessions = try RandomSessions(catalog: catalog)
        #expect(sessions.order.count >= 6, "the bundled tools: \(sessions.order)")
        sessions.soak(runs: Self.runs, seed: Self.seed)
        print("random sessions, seed \(Self.seed):\n\(sessions.report)")
        #expect(sessions.failures.isEmpty, "seed \(Self.seed): \(sessions.failures.prefix(5).map(\.description))")
        for tool in sessions.order {
            let tally = try #require(sessions.tallies[tool])
            #expect(tally.runs >= Self.runs / sessions.order.count, "\(tool), seed \(Self.seed)")
            #expect(tally.finished > 0, "\(tool): no run finished, seed \(Self.seed)")
            #expect(tally.refusals > 0 && tally.backs > 0, "\(tool): no refusal or no back, seed \(Self.seed)")
        }
    }

    @Test func aToolThatFailsIsAFailureWithItsSeed() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = "T", version = "1", step { id = "s", title = "S",
              ask.number { id = "n", text = "N", integer = true, min = 1, max = 9,
                constraint = function(value) if value == 7 then error("seven") end return true end },
              ask.yesno { id = "y", text = "Y" } } }
            """)
        var sessions = try RandomSessions(catalog: catalog)
        sessions.soak(runs: 60, seed: Self.seed)
        let failure = try #require(sessions.failures.first, "the player answered 7 in none of 60 runs")
        #expect(failure.tool == "m/t" && failure.message.contains("host error") && failure.message.contains("seven"))
        var replay = try RandomSessions(catalog: catalog)
        replay.play(failure.tool, runSeed: failure.runSeed)
        #expect(replay.failures.map(\.description) == [failure.description], "the run seed replays the failure")
    }

    @Test func aRunRepeatsFromItsSeed() throws {
        let catalog = try Catalog(searchPath: SearchPath(folders: [Fixtures.checkout]))
        var first = try RandomSessions(catalog: catalog)
        var second = try RandomSessions(catalog: catalog)
        first.play("networks/partner-map", runSeed: 7)
        second.play("networks/partner-map", runSeed: 7)
        #expect(first.report == second.report)
    }
}
