import Foundation
import ProfintEngine
import ProfintModel

/// The JSON-lines front end (docs/protocol.md): one JSON object a line each way. The host
/// sends events and then the current prompt (with the draft to restore, if the question has
/// one); the client answers with `{"answer": …}` or a
/// command. A line that is not JSON, or an unknown command, gets an error object and the run
/// goes on.
public final class JSONLinesFrontEnd {
    private let driver: SessionDriver
    private let hints: SessionHints
    private let readLine: () -> String?
    private let write: (String) -> Void
    private var lastStep: Int?

    /// - Parameters:
    ///   - readLine: the next line from the client, nil at end of input.
    ///   - write: sends one line (without its newline) to the client.
    public init(
        driver: SessionDriver, hints: SessionHints, readLine: @escaping () -> String?, write: @escaping (String) -> Void
    ) {
        self.driver = driver
        self.hints = hints
        self.readLine = readLine
        self.write = write
    }

    /// Sends an object to the client.
    public func send(_ fields: [String: JSONValue]) {
        write(JSONValue.object(fields).jsonText())
    }

    /// Drives the session to its end, or until the client quits or its input ends.
    public func run() throws -> SessionEnd {
        var start: [String: JSONValue] = [
            "type": "session", "tool": .string(driver.tool.id),
            "title": .string(driver.tool.title.resolve(driver.language)),
            "language": .string(driver.language), "steps": .int(Int64(driver.tool.steps.count)),
        ]
        if driver.isStored { start["session"] = .string(driver.id) }
        send(start)
        while true {
            for problem in driver.newUnfit() {
                send(["type": "unfit", "path": .string(problem.path), "message": .string(problem.reason)])
            }
            guard let prompt = driver.prompt else {
                send(done(complete: true))
                return .finished
            }
            if prompt.stepIndex != lastStep {
                lastStep = prompt.stepIndex
                send(PromptJSON.step(prompt.step, index: prompt.stepIndex, count: driver.tool.steps.count,
                                     language: driver.language))
            }
            var shown = PromptJSON.prompt(prompt, language: driver.language)
            if let draft = driver.draft { shown["draft"] = draft }
            send(shown)
            guard let line = readLine() else {
                _ = try driver.perform(.quit)
                send(done(complete: false))
                return .savedForLater
            }
            if try handle(line, prompt: prompt) == .savedForLater { return .savedForLater }
        }
    }

    private enum Next { case goOn, savedForLater }

    private func handle(_ line: String, prompt: Prompt) throws -> Next {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .goOn }
        let message: JSONValue
        do { message = try JSONValue.parse(trimmed) } catch {
            send(["type": "error", "path": .null,
                  "message": .string("the line is not JSON (\(error)); send {\"answer\": …} or {\"command\": …}")])
            return .goOn
        }
        guard let fields = message.objectValue else {
            send(["type": "error", "path": .null,
                  "message": "expected an object: {\"answer\": …} or {\"command\": …}"])
            return .goOn
        }
        if let answer = fields["answer"] {
            report(try driver.perform(.answer(answer)))
            return .goOn
        }
        switch fields["command"]?.stringValue {
        case "skip":
            report(try driver.perform(.skip))
        case "back":
            if try driver.perform(.back) == .wentBack {
                lastStep = nil
            } else {
                send(["type": "error", "path": .string(prompt.path.description),
                      "message": "this is the first question: there is nothing to go back to"])
            }
        case "note":
            guard let text = fields["text"]?.stringValue, !text.isEmpty else {
                send(["type": "error", "path": .null,
                      "message": "a note needs text: {\"command\": \"note\", \"text\": \"…\"}"])
                return .goOn
            }
            if case .rejected(let problem) = try driver.perform(.note(text)) {
                send(["type": "error", "path": .null, "message": .string(problem.reason)])
                return .goOn
            }
            send(["type": "noted", "step": .string(prompt.step.id), "text": .string(text)])
        case "time":
            var time: [String: JSONValue] = [
                "type": "time", "step": .string(prompt.step.id),
                "spent_seconds": .int(Int64(driver.time().spent.rounded())),
            ]
            if let minutes = prompt.step.minutes { time["planned_minutes"] = .double(minutes) }
            send(time)
        case "draft":
            report(try driver.perform(.draft(fields["value"])))
        case "help":
            send(["type": "help", "commands": ["back", "skip", "note", "time", "draft", "quit", "help"],
                  "help": prompt.help.map { .string($0.resolve(driver.language)) } ?? .null])
        case "quit":
            _ = try driver.perform(.quit)
            send(done(complete: false))
            return .savedForLater
        case let other:
            let name = other ?? fields["command"].map(\.description) ?? "none"
            send(["type": "error", "path": .null,
                  "message": .string(
                      "unknown command \(name): use answer, or command back, skip, note, time, draft, help or quit")])
        }
        return .goOn
    }

    private func report(_ result: CommandResult) {
        if case .rejected(let problem) = result {
            send(["type": "error", "path": .string(problem.path), "message": .string(problem.reason)])
        }
    }

    private func done(complete: Bool) -> [String: JSONValue] {
        var fields: [String: JSONValue] = ["type": "done", "complete": .bool(complete),
                                           "answers": .int(Int64(AnswerRecord.answeredCount(driver.run.answers)))]
        if driver.isStored { fields["session"] = .string(driver.id) }
        if !complete, let resume = hints.resumeCommand { fields["resume"] = .string(resume) }
        return fields
    }
}

/// Prompts and steps as protocol objects.
public enum PromptJSON {
    public static func step(_ step: Step, index: Int, count: Int, language: String) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "type": "step", "index": .int(Int64(index + 1)), "count": .int(Int64(count)),
            "id": .string(step.id), "title": .string(step.title.resolve(language)),
        ]
        if let minutes = step.minutes { fields["minutes"] = .double(minutes) }
        if let guidance = step.guidance { fields["guidance"] = .string(guidance.resolve(language)) }
        if let text = step.text { fields["text"] = .string(text.resolve(language)) }
        return fields
    }

    public static func prompt(_ prompt: Prompt, language: String) -> [String: JSONValue] {
        var fields = question(prompt.question, language: language)
        fields["type"] = "prompt"
        fields["path"] = .string(prompt.path.description)
        fields["text"] = .string(prompt.text(in: language))
        fields["step"] = .string(prompt.step.id)
        if let help = prompt.help { fields["help"] = .string(help.resolve(language)) }
        if let value = prompt.defaultValue { fields["default"] = value }
        if let previous = prompt.previous { fields["previous"] = previous }
        if let item = prompt.item { fields["item"] = .string(item) }
        return fields
    }

    static func question(_ question: Question, language: String) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "kind": .string(question.kind.rawValue), "required": .bool(question.required), "id": .string(question.id),
        ]
        if !question.tags.isEmpty { fields["tags"] = .array(question.tags.map(JSONValue.string)) }
        if !question.options.isEmpty {
            fields["options"] = .array(
                question.options.map { .object(["id": .string($0.id), "label": .string($0.label.resolve(language))]) })
        }
        switch question.kind {
        case .scale:
            fields["min"] = .int(question.scaleRange.lowerBound)
            fields["max"] = .int(question.scaleRange.upperBound)
            fields["labels"] = .object(Dictionary(uniqueKeysWithValues: question.labels.map {
                (String($0.key), JSONValue.string($0.value.resolve(language)))
            }))
        case .table:
            fields["columns"] = .array(question.columns.map { column in
                var item = self.question(column, language: language)
                item["label"] = .string(column.text.resolve(language))
                return .object(item)
            })
            if let rows = question.rows {
                fields["rows"] = .array(
                    rows.map { .object(["id": .string($0.id), "label": .string($0.label.resolve(language))]) })
            }
            if let label = question.rowLabel { fields["row_label"] = .string(label.resolve(language)) }
        default: break
        }
        if question.kind != .scale {
            if let min = question.min { fields["min"] = min }
            if let max = question.max { fields["max"] = max }
        }
        if question.integer { fields["integer"] = true }
        if let unit = question.unit { fields["unit"] = .string(unit.resolve(language)) }
        return fields
    }
}
