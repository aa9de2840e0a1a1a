import Foundation
import Synchronization

/// Standard output or standard error, written with `write(2)`: every byte, a partial write
/// continued, an interrupted one retried, and a descriptor left non-blocking waited on.
///
/// A stream that fails (a full disk, a closed descriptor) keeps its first error and writes
/// nothing more; the program says so once, at its end, and exits with an I/O status
/// (`ProfintCommand.main`). Foundation's `FileHandle.write(_:)` trapped on such an error instead,
/// and the `Data` it takes cost every start a first-time type check.
public final class StandardStream: Sendable {
    /// The process's standard output.
    public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    /// The process's standard error.
    public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    private let descriptor: Int32
    private let name: String
    private let firstFailure = Mutex<String?>(nil)

    /// A stream on an open file descriptor, which `name` names in its failure.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Why the stream stopped, naming it: "standard output: No space left on device"; nil while
    /// every write has succeeded.
    public var failure: String? { firstFailure.withLock { $0 } }

    /// Writes `text`'s UTF-8 bytes, all of them, unless an earlier write failed.
    public func write(_ text: String) {
        guard failure == nil else { return }
        var text = text
        let error: Int32? = text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, start + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    // A descriptor the parent process left non-blocking: wait until it takes more.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    if poll(&ready, 1, -1) < 0 && errno != EINTR { return errno }
                } else if written == 0 || errno != EINTR {
                    // write(2) returns 0 for a non-empty buffer on no file profint writes to:
                    // stop rather than loop.
                    return written == 0 ? EIO : errno
                }
            }
            return nil
        }
        if let error {
            let reason = String(cString: strerror(error))
            firstFailure.withLock { $0 = $0 ?? "\(name): \(reason)" }
        }
    }
}
