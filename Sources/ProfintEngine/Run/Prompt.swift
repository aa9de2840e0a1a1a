import Foundation
import ProfintContent
import ProfintModel

/// What the engine asks now.
public struct Prompt: Equatable {
    /// The answer path: `step.question` or `step.question[item]`.
    public var path: AnswerPath
    public var question: Question
    /// The question's text, with any dynamic text resolved.
    public var text: LocalizedText
    public var help: LocalizedText?
    /// The answer taken when none is given (headless) or on an empty line (terminal).
    public var defaultValue: JSONValue?
    /// The item this question is asked for, for a question asked per item.
    public var item: String?
    /// The step, and its position (0-based) among the tool's steps.
    public var step: Step
    public var stepIndex: Int
    /// The answer given before, when going back to revise it.
    public var previous: JSONValue?

    /// The prompt of a driver's request, in step `step`.
    init(_ request: PromptRequest, step: Step, stepIndex: Int) {
        path = request.path
        question = request.question
        text = request.text ?? request.question.text
        help = request.help ?? request.question.help
        defaultValue = request.defaultValue
        item = request.item
        self.step = step
        self.stepIndex = stepIndex
    }

    /// The question's text in `language`, with `{item}` replaced by the item.
    public func text(in language: String) -> String {
        let resolved = text.resolve(language)
        guard let item else { return resolved }
        return resolved.replacingAll("{item}", with: item)
    }
}

/// The outcome of giving an answer.
public enum AnswerOutcome: Equatable {
    case accepted
    /// The answer was refused; the same prompt stands.
    case rejected(AnswerProblem)
}
