import Foundation
import Synchronization

/// A program started with profint's test environment and left running, for tests that act on it
/// while it runs (signals, locks): its standard input stays open and empty, and what it writes is
/// collected as it comes.
public final class RunningProgram {
    /// What the program wrote so far, and how many of its two outputs have ended.
    private final class Collected: Sendable {
        let state = Mutex<(out: [UInt8], err: [UInt8], ended: Int)>(([], [], 0))
    }

    private let process = Process()
    private let input = Pipe()
    private let collected = Collected()

    /// Starts `program` with `arguments`, in profint's test environment (``ProcessRunner``).
    public init(_ program: String, _ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessRunner.environment([:])
        let out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        for (handle, isOut) in [(out.fileHandleForReading, true), (err.fileHandleForReading, false)] {
            Thread { [collected] in
                while case let data = handle.availableData, !data.isEmpty {
                    collected.state.withLock {
                        if isOut { $0.out += data } else { $0.err += data }
                    }
                }
                collected.state.withLock { $0.ended += 1 }
            }.start()
        }
    }

    /// What it wrote to standard output so far.
    public var out: String { collected.state.withLock { String(decoding: $0.out, as: UTF8.self) } }
    /// What it wrote to standard error so far.
    public var err: String { collected.state.withLock { String(decoding: $0.err, as: UTF8.self) } }
    /// Whether the program has not exited yet.
    public var isRunning: Bool { process.isRunning }

    /// Waits until standard output holds `text`; false if the program ended, or `seconds` went
    /// by, first.
    public func waitForOutput(containing text: String, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if out.contains(text) { return true }
            if !process.isRunning {
                // Exited: what it wrote last is read once both outputs have ended.
                while collected.state.withLock({ $0.ended }) < 2 && Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.01)
                }
                return out.contains(text)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Sends SIGINT, as Ctrl-C at a terminal does.
    public func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Waits for the program to end and for the end of both its outputs; returns its exit status,
    /// or nil when it was still running after `seconds` (it is then killed, so no test hangs).
    public func waitUntilExit(seconds: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let ended = !process.isRunning
        if !ended { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        while collected.state.withLock({ $0.ended }) < 2 { Thread.sleep(forTimeInterval: 0.01) }
        return ended ? process.terminationStatus : nil
    }
}
