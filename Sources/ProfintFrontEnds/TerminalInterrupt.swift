import Foundation
import Synchronization

/// Ctrl-C at the terminal ends the input, as end of file does: the front end then stops like
/// `:quit`, committing the time of the current step (the line being typed is the only thing
/// lost; the rows and items typed before are already in the draft). The handler makes standard
/// input read from `/dev/null`, so the read waiting for a line ends at once; ``Terminal`` reads
/// no further line once it has happened. A second Ctrl-C, for when the first cannot end the
/// session (a store kept busy by another process), writes `message` and exits at once.
public enum TerminalInterrupt {
    private static let count = Atomic<Int>(0)
    nonisolated(unsafe) private static var message: [UInt8] = []
    nonisolated(unsafe) private static var exitStatus: Int32 = 1

    /// Whether Ctrl-C was pressed since ``install(message:exitStatus:)``.
    public static var happened: Bool { count.load(ordering: .sequentiallyConsistent) > 0 }

    /// Takes over SIGINT for this process.
    /// - Parameters:
    ///   - message: what a second Ctrl-C writes to standard error before exiting.
    ///   - exitStatus: the status it exits with.
    public static func install(message text: String, exitStatus status: Int32) {
        message = Array(text.utf8)
        exitStatus = status
        // A parent may have started profint with SIGINT blocked (threads of libdispatch block
        // signals, and a child inherits the mask): Ctrl-C must still be heard.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            // Only async-signal-safe calls here: an atomic add, open, dup2, close, write, _exit.
            if TerminalInterrupt.count.add(1, ordering: .sequentiallyConsistent).newValue > 1 {
                TerminalInterrupt.message.withUnsafeBufferPointer { buffer in
                    _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
                }
                _exit(TerminalInterrupt.exitStatus)
            }
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 {
                _ = dup2(null, STDIN_FILENO)
                _ = close(null)
            }
        }
    }
}
