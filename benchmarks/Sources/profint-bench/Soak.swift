// `profint-bench soak RUNS SEED`: the random sessions of docs/security.md at scale, in one
// process. RandomSessions.swift here is a link to the file the test suite runs
// (Tests/ProfintCoreTests); both drive the product's player (RandomPlayer in ProfintChecks).
import Foundation
import ProfintChecks
import ProfintContent

/// Plays `runs` random sessions across every tool on the search path from `seed`, prints the
/// figures per tool and every failure with the seed that replays it; exits 1 on any failure.
func soak(runs: Int, seed: UInt64) throws -> Never {
    let catalog = try Catalog(searchPath: SearchPath.standard())
    var sessions = try RandomSessions(catalog: catalog)
    let start = Date()
    sessions.soak(runs: runs, seed: seed) { done in
        if done % 10_000 == 0 {
            let seconds = Date().timeIntervalSince(start)
            FileHandle.standardError.write(Data("soak: \(done) runs, \(String(format: "%.0f", seconds)) s\n".utf8))
        }
    }
    let seconds = Date().timeIntervalSince(start)
    print("soak runs \(runs) seed \(seed) tools \(sessions.order.count) seconds \(String(format: "%.1f", seconds)) "
        + "failures \(sessions.failures.count)")
    print(sessions.report)
    for failure in sessions.failures.prefix(50) { print("FAILURE \(failure)") }
    exit(sessions.failures.isEmpty ? 0 : 1)
}
