import Foundation
import ProfintFrontEnds
import Testing

/// Writing standard output and error: every byte, and a failure kept rather than a trap.
@Suite("Standard streams")
struct StandardStreamTests {
    @Test func writesEveryByteOfALongText() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("profint-stream-\(UUID().uuidString)")
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { try? FileManager.default.removeItem(at: url) }
        let stream = StandardStream(descriptor: descriptor, name: "the file")
        let text = String(repeating: "Réseau de partenaires · ", count: 20_000)
        stream.write(text)
        stream.write("")
        stream.write("end\n")
        close(descriptor)
        #expect(stream.failure == nil)
        #expect(try String(contentsOf: url, encoding: .utf8) == text + "end\n")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceIsAFailureKeptNotATrap() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let stream = StandardStream(descriptor: descriptor, name: "standard output")
        stream.write("a report\n")
        stream.write("more\n")
        #expect(stream.failure == "standard output: No space left on device")
    }

    @Test func aClosedDescriptorIsAFailure() {
        let stream = StandardStream(descriptor: -1, name: "the stream")
        stream.write("text")
        #expect(stream.failure == "the stream: Bad file descriptor")
    }
}
