import Foundation
import ProfintModel

/// Turns DOT into SVG with Graphviz's `dot`, when it is installed.
public enum SVGRenderer {
    public struct Unavailable: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// The `dot` program on the PATH, if any.
    public static func dotProgram(environment: [String: String] = ProcessEnvironment.variables("PATH")) -> URL? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The SVG `dot` draws of `dot` (the DOT text); `program` stands for the `dot` on the PATH.
    /// When `dot` is missing or fails, the error says why, with the start of what `dot` said.
    public static func render(dot: String, program: URL? = nil) throws -> String {
        guard let program = program ?? dotProgram() else {
            throw Unavailable(reason: "SVG needs Graphviz's dot program: "
                              + "install it with apt-get install graphviz (DOT and Mermaid need nothing)")
        }
        let outcome = try PipedProgram(executable: program, arguments: ["-Tsvg"]).run(input: Array(dot.utf8))
        guard outcome.status == 0, !outcome.killed, outcome.readAllInput else {
            let said = said(outcome.errors)
            let end = outcome.killed ? "ended by signal \(outcome.status)" : "exit status \(outcome.status)"
            throw Unavailable(reason: "\(program.path) failed (\(end)"
                              + (outcome.readAllInput ? "" : ", before reading all the DOT") + ")"
                              + (said.isEmpty ? "" : ": \(said)"))
        }
        return String(decoding: outcome.output, as: UTF8.self)
    }

    /// The first lines of what a program wrote on its errors, enough to say what went wrong.
    static func said(_ errors: [UInt8], lines: Int = 5) -> String {
        let all = String(decoding: errors, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let shown = all.prefix(lines).map { $0.count > 200 ? $0.prefix(200) + "…" : $0 }.joined(separator: "\n")
        return all.count > lines ? shown + "\n(\(all.count - lines) more lines)" : shown
    }
}
