import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// One valid headless run of a tool from start to end, with the simplest answers its questions
/// accept: the first option, the lower bound, the fewest items. `profint new` writes a test case
/// from it. When a tool's own constraint refuses the simplest answer, other candidates are tried
/// (the upper bound, the default, a skip when the question is optional).
public struct Playthrough {
    /// The accepted answers, in the order they were given (skipped questions left out).
    public private(set) var answers: [(path: String, value: JSONValue)] = []

    /// Most prompts a playthrough answers before it stops, so that a tool that never ends
    /// cannot hold it.
    public static let promptLimit = 2_000

    /// Plays `loaded` to its end in `language`.
    /// - Throws: ``ProfintError/scriptFailure(message:location:traceback:)`` when the tool's code
    ///   fails; ``ProfintError/invalidAnswers(_:)`` naming the answer path no candidate fitted.
    public init(_ loaded: LoadedTool, language: String) throws {
        let run = ToolRun(loaded, language: language)
        try run.start()
        var prompts = 0
        while let prompt = run.prompt {
            prompts += 1
            guard prompts <= Playthrough.promptLimit else {
                throw ProfintError.invalidAnswers([AnswerProblem(
                    path: prompt.path.description,
                    reason: "the tool asked more than \(Playthrough.promptLimit) questions; no end was reached")])
            }
            var problems: [String] = []
            var done = false
            for candidate in Playthrough.candidates(for: prompt) {
                switch try run.answer(candidate) {
                case .accepted: done = true
                case .rejected(let problem): problems.append(problem.reason)
                }
                if done { break }
            }
            if !done && !prompt.question.required, try run.skip() == .accepted { continue }
            guard done else {
                throw ProfintError.invalidAnswers([AnswerProblem(
                    path: prompt.path.description,
                    reason: "no simple answer was accepted (\(problems.joined(separator: "; "))); "
                        + "write this test case by hand")])
            }
        }
        answers = run.answers.compactMap { record in record.value.map { (record.path.description, $0) } }
    }

    /// The answers tried at a prompt, simplest first.
    static func candidates(for prompt: Prompt) -> [JSONValue] {
        var values = [simplest(prompt.question, high: false), simplest(prompt.question, high: true)]
        if let fallback = prompt.defaultValue { values.append(fallback) }
        var unique: [JSONValue] = []
        for value in values where !unique.contains(value) { unique.append(value) }
        return unique
    }

    /// The simplest answer of a question's kind within its declared bounds: at the lower bound,
    /// or with `high`, at the upper one.
    static func simplest(_ question: Question, high: Bool) -> JSONValue {
        let low = question.min?.doubleValue, top = question.max?.doubleValue
        switch question.kind {
        case .text:
            let length = max(Int(low ?? 1), 1)
            let word = "Example answer"
            let text = length <= word.count ? word : word + String(repeating: ".", count: length - word.count)
            return .string(top.map { String(text.prefix(max(Int($0), 1))) } ?? text)
        case .choice:
            return .string((high ? question.options.last : question.options.first)?.id ?? "")
        case .multi:
            let count = count(question, available: question.options.count, high: high)
            return .array(question.options.prefix(count).map { .string($0.id) })
        case .yesno:
            return .bool(!high)
        case .number:
            var value = (high ? top : low) ?? (high ? (low ?? 0) + 1 : 0)
            if let low { value = max(value, low) }
            if let top { value = min(value, top) }
            if question.integer { value = high ? value.rounded(.down) : value.rounded(.up) }
            return value.rounded() == value && abs(value) < 1e15 ? .int(Int64(value)) : .double(value)
        case .scale:
            return .int(high ? question.scaleRange.upperBound : question.scaleRange.lowerBound)
        case .date:
            let bound = high ? question.max?.stringValue : question.min?.stringValue
            return .string(bound ?? question.min?.stringValue ?? question.max?.stringValue ?? "2026-01-15")
        case .list:
            let count = count(question, available: max(Int(low ?? 1), 1), high: false)
            return .array((1...max(count, 1)).map { .string("Item \($0)") })
        case .table:
            let rows = question.rows?.count ?? max(count(question, available: 1, high: false), 1)
            return .array((0..<rows).map { _ in
                var cells: [String: JSONValue] = [:]
                for column in question.columns where column.required { cells[column.id] = simplest(column, high: high) }
                return .object(cells)
            })
        }
    }

    /// How many items a multi, list or growing table gets: the lower bound, at least one.
    private static func count(_ question: Question, available: Int, high: Bool) -> Int {
        let low = Int(question.min?.doubleValue ?? 1)
        let top = Int(question.max?.doubleValue ?? Double(available))
        return max(min(high ? top : low, available, top), min(1, available))
    }
}
