import Foundation

/// A program run to completion with its input given in full and its output and errors read in
/// full, as reports run Graphviz's `dot`.
///
/// The input is written and both outputs are read in one loop (`poll(2)`), so that no pipe can
/// fill while profint waits on another: a program that writes many warnings before its output,
/// or that exits without reading all its input, ends the run instead of blocking it. A program
/// that stops reading is not an error of profint's: the rest of the input is dropped, and what
/// the program said and its exit status tell what happened. Writing to a pipe whose reader is
/// gone raises `SIGPIPE`, which would end profint: the signal is blocked while the loop runs and
/// taken back before it is unblocked.
struct PipedProgram {
    /// What the program gave back.
    struct Outcome {
        /// The exit status, or the number of the signal that ended the program when `killed`.
        var status: Int32
        /// Whether a signal ended the program.
        var killed: Bool
        /// What it wrote on its standard output.
        var output: [UInt8]
        /// What it wrote on its standard error.
        var errors: [UInt8]
        /// False when the program exited, or closed its input, before reading all of it.
        var readAllInput: Bool
    }

    let executable: URL
    let arguments: [String]

    /// Runs the program with `input` on its standard input; returns once it has exited.
    func run(input: [UInt8]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let inputPipe = Pipe(), outputPipe = Pipe(), errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        let writer = inputPipe.fileHandleForWriting
        try process.run()
        // Blocked once the program is started, so that it does not inherit the mask.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer {
            PipedProgram.takePendingBrokenPipe(blocked)
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var streams = Streams(input: input, into: writer,
                              output: outputPipe.fileHandleForReading.fileDescriptor,
                              errors: errorPipe.fileHandleForReading.fileDescriptor)
        // Should poll itself fail, the program may be blocked writing to a pipe nobody reads:
        // it is ended, so that waiting for it cannot block.
        if !streams.exchange() { process.terminate() }
        streams.closeInput()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
                       output: streams.output, errors: streams.errors, readAllInput: streams.written == input.count)
    }

    /// Takes a `SIGPIPE` raised while it was blocked, so that unblocking it does not deliver it.
    private static func takePendingBrokenPipe(_ signals: sigset_t) {
        var pending = sigset_t()
        sigpending(&pending)
        guard sigismember(&pending, SIGPIPE) == 1 else { return }
        var wanted = signals
        var now = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&wanted, nil, &now)
    }
}

/// The three pipes of a ``PipedProgram`` run, served as each becomes ready.
private struct Streams {
    let input: [UInt8]
    let inputHandle: FileHandle
    let inputDescriptor: Int32
    let outputDescriptor: Int32
    let errorDescriptor: Int32
    var written = 0
    var inputOpen: Bool
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var outputOpen = true
    var errorsOpen = true

    init(input: [UInt8], into handle: FileHandle, output: Int32, errors: Int32) {
        self.input = input
        inputHandle = handle
        inputDescriptor = handle.fileDescriptor
        outputDescriptor = output
        errorDescriptor = errors
        inputOpen = true
        _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// Writes and reads until the program has closed its output and its errors (it has exited,
    /// or said all it will); false if `poll` failed first.
    mutating func exchange() -> Bool {
        while outputOpen || errorsOpen {
            var watched = [pollfd(fd: outputOpen ? outputDescriptor : -1, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: errorsOpen ? errorDescriptor : -1, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: inputOpen ? inputDescriptor : -1, events: Int16(POLLOUT), revents: 0)]
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            if watched[2].revents != 0 { writeSome() }
            if watched[0].revents != 0 { outputOpen = Streams.readSome(outputDescriptor, into: &output) }
            if watched[1].revents != 0 { errorsOpen = Streams.readSome(errorDescriptor, into: &errors) }
        }
        return true
    }

    /// Writes what the pipe takes of the rest of the input; closes it when all is written or
    /// when the program will read no more.
    private mutating func writeSome() {
        let count = input.withUnsafeBytes { bytes in
            write(inputDescriptor, bytes.baseAddress.map { $0 + written }, min(bytes.count - written, 1 << 16))
        }
        if count > 0 {
            written += count
            if written == input.count { closeInput() }
        } else if count < 0 && errno != EAGAIN && errno != EINTR {
            closeInput()
        }
    }

    /// Closes the program's input (once), so that it reads the end of it.
    mutating func closeInput() {
        guard inputOpen else { return }
        inputOpen = false
        try? inputHandle.close()
    }

    /// Reads what is there into `bytes`; false at the end of the stream or on an error.
    private static func readSome(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes += buffer[..<count]
            return true
        }
        return count < 0 && (errno == EINTR || errno == EAGAIN)
    }
}
