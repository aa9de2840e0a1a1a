import Foundation
import ProfintFrontEnds
import Synchronization
import Testing

/// Writing standard output and error: every byte, and a failure kept rather than a trap.
@Suite("Standard streams")
struct StandardStreamTests {
    /// A non-blocking pipe takes a long text in parts, and refuses more (EAGAIN) until its reader
    /// has read: every byte still arrives, in order.
    @Test func writesEveryByteThroughANonBlockingPipe() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (reading, writing) = (ends[0], ends[1])
        try #require(fcntl(writing, F_SETFL, fcntl(writing, F_GETFL) | O_NONBLOCK) == 0)
        let received = Mutex<[UInt8]>([])
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(reading, &buffer, buffer.count)
                if count <= 0 { break }
                received.withLock { $0 += buffer[..<count] }
                usleep(100)
            }
            close(reading)
        }
        reader.start()
        let stream = StandardStream(descriptor: writing, name: "the pipe")
        let text = String(repeating: "Réseau de partenaires · ", count: 20_000)
        stream.write(text)
        stream.write("")
        stream.write("end\n")
        close(writing)
        while !reader.isFinished { usleep(1000) }
        #expect(stream.failure == nil)
        #expect(received.withLock { String(decoding: $0, as: UTF8.self) } == text + "end\n")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceIsAFailureKeptNotATrap() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let stream = StandardStream(descriptor: descriptor, name: "standard output")
        stream.write("a report\n")
        #expect(stream.failure == "standard output: No space left on device")
        // The first error is the one kept: the descriptor, now read-only, would say EBADF.
        let readOnly = open("/dev/null", O_RDONLY)
        try #require(readOnly >= 0 && dup2(readOnly, descriptor) == descriptor)
        close(readOnly)
        stream.write("more\n")
        #expect(stream.failure == "standard output: No space left on device")
    }

    @Test func aClosedDescriptorIsAFailure() {
        let stream = StandardStream(descriptor: -1, name: "the stream")
        stream.write("text")
        #expect(stream.failure == "the stream: Bad file descriptor")
    }
}
