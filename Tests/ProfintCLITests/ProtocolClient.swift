import Foundation
import ProfintTestSupport

/// A client of `profint run --protocol jsonl`, as another program would be: it reads the
/// host's lines and writes its own.
final class ProtocolClient {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var transcript: [String] = []

    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = profintBinary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PROFINT_HOME"] = emptyHome.path
        environment["PROFINT_PATH"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The next object from the host, or nil when it closed its output.
    func next() throws -> [String: Any]? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                let text = String(decoding: line, as: UTF8.self)
                transcript.append("< " + text)
                return try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// The next object of a type, skipping others.
    func next(_ type: String) throws -> [String: Any]? {
        while let object = try next() {
            if object["type"] as? String == type { return object }
        }
        return nil
    }

    func send(_ line: String) {
        transcript.append("> " + line)
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    func send(_ object: [String: Any]) throws {
        send(String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]),
            as: UTF8.self))
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func wait() -> Int32 {
        closeInput()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The protocol answers for the fixture tool demo/plan, by path, as JSON; nil means skip.
let planProtocolAnswers: [String: String?] = [
    "needs.needs": #"["Housing", "Health"]"#, "needs.alone": "false", "needs.why": #""money""#, "needs.people": nil,
    "partners.for[Housing]": #"["Caritas"]"#, "partners.for[Health]": #"["ASP"]"#, "partners.strength": "4",
    "partners.mode": #""formal""#, "partners.areas": nil, "partners.start": #""2021-03-04""#,
    "partners.actions": #"[{"what": "call", "when": "2021-03-05"}]"#,
    "cover.level[Housing]": #""partners""#, "cover.level[Health]": #""no""#,
]

extension ProtocolClient {
    /// Answers the prompt for `path` from `planProtocolAnswers`.
    func answer(_ path: String) throws {
        if let value = planProtocolAnswers[path] ?? nil {
            send(#"{"answer": "# + value + "}")
        } else {
            send(#"{"command": "skip"}"#)
        }
    }
}
