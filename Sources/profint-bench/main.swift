// profint-bench: the in-process measures of `scripts/bench` (docs/performance.md).
//
//   profint-bench memory TOOL ANSWERS RUNS   headless runs in one process: RSS after 10, 100,
//                                           1000... runs, and the Lua memory of one run
//   profint-bench rate TOOL ANSWERS RUNS      headless runs per second in one process
//   profint-bench lua-answers ANSWERS         the answers of an answer file as a Lua table, for
//                                           the plain-Lua floor
import Foundation
import LuaBridge
import ProfintCore

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
    case .string(let s): return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    case .array(let items): return "{ " + items.map(luaLiteral).joined(separator: ", ") + " }"
    case .object(let fields): return "{ " + fields.keys.sorted().map { "[\(luaLiteral(.string($0)))] = \(luaLiteral(fields[$0] ?? .null))" }.joined(separator: ", ") + " }"
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: profint-bench memory|rate|lua-answers ...") }

do {
    if command == "lua-answers", arguments.count == 2 {
        let file = try AnswerFile(url: URL(fileURLWithPath: arguments[1]))
        let entries = file.answers.map { "  [\(luaLiteral(.string($0.path)))] = \(luaLiteral($0.value))," }
        print("return {\n" + entries.joined(separator: "\n") + "\n}")
        exit(0)
    }
    guard arguments.count == 4, let runs = Int(arguments[3]), runs > 0 else { fail("usage: profint-bench \(command) TOOL ANSWERS RUNS") }
    let catalog = try Catalog(searchPath: SearchPath.standard())
    let answers = try AnswerFile(url: URL(fileURLWithPath: arguments[2]))
    var checkpoints: [(Int, Int)] = []
    var luaPeak = 0
    let start = Date()
    for index in 1...runs {
        let loaded = try ToolLoader(catalog: catalog, limits: .default).load(arguments[1])
        let run = try Headless.run(loaded, language: answers.language ?? "en", answers: answers.answers)
        guard run.isFinished else { fail("the run did not finish") }
        luaPeak = max(luaPeak, loaded.peakLuaMemory)
        if [10, 100, 1000, 10000, 100000].contains(index) { checkpoints.append((index, residentKiB())) }
    }
    let seconds = Date().timeIntervalSince(start)
    switch command {
    case "memory":
        for (count, kib) in checkpoints { print("rss_after_\(count) \(kib)") }
        print("lua_peak_bytes \(luaPeak)")
    case "rate":
        print("runs_per_second \(String(format: "%.1f", Double(runs) / seconds))")
    default:
        fail("unknown measure \(command)")
    }
} catch {
    fail("\(error)")
}
