import Foundation
import ProfintContent
import ProfintModel

/// What the engine asks now.
///
/// A value whose parts (all but ``previous``) sit in one shared box that never changes: a run
/// keeps several copies of a prompt (the current one, the one each answer answered), and a copy
/// then costs a reference, not a copy of the question and the step.
public struct Prompt: Equatable {
    private final class Parts: Sendable {
        let path: AnswerPath
        let question: Question
        let text: LocalizedText
        let help: LocalizedText?
        let defaultValue: JSONValue?
        let item: String?
        let step: Step
        let stepIndex: Int

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

        func isEqual(to other: Parts) -> Bool {
            self === other || (path == other.path && question == other.question && text == other.text
                && help == other.help && defaultValue == other.defaultValue && item == other.item
                && step == other.step && stepIndex == other.stepIndex)
        }
    }

    private let parts: Parts

    /// The answer path: `step.question` or `step.question[item]`.
    public var path: AnswerPath { parts.path }
    public var question: Question { parts.question }
    /// The question's text, with any dynamic text resolved.
    public var text: LocalizedText { parts.text }
    public var help: LocalizedText? { parts.help }
    /// The answer taken when none is given (headless) or on an empty line (terminal).
    public var defaultValue: JSONValue? { parts.defaultValue }
    /// The item this question is asked for, for a question asked per item.
    public var item: String? { parts.item }
    /// The step, and its position (0-based) among the tool's steps.
    public var step: Step { parts.step }
    public var stepIndex: Int { parts.stepIndex }
    /// The answer given before, when going back to revise it.
    public var previous: JSONValue?

    /// The prompt of a driver's request, in step `step`.
    init(_ request: PromptRequest, step: Step, stepIndex: Int) {
        parts = Parts(request, step: step, stepIndex: stepIndex)
    }

    /// Equal when every part and the previous answer are (two copies of one prompt share their
    /// box, and are equal without comparing its parts).
    public static func == (lhs: Prompt, rhs: Prompt) -> Bool {
        lhs.previous == rhs.previous && lhs.parts.isEqual(to: rhs.parts)
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
