import ProfintModel

/// What the session driver (`drive` in authoring.lua) tells the engine, decoded from its yields
/// in one place (``ToolProgram``): the typed contract between the Lua side and the engine.
public enum DriverSignal: Equatable {
    /// A step starts: its position among the tool's steps, from 0.
    case step(Int)
    /// A question is asked.
    case ask(PromptRequest)
    /// A question is passed over: its `relevant` function said no.
    case irrelevant(path: AnswerPath)
    /// The answer just given broke the question's constraint; the same question comes again.
    case invalid(path: AnswerPath, message: LocalizedText?)
    /// The tool is done.
    case finished
}

/// A question the driver asks: the question (read when the tool loaded, or when step code made
/// it), its answer path, and what the question's functions computed for this prompt.
public struct PromptRequest: Equatable {
    /// The question, with the bounds in force: a `min` or `max` that is a function of the answers
    /// (its own or a column's) holds the value the function returned for this prompt.
    public var question: Question
    /// `step.question` or `step.question[item]`.
    public var path: AnswerPath
    /// The text and help computed now, when the question's are functions.
    public var text: LocalizedText?
    public var help: LocalizedText?
    /// The default computed now, or the question's fixed default.
    public var defaultValue: JSONValue?
    /// The item the question is asked for, for a question asked per item.
    public var item: String?
}
