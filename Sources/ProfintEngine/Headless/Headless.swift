import Foundation
import ProfintContent
import ProfintModel

/// The answer-file front end: runs a session to the end from answers given up front (an answer
/// file, a test case), as commands to a ``SessionDriver``.
///
/// Each prompt takes the answer given for its path; with none, its default, else a skip if the
/// question is optional. A missing required answer, an invalid one, or an answer for a path the
/// tool never asked is an error naming the path and the reason; nothing is recorded then.
public enum Headless {
    /// Runs `loaded` from `given` answers, storing nothing; returns the finished run.
    public static func run(
        _ loaded: LoadedTool, language: String, answers given: [GivenAnswer],
        inputs: [String: [String: JSONValue]] = [:], clock: @escaping () -> Date = SessionClock.now
    ) throws -> ToolRun {
        let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: language, inputs: inputs), sink: nil,
                                   clock: clock)
        try driver.start()
        try complete(driver, answers: given)
        return driver.run
    }

    /// Answers a started session's prompts from `given` until it ends (a resumed session goes
    /// on from where its stored answers stopped).
    public static func complete(_ driver: SessionDriver, answers given: [GivenAnswer]) throws {
        let tool = driver.tool
        var pending: [AnswerPath: GivenAnswer] = [:]
        for answer in given { pending[answer.path] = answer }
        let declared = Dictionary(tool.steps.map { ($0.id, Set($0.questions.map(\.id))) },
                                  uniquingKeysWith: { first, _ in first })
        let dynamic = Set(tool.steps.filter(\.isDynamic).map(\.id))
        let unknown = given.filter { answer in
            guard let questions = declared[answer.path.step] else { return true }
            return !dynamic.contains(answer.path.step) && !questions.contains(answer.path.question)
        }.sorted { $0.path < $1.path }
        if !unknown.isEmpty {
            throw ProfintError.invalidAnswers(unknown.map {
                AnswerProblem(path: $0.path.description, reason: leftover($0.path, in: tool), origin: $0.origin)
            })
        }
        while let prompt = driver.prompt {
            if let answer = pending.removeValue(forKey: prompt.path) {
                let command: SessionCommand = answer.value.isNull && !prompt.question.required
                    ? .skip : .answer(answer.value)
                if case .rejected(let problem) = try driver.perform(command) {
                    throw ProfintError.invalidAnswers([AnswerProblem(
                        path: problem.path, reason: problem.reason, origin: answer.origin)])
                }
            } else if let value = prompt.defaultValue {
                if case .rejected(let problem) = try driver.perform(.answer(value)) {
                    throw ProfintError.invalidAnswers([AnswerProblem(
                        path: problem.path, reason: "the default is refused: \(problem.reason)")])
                }
            } else if !prompt.question.required {
                _ = try driver.perform(.skip)
            } else {
                var reason = "a required answer is missing (\(describe(prompt.question)))"
                let near = pending.values.filter { $0.path.questionPath == prompt.path.questionPath }
                    .sorted { $0.path < $1.path }
                if let other = near.first {
                    reason += "; \(other.path) was given: \(leftover(other.path, in: tool))"
                }
                throw ProfintError.invalidAnswers([AnswerProblem(path: prompt.path.description, reason: reason)])
            }
        }
        if !pending.isEmpty {
            throw ProfintError.invalidAnswers(pending.values.sorted { $0.path < $1.path }.map { answer in
                AnswerProblem(path: answer.path.description, reason: leftover(answer.path, in: tool),
                              origin: answer.origin)
            })
        }
    }

    /// Why an answer was never asked for.
    static func leftover(_ parsed: AnswerPath, in tool: Tool) -> String {
        guard let step = tool.step(parsed.step) else {
            return "unknown answer path: no step '\(parsed.step)' "
                + "(steps: \(tool.steps.map(\.id).joined(separator: ", ")))"
        }
        guard let question = step.questions.first(where: { $0.id == parsed.question }) else {
            if step.isDynamic {
                return "unknown answer path: step '\(step.id)' never asked '\(parsed.question)' with these answers"
            }
            return "unknown answer path: step '\(step.id)' has no question '\(parsed.question)' "
                + "(questions: \(step.questions.map(\.id).joined(separator: ", ")))"
        }
        if parsed.key == nil && (question.each != nil || question.hasDynamicEach) {
            return "this question is asked once per item: "
                + "give \(parsed)[item] for each item of \(question.each ?? "its list")"
        }
        if parsed.key != nil && question.each == nil && !question.hasDynamicEach {
            return "this question is asked once, without [item]: use \(parsed.questionPath)"
        }
        if parsed.key != nil {
            return "not asked: '\(parsed.key ?? "")' is not an item of \(question.each ?? "the list it is asked for")"
        }
        return "not asked: its relevance condition is false with these answers"
    }

    static func describe(_ question: Question) -> String {
        switch question.kind {
        case .text: return "text"
        case .choice: return "one of: \(question.options.map(\.id).joined(separator: ", "))"
        case .multi: return "a list of: \(question.options.map(\.id).joined(separator: ", "))"
        case .yesno: return "true or false"
        case .number: return question.integer ? "a whole number" : "a number"
        case .scale: return "a whole number from \(question.scaleRange.lowerBound) to \(question.scaleRange.upperBound)"
        case .date: return "a date YYYY-MM-DD"
        case .list: return "a list of text items"
        case .table: return "a list of rows with columns \(question.columns.map(\.id).joined(separator: ", "))"
        }
    }
}
