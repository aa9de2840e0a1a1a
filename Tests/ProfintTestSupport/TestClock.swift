import Foundation

/// A clock for repeatable times: it stands still until a test moves it, or moves a minute at
/// each reading with ``tick()``.
public final class TestClock: @unchecked Sendable {
    public var now = Date(timeIntervalSince1970: 1_700_000_000)

    public init() {}

    /// Moves a minute on, and reads the time.
    public func tick() -> Date {
        now = now.addingTimeInterval(60)
        return now
    }

    /// Reads the time without moving it.
    public func read() -> Date { now }

    /// Moves the clock on by `seconds`.
    public func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
