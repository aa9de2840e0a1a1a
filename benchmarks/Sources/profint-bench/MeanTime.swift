import Foundation

/// Runs `body` `runs` times and prints `NAME_ms MS`: the mean milliseconds of one run, on the
/// monotonic clock (the line `scripts/bench` reads).
func printMeanTime(_ name: String, runs: Int, _ body: () throws -> Void) rethrows {
    let elapsed = try ContinuousClock().measure {
        for _ in 0..<runs { try body() }
    }
    let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    print("\(name)_ms \(String(format: "%.3f", milliseconds / Double(runs)))")
}
