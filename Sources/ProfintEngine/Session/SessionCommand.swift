import ProfintModel

/// What a front end asks of a session: the same things from a terminal line, a protocol object
/// or an answer file.
public enum SessionCommand: Equatable, Sendable {
    /// Answer the current prompt.
    case answer(JSONValue)
    /// Skip the current prompt (optional questions only).
    case skip
    /// Go back to the previous prompt to revise its answer.
    case back
    /// Note something on the current step.
    case note(String)
    /// Ask how the time stands.
    case time
    /// Keep what was typed so far of the current prompt's answer (a table's rows, a list's
    /// items), so that quitting or going back does not lose it; nil drops the draft.
    case draft(JSONValue?)
    /// Save and stop; the session can be resumed.
    case quit
}

/// What a command did.
public enum CommandResult: Equatable {
    /// The answer or skip was taken; the run moved on.
    case accepted
    /// The answer was refused; the same prompt stands.
    case rejected(AnswerProblem)
    /// The run went back one prompt.
    case wentBack
    /// There is nothing before the first prompt.
    case atFirstQuestion
    case noted(Note)
    case time(StepTime)
    /// The draft is kept (or dropped).
    case drafted
    /// The session is saved for later.
    case quit
}

/// How the time stands in a step: spent against planned, and the session's total.
public struct StepTime: Equatable, Sendable {
    public var step: Step
    /// The step's position, from 0.
    public var index: Int
    /// Seconds spent in the step so far.
    public var spent: Double
    /// Seconds spent in the whole session so far.
    public var total: Double

    /// Whether the step has run past its planned minutes.
    public var isOverTime: Bool { step.minutes.map { spent / 60 > $0 } ?? false }
}
