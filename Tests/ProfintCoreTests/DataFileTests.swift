import Foundation
@testable import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Answer files as YAML 1.2 reads them, and nothing that can hurt the host")
struct DataFileTests {
    func read(_ text: String) throws -> JSONValue {
        try DataFile(text: text, url: URL(fileURLWithPath: "/tmp/answers.yaml")).root
    }

    @Test func plainScalarsFollowTheCoreSchema() throws {
        let value = try read("""
            a: no
            b: true
            c: 1_000
            d: -2.5e3
            e: 2021-03-04
            f: ~
            g: "4"
            h: 0x1F
            i: 1.0
            j: .5
            """)
        #expect(value == .object([
            "a": "no", "b": .bool(true), "c": .int(1000), "d": .double(-2500), "e": "2021-03-04", "f": .null,
            "g": "4", "h": .int(31), "i": .double(1), "j": .double(0.5),
        ]))
    }

    @Test func aliasesThatExpandWithoutBoundAreRefused() throws {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (index, name) in ["b", "c", "d", "e", "f", "g", "h"].enumerated() {
            let previous = index == 0 ? "a" : ["b", "c", "d", "e", "f", "g"][index - 1]
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        #expect(throws: ProfintError.self) { try read(lines.joined(separator: "\n")) }
    }
}
