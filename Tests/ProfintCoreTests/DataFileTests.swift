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
        let refusal = "/tmp/answers.yaml: (file): more than 100000 values once its aliases are expanded: "
            + "not an answer file"
        #expect(problem(lines.joined(separator: "\n")) == refusal)
        var mappings = ["a: &a {" + (1...10).map { "k\($0): lol" }.joined(separator: ", ") + "}"]
        for (index, name) in ["b", "c", "d", "e", "f", "g"].enumerated() {
            let previous = index == 0 ? "a" : ["b", "c", "d", "e", "f"][index - 1]
            let fields = (1...10).map { "k\($0): *\(previous)" }.joined(separator: ", ")
            mappings.append("\(name): &\(name) {\(fields)}")
        }
        #expect(problem(mappings.joined(separator: "\n")) == refusal, "mappings of aliases, with their keys' lines")
    }

    /// Anchors inside anchors: each alias takes along the keys' lines of what it repeats, which
    /// are kept once however deep the anchors nest.
    @Test func nestedAnchorsRepeatTheirKeysLines() throws {
        let file = try DataFile(text: """
            a: &outer
              b: &inner
                c: 1
            x: *inner
            y: *outer
            """, url: URL(fileURLWithPath: "/tmp/answers.yaml"))
        #expect(file.line(of: ["x", "c"]) == 3)
        #expect(file.line(of: ["y", "b"]) == 2)
        #expect(file.line(of: ["y", "b", "c"]) == 3)
        #expect(file.root["y"] == .object(["b": .object(["c": .int(1)])]))
        let deep = (1...60).map { "&a\($0) {k: " }.joined() + "{" + (1...2_000).map { "v\($0): 1" }
            .joined(separator: ", ") + "}" + String(repeating: "}", count: 60)
        let many = try DataFile(text: "a: " + deep + "\nb: *a1", url: URL(fileURLWithPath: "/tmp/answers.yaml"))
        #expect(many.line(of: ["b"] + Array(repeating: "k", count: 60) + ["v2000"]) == 1)
    }

    @Test func anAliasToAScalarMayBeAKey() throws {
        #expect(try read("a: &name Housing\n*name : 2") == .object(["a": "Housing", "Housing": .int(2)]))
        #expect(try read("&k 5 : x\nb: *k") == .object(["5": "x", "b": .int(5)]), "as a value, it reads as any scalar")
        #expect(problem("a: &list [1]\n*list : 2") == "/tmp/answers.yaml:2: : keys must be plain text")
    }

    /// The message a file that cannot be read gets (its one problem's origin and reason).
    func problem(_ text: String) -> String {
        do {
            _ = try DataFile(text: text, url: URL(fileURLWithPath: "/tmp/answers.yaml"))
            return "read"
        } catch ProfintError.invalidAnswers(let problems) {
            return problems.map { "\($0.origin ?? ""): \($0.path): \($0.reason)" }.joined(separator: "; ")
        } catch {
            return "\(error)"
        }
    }

    @Test func explicitTagsQuotesAndBlocks() throws {
        let value = try read("""
            a: !!int 1_000
            b: !!float "2.5"
            c: !!bool TRUE
            d: !!null whatever
            e: !!str 5
            f: !local 5
            g: '5'
            h: |
              two
              lines
            i: !!int many
            """)
        #expect(value == .object([
            "a": .int(1000), "b": .double(2.5), "c": .bool(true), "d": .null, "e": "5", "f": "5", "g": "5",
            "h": "two\nlines\n", "i": "many",
        ]), "!!str, another tag, quotes and blocks give text")
        #expect(try read("") == .null)
        #expect(try read("{\"a\": [1, 2.5, \"x\", null, true]}")
                == .object(["a": [.int(1), .double(2.5), "x", .null, .bool(true)]]))
    }

    @Test func everyKeyKeepsItsLineAliasesIncluded() throws {
        let file = try DataFile(text: """
            answers:
              needs.needs: &needs
                - Housing
              partners: { first: *needs }
            base: &base
              kind: ngo
            copy: *base
            """, url: URL(fileURLWithPath: "/tmp/answers.yaml"))
        #expect(file.line(of: ["answers"]) == 1)
        #expect(file.line(of: ["answers", "needs.needs"]) == 2)
        #expect(file.line(of: ["answers", "partners", "first"]) == 4)
        #expect(file.line(of: ["base", "kind"]) == 6)
        #expect(file.line(of: ["copy", "kind"]) == 6, "a key an alias repeats keeps the line it is written on")
        #expect(file.origin(of: ["copy"]) == "/tmp/answers.yaml:7")
        #expect(file.root["copy"] == .object(["kind": "ngo"]))
        #expect(file.root["answers"]?["partners"]?["first"] == ["Housing"])
    }

    @Test func whatIsWrongIsSaidWithItsPlace() {
        #expect(problem("a: 1\nb: 2\na: 3") == "/tmp/answers.yaml:3: (file): a key is given twice: a")
        #expect(problem("m:\n  a: 1\n  \"a\": 2") == "/tmp/answers.yaml:3: m: a key is given twice: a")
        #expect(problem("a: [1, 2") == "/tmp/answers.yaml: (file): line 2, column 1: did not find expected ',' or ']'")
        #expect(problem("a: b: c")
                == "/tmp/answers.yaml: (file): line 1, column 5: mapping values are not allowed in this context")
        #expect(problem("--- 1\n--- 2")
                == "/tmp/answers.yaml: (file): line 2, column 1: but found another document (a file holds one)")
        #expect(problem("a:\n  b: *nowhere") == "/tmp/answers.yaml: a/b: line 2, column 6: found undefined alias")
        #expect(problem("x: 1\n? [1]\n: 2") == "/tmp/answers.yaml:2: : keys must be plain text")
        #expect(problem("a: ok\nb: \u{1}")
                == "/tmp/answers.yaml: (file): line 2, column 4: control characters are not allowed")
        let deep = "x: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        #expect(problem(deep).hasPrefix("/tmp/answers.yaml:1: x/0/0/"))
        #expect(problem(deep).hasSuffix(": nested too deeply"))
        // 63 levels fit where they are written, at a; the alias puts them one level further.
        let anchored = "a: &a " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        #expect(problem(anchored) == "read")
        #expect(problem(anchored + "\nb: [*a]").hasSuffix("b/0: nested too deeply"),
                "an alias cannot nest past the limit either")
    }
}
