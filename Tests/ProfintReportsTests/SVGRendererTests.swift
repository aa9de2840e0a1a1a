import Foundation
import ProfintTestSupport
@testable import ProfintReports
import Testing

/// How the SVG renderer meets a `dot` that misbehaves: stand-in programs (shell scripts) for
/// Graphviz, so that what is tested is profint's side of the pipes.
@Suite(.timeLimit(.minutes(1)))
struct SVGRendererTests {
    /// A stand-in `dot` running `script` (sh), in a folder of its own.
    static func program(_ script: String) throws -> URL {
        let folder = try temporaryFolder(["dot": "#!/bin/sh\n" + script + "\n"])
        let url = folder.appendingPathComponent("dot")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    /// More DOT than a pipe holds (64 KiB on Linux), so that writing it blocks until it is read.
    static let bigDOT = "digraph { " + (0..<20_000).map { "n\($0) -> n\($0 + 1); " }.joined() + "}"

    @Test func aDotThatExitsWithoutReadingIsAnErrorNotTheEndOfProfint() throws {
        let dot = try Self.program("echo 'dot: cannot start' >&2; exit 3")
        let error = try #require(throws: SVGRenderer.Unavailable.self) {
            try SVGRenderer.render(dot: Self.bigDOT, program: dot)
        }
        #expect(error.reason.contains("exit status 3"), "\(error.reason)")
        #expect(error.reason.contains("before reading all the DOT"))
        #expect(error.reason.contains("dot: cannot start"), "what dot said")
    }

    @Test func manyWarningsBeforeTheDrawingDoNotBlockTheRun() throws {
        // 300 KiB on the errors first, while the DOT is still being written: both pipes fill
        // unless profint reads them as they come.
        let dot = try Self.program("""
            i=0; while [ $i -lt 3000 ]; do
              echo "Warning: $i a hundred characters of warning text, a hundred characters of warning text." >&2
              i=$((i+1)); done
            cat > /dev/null; echo '<svg>drawn</svg>'
            """)
        let svg = try SVGRenderer.render(dot: Self.bigDOT, program: dot)
        #expect(svg == "<svg>drawn</svg>\n")
    }

    @Test func aFailingDotSaysItsFirstLinesOnly() throws {
        let dot = try Self.program("""
            cat > /dev/null
            i=0; while [ $i -lt 2000 ]; do echo "Error: syntax error in line $i" >&2; i=$((i+1)); done; exit 1
            """)
        let error = try #require(throws: SVGRenderer.Unavailable.self) {
            try SVGRenderer.render(dot: Self.bigDOT, program: dot)
        }
        #expect(error.reason.contains("exit status 1"))
        #expect(error.reason.contains("Error: syntax error in line 0"))
        #expect(!error.reason.contains("in line 5\n"), "five lines shown")
        #expect(error.reason.hasSuffix("(1995 more lines)"), "\(error.reason.suffix(60))")
    }

    @Test func aDotEndedByASignalSaysSo() throws {
        let dot = try Self.program("kill -9 $$")
        let error = try #require(throws: SVGRenderer.Unavailable.self) {
            try SVGRenderer.render(dot: "digraph { a -> b }", program: dot)
        }
        #expect(error.reason.contains("ended by signal 9"), "\(error.reason)")
    }

    @Test func aDotThatReadsAllAndDrawsGivesItsOutput() throws {
        let dot = try Self.program("wc -c | tr -d ' '")
        let counted = try SVGRenderer.render(dot: Self.bigDOT, program: dot)
        #expect(counted == "\(Self.bigDOT.utf8.count)\n", "every byte of the DOT reached dot")
    }
}
