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

    public static func render(dot: String) throws -> String {
        guard let program = dotProgram() else {
            throw Unavailable(reason: "SVG needs Graphviz's dot program: "
                              + "install it with apt-get install graphviz (DOT and Mermaid need nothing)")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = Data(dot.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let problems = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unavailable(reason: "dot failed: \(String(decoding: problems, as: UTF8.self))")
        }
        return String(decoding: svg, as: UTF8.self)
    }
}
