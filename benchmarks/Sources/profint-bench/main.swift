// profint-bench: the in-process measures of `scripts/bench` (docs/performance.md).
//
//   profint-bench rate TOOL ANSWERS RUNS      headless runs per second in one process, the tool
//                                            loaded once as a harness would
//   profint-bench memory TOOL ANSWERS RUNS    resident memory after 10, 100, 1000... of those runs,
//                                            and the scripts' peak memory
//   profint-bench lua-answers ANSWERS         the answers of an answer file as a Lua table, for
//                                            the plain-Lua floor
//   profint-bench authoring                   the authoring library profint embeds, for the floor
//   profint-bench schema                      the authoring schema as a Lua chunk, for the floor
//   profint-bench catalog RUNS                milliseconds to load the catalog (every manifest)
//   profint-bench load TOOL RUNS              milliseconds to load a tool in a Lua state of its own
//   profint-bench soak RUNS SEED              random sessions of every tool (docs/security.md)
//   profint-bench phases TOOL ANSWERS RUNS    milliseconds of each phase of a headless run and of
//                                            profint test, in one process (what bounds a figure)
//
// The content is found as `profint` finds it: PROFINT_HOME, then PROFINT_PATH.
import Foundation
import ProfintChecks
import ProfintContent
import ProfintEngine
import ProfintModel

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("profint-bench: \(message)\n".utf8))
    exit(64)
}

/// Resident memory of this process, in KiB.
func residentKiB() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = Int(statm.split(separator: " ").dropFirst().first ?? "0") ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

func luaLiteral(_ value: JSONValue) -> String {
    switch value {
    case .null: return "nil"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .string(let s):
        let escaped = s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped.replacingOccurrences(of: "\n", with: "\\n") + "\""
    case .array(let items): return "{ " + items.map(luaLiteral).joined(separator: ", ") + " }"
    case .object(let fields):
        return "{ " + fields.keys.sorted().map { "[\(luaLiteral(.string($0)))] = \(luaLiteral(fields[$0] ?? .null))" }
            .joined(separator: ", ") + " }"
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: profint-bench rate|memory|lua-answers|authoring ...") }

do {
    switch (command, arguments.count) {
    case ("authoring", 1):
        print(AuthoringSource.text, terminator: "")
    case ("schema", 1):
        func list(_ names: [String]) -> String {
            "{ " + names.map { luaLiteral(.string($0)) }.joined(separator: ", ") + " }"
        }
        print("return {\n  kinds = \(list(AuthoringSchema.kinds.map(\.rawValue))),")
        print("  translatable = \(list(AuthoringSchema.translatableFields)),")
        print("  own = \(list(AuthoringSchema.derivedOwnFields)),")
        print("  changes = \(list(AuthoringSchema.changes.map(\.name))),\n}")
    case ("lua-answers", 2):
        let file = try AnswerFile(url: URL(fileURLWithPath: arguments[1]))
        let entries = file.answers.map { "  [\(luaLiteral(.string($0.path.description)))] = \(luaLiteral($0.value))," }
        print("return {\n" + entries.joined(separator: "\n") + "\n}")
    case ("catalog", 2):
        guard let runs = Int(arguments[1]), runs > 0 else { fail("RUNS must be a positive number") }
        try printMeanTime("catalog", runs: runs) { _ = try Catalog(searchPath: SearchPath.standard()) }
    case ("load", 3):
        guard let runs = Int(arguments[2]), runs > 0 else { fail("RUNS must be a positive number") }
        let catalog = try Catalog(searchPath: SearchPath.standard())
        try printMeanTime("load", runs: runs) {
            _ = try ToolLoader(catalog: catalog, limits: .default).load(arguments[1])
        }
    case ("phases", 4):
        guard let runs = Int(arguments[3]), runs > 0 else { fail("RUNS must be a positive number") }
        try phases(tool: arguments[1], answers: arguments[2], runs: runs)
    case ("soak", 3):
        guard let runs = Int(arguments[1]), runs > 0, let seed = UInt64(arguments[2]) else {
            fail("usage: soak RUNS SEED")
        }
        try soak(runs: runs, seed: seed)
    case ("rate", 4), ("memory", 4):
        guard let runs = Int(arguments[3]), runs > 0 else { fail("RUNS must be a positive number") }
        let catalog = try Catalog(searchPath: SearchPath.standard())
        let answers = try AnswerFile(url: URL(fileURLWithPath: arguments[2]))
        let loaded = try ToolLoader(catalog: catalog, limits: .default).load(arguments[1])
        var checkpoints: [(Int, Int)] = []
        let start = Date()
        for index in 1...runs {
            let run = try Headless.run(loaded, language: answers.language ?? "en", answers: answers.answers)
            guard run.isFinished else { fail("the run did not finish") }
            // Powers of ten, and the last run, which the page compares with the 100th.
            if [10, 100, 1000, 10000, 100000].contains(index) || index == runs {
                checkpoints.append((index, residentKiB()))
            }
        }
        let seconds = Date().timeIntervalSince(start)
        if command == "rate" {
            print("runs_per_second \(String(format: "%.1f", Double(runs) / seconds))")
        } else {
            for (count, kib) in checkpoints { print("rss_after_\(count) \(kib)") }
            print("script_peak_bytes \(loaded.peakScriptMemory)")
        }
    default:
        fail("usage: profint-bench rate|memory TOOL ANSWERS RUNS | lua-answers ANSWERS | authoring | schema")
    }
} catch {
    fail("\(error)")
}
