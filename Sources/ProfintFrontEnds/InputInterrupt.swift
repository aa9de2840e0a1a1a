import Foundation
import Synchronization

/// Ctrl-C (SIGINT) ends the input, as end of file does, at the terminal and for a JSON-lines
/// client alike: the front end then stops like `quit`, committing the time of the current step
/// (the line being typed is the only thing lost; the rows and items typed before are already in
/// the draft). The handler makes standard input read from `/dev/null`, so the read waiting for a
/// line ends at once; the front ends read no further line once it has happened (``happened``).
/// A second Ctrl-C, for when the first cannot end the session (a store kept busy by another
/// process), writes `message` and exits at once.
public enum InputInterrupt {
    private static let count = Atomic<Int>(0)
    /// The second Ctrl-C's message, in memory of its own that is never freed nor moved: the handler
    /// writes it without touching a Swift array (no retain, no allocation inside the handler).
    nonisolated(unsafe) private static var message = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    nonisolated(unsafe) private static var exitStatus: Int32 = 1

    /// Whether Ctrl-C was pressed since ``install(message:exitStatus:)``.
    public static var happened: Bool { count.load(ordering: .sequentiallyConsistent) > 0 }

    /// Takes over SIGINT for this process.
    /// - Parameters:
    ///   - message: what a second Ctrl-C writes to standard error before exiting.
    ///   - exitStatus: the status it exits with.
    public static func install(message text: String, exitStatus status: Int32) {
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        message = buffer  // an earlier message is left allocated: a handler may be writing it
        exitStatus = status
        // The statics are set up here, not lazily at their first use inside the handler.
        _ = count.load(ordering: .sequentiallyConsistent)
        // A parent may have started profint with SIGINT blocked (threads of libdispatch block
        // signals, and a child inherits the mask): Ctrl-C must still be heard.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            // Only async-signal-safe calls here: an atomic add, open, dup2, close, write, _exit.
            if InputInterrupt.count.add(1, ordering: .sequentiallyConsistent).newValue > 1 {
                let buffer = InputInterrupt.message
                _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
                _exit(InputInterrupt.exitStatus)
            }
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 {
                _ = dup2(null, STDIN_FILENO)
                _ = close(null)
            }
        }
    }
}
