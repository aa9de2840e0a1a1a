import Foundation
import ProfintEngine
import ProfintModel

/// Draws a tool's graph (the partner map) in Graphviz DOT: groups as clusters, left to right.
public enum DOTRenderer {
    public static func render(_ graph: Graph) -> String {
        var lines = ["digraph \"\(escape(graph.title ?? "map"))\" {",
                     "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=\"\(escape(graph.title ?? ""))\"];",
                     "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f3f6fa\", color=\"#2f5d8a\", fontname=\"Helvetica\"];",
                     "  edge [color=\"#5b6475\", fontname=\"Helvetica\", fontsize=10];"]
        let palette = ["#e8f0fa", "#fdf1e0", "#e8f5ea", "#f6e8f4", "#eef0f2"]
        var grouped: Set<String> = []
        for (index, group) in graph.groups.enumerated() {
            let members = graph.nodes.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph \"cluster_\(escape(group.id))\" {")
            lines.append("    label=\"\(escape(group.label))\"; style=\"rounded\"; color=\"#d9dee7\";")
            for node in members {
                lines.append("    \"\(escape(node.id))\" [label=\"\(escape(node.label))\", fillcolor=\"\(palette[index % palette.count])\"];")
                grouped.insert(node.id)
            }
            lines.append("  }")
        }
        for node in graph.nodes where !grouped.contains(node.id) {
            lines.append("  \"\(escape(node.id))\" [label=\"\(escape(node.label))\", fillcolor=\"#2f5d8a\", fontcolor=\"white\"];")
        }
        for edge in graph.edges {
            let label = edge.label.map { " [label=\"\(escape($0))\"]" } ?? ""
            lines.append("  \"\(escape(edge.from))\" -> \"\(escape(edge.to))\"\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes a DOT quoted string.
    static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
            .replacingAll("\n", with: "\\n").replacingAll("\r", with: "")
    }
}

/// Draws a tool's graph as a Mermaid flowchart: groups as subgraphs.
public enum MermaidRenderer {
    public static func render(_ graph: Graph) -> String {
        var ids: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { ids[node.id] = "n\(index)" }
        var lines = ["flowchart LR"]
        if let title = graph.title { lines.insert("---\ntitle: \(escape(title))\n---", at: 0) }
        var grouped: Set<String> = []
        for (index, group) in graph.groups.enumerated() {
            let members = graph.nodes.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            lines.append("  subgraph g\(index)[\"\(escape(group.label))\"]")
            for node in members {
                lines.append("    \(ids[node.id] ?? "")[\"\(escape(node.label))\"]")
                grouped.insert(node.id)
            }
            lines.append("  end")
        }
        for node in graph.nodes where !grouped.contains(node.id) {
            lines.append("  \(ids[node.id] ?? "")([\"\(escape(node.label))\"])")
        }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            lines.append("  \(from) -->\(edge.label.map { "|\"\(escape($0))\"|" } ?? "") \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid labels in quotes take entity codes for quotes, angle brackets and `%` (so that
    /// `%%{init: …}%%` or a `%%` comment in an answer stays text), and hold one line.
    static func escape(_ text: String) -> String {
        text.replacingAll("#", with: "#35;").replacingAll("\"", with: "#quot;").replacingAll("<", with: "#lt;")
            .replacingAll(">", with: "#gt;").replacingAll("%", with: "#37;").replacingAll("\n", with: " ")
    }
}

/// Turns DOT into SVG with Graphviz's `dot`, when it is installed.
public enum SVGRenderer {
    public struct Unavailable: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// The `dot` program on the PATH, if any.
    public static func dotProgram(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    public static func render(dot: String) throws -> String {
        guard let program = dotProgram() else {
            throw Unavailable(reason: "SVG needs Graphviz's dot program: install it with apt-get install graphviz (DOT and Mermaid need nothing)")
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
