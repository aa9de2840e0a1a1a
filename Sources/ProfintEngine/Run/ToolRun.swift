import Foundation
import ProfintContent
import ProfintModel

/// One run of a tool: the session engine.
///
/// The tool's Lua side runs as a coroutine (``ToolProgram``) that signals each step and each
/// question. The engine validates each answer against the question's kind, then hands it to the
/// driver, which checks the tool's own constraint and goes on to the next prompt. Every front end
/// (terminal, JSON-lines, headless) drives the same engine through a ``SessionDriver``.
///
/// Going back, resuming a stored session and reading one back for a report all replay answers
/// into a fresh run, in one place (``replay(_:mode:observe:)``): tools must decide what to ask
/// from their answers alone (docs/authoring.md).
public final class ToolRun {
    public let loaded: LoadedTool
    public var tool: Tool { loaded.tool }
    public let language: String
    /// Answers of other sessions the tool starts from, by input name (e.g. WT2's `plan`).
    public let inputs: [String: [String: JSONValue]]

    /// The accepted answers, in the order given.
    public private(set) var answers: [AnswerRecord] = []
    public private(set) var events: [RunEvent] = []
    public private(set) var notes: [Note] = []
    /// What is asked now; nil once finished.
    public private(set) var prompt: Prompt?
    public private(set) var isFinished = false
    /// The step the run is in (0-based).
    public private(set) var stepIndex: Int?
    /// Stored answers that did not fit the tool when replayed (see ``replay(_:mode:observe:)``).
    public private(set) var unfit: [AnswerProblem] = []
    /// The prompt each accepted answer answered, by path: what reports show beside the answer.
    public private(set) var askedPrompts: [AnswerPath: Prompt] = [:]

    private var program: ToolProgram?
    private var quiet = false
    /// Prompts asked since the run (re)started, replays included (bounded by the content limits).
    public private(set) var prompts = 0
    /// The questions passed over because their `relevant` function said no, since the run
    /// (re)started, in order: what `profint test --random` counts as relevance branches taken.
    public private(set) var passedOver: [AnswerPath] = []
    private var carried: [AnswerPath: AnswerRecord] = [:]
    private let clock: () -> Date
    /// Step events the driver produced while moving on: recorded once the answer that moved it on is.
    private var stepEvents: [RunEvent] = []

    public init(
        _ loaded: LoadedTool, language: String, inputs: [String: [String: JSONValue]] = [:],
        clock: @escaping () -> Date = SessionClock.now
    ) {
        self.loaded = loaded
        self.language = language
        self.inputs = inputs
        self.clock = clock
        // Room for an answer to every question (more when asked per item): growing these copied
        // every prompt in them at each doubling.
        askedPrompts.reserveCapacity(loaded.questionCount)
        answers.reserveCapacity(loaded.questionCount)
    }

    /// The accepted answers by path (skipped questions left out).
    public var values: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for record in answers { result[record.path.description] = record.value }
        return result
    }

    /// The current step.
    public var step: Step? { stepIndex.flatMap { tool.steps.indices.contains($0) ? tool.steps[$0] : nil } }

    // MARK: Driving

    /// Runs the tool up to its first prompt.
    /// - Throws: ``ProfintError/scriptFailure(message:location:traceback:)`` when the tool's code fails.
    public func start() throws {
        guard program == nil else { return }
        let program = try ToolProgram(loaded, inputs: inputs, language: language)
        self.program = program
        try follow(program.start())
        flushStepEvents()
        if let prompt { record(.prompted, path: prompt.path) }
        if isFinished { record(.finished) }
    }

    /// Gives an answer to the current prompt, then feeds any stored answers that follow.
    public func answer(_ value: JSONValue) throws -> AnswerOutcome {
        let outcome = try give(value)
        if outcome == .accepted { try feedCarried() }
        return outcome
    }

    /// Skips the current prompt: only an optional question can be skipped.
    public func skip() throws -> AnswerOutcome {
        let outcome = try give(nil)
        if outcome == .accepted { try feedCarried() }
        return outcome
    }

    /// Goes back to the previous prompt to revise its answer. Returns false at the first prompt.
    public func back() throws -> Bool {
        guard let last = answers.last else { return false }
        let kept = Array(answers.dropLast())
        let saved = (events, notes, carried, unfit)
        func restore() {
            quiet = false
            (events, notes, carried, unfit) = saved
        }
        carried = [:]
        quiet = true
        do {
            try restart()
            try replay(kept, mode: .strict)
        } catch {
            restore()
            throw error
        }
        restore()
        stepIndex = prompt?.stepIndex ?? stepIndex
        prompt?.previous = last.value
        record(.back, path: last.path)
        if let prompt { record(.prompted, path: prompt.path) }
        return true
    }

    /// How replayed answers that do not fit are handled.
    public enum ReplayMode: Sendable {
        /// Every answer must be asked for and accepted (going back): anything else means the tool
        /// does not ask the same questions for the same answers, a script failure.
        case strict
        /// An answer the tool refuses now, or never asks, is kept in ``unfit`` (resuming a
        /// session, reading one back): its prompt stands, and later answers wait for their prompts.
        case keepUnfit
    }

    /// Feeds recorded answers to the prompts they belong to, in the tool's order, until a prompt
    /// has no recorded answer. Replayed answers are not new history: they record no event.
    /// `observe` sees each answer with the prompt it answered.
    public func replay(
        _ records: [AnswerRecord], mode: ReplayMode, observe: ((Prompt, AnswerRecord) -> Void)? = nil
    ) throws {
        for record in records { carried[record.path] = record }
        let wasQuiet = quiet
        quiet = true
        defer { quiet = wasQuiet }
        if program == nil { try start() }
        try feedCarried(strict: mode == .strict, observe: observe)
        if mode == .strict, let left = carried.values.min(by: { $0.path < $1.path }) {
            carried = [:]
            throw ProfintError.scriptFailure(
                message: "going back: replaying the answers led to \(prompt.map { $0.path.description } ?? "the end") "
                    + "instead of \(left.path); "
                    + "the tool must ask the same questions for the same answers",
                location: tool.source, traceback: nil)
        }
    }

    /// Notes something on the current step.
    @discardableResult
    public func note(_ text: String) -> Note {
        let note = Note(step: step?.id, text: text, at: clock())
        notes.append(note)
        record(.note, text: text)
        return note
    }

    // MARK: Internals

    /// Validates and gives one answer (nil: skip) to the driver.
    private func give(_ value: JSONValue?) throws -> AnswerOutcome {
        guard let prompt, let program else {
            throw ProfintError.usage("the run is finished: there is nothing to answer")
        }
        var canonical: JSONValue?
        if let value {
            switch AnswerValidator.validate(value, for: prompt.question, language: language) {
            case .failure(let rejection): return reject(prompt.path, reason(rejection, of: value, at: prompt))
            case .success(let checked): canonical = checked
            }
        } else if prompt.question.required {
            return reject(prompt.path, Phrases.text("cannot skip", language))
        }
        let signal = try program.next(canonical)
        if case .invalid(_, let message) = signal {
            stepEvents.removeAll()
            try follow(program.next(nil))
            return reject(prompt.path, message?.resolve(language) ?? Phrases.text("condition not met", language))
        }
        try follow(signal)
        accept(prompt, value: canonical)
        return .accepted
    }

    /// Why an answer was refused: the validator's reason, followed by the question's `message`
    /// when it was a bound set by a function of the answers that refused it (the tool's words
    /// for a bound that follows the answers, such as "no more migrants than participants").
    private func reason(_ rejection: Rejection, of value: JSONValue, at prompt: Prompt) -> String {
        let question = prompt.question
        guard question.hasDynamicBounds, let message = question.message?.resolve(language),
              case .success = AnswerValidator.validate(value, for: question.fixedBounds)
        else { return rejection.reason }
        return "\(rejection.reason). \(message)"
    }

    private func feedCarried(strict: Bool = false, observe: ((Prompt, AnswerRecord) -> Void)? = nil) throws {
        let wasQuiet = quiet
        quiet = true
        defer { quiet = wasQuiet }
        while let prompt, let record = carried.removeValue(forKey: prompt.path) {
            let outcome = try give(record.value)
            if case .rejected(let problem) = outcome {
                if strict {
                    throw ProfintError.scriptFailure(
                        message: "going back: the answer at \(problem.path) was refused on replay: \(problem.reason)",
                        location: tool.source, traceback: nil)
                }
                unfit.append(AnswerProblem(path: problem.path, reason: Phrases.text(
                    "stored no longer fits", language, ["reason": problem.reason])))
                break
            }
            answers[answers.count - 1].at = record.at
            observe?(prompt, record)
        }
        if isFinished && !strict {
            for path in carried.keys.sorted() {
                unfit.append(AnswerProblem(path: path.description,
                                           reason: Phrases.text("no longer asked kept", language)))
            }
            carried.removeAll()
        }
    }

    private func restart() throws {
        program = nil
        answers.removeAll(keepingCapacity: true)
        prompt = nil
        isFinished = false
        stepIndex = nil
        prompts = 0
        passedOver = []
        try start()
    }

    private func reject(_ path: AnswerPath, _ reason: String) -> AnswerOutcome {
        record(.rejected, path: path, text: reason)
        return .rejected(AnswerProblem(path: path.description, reason: reason))
    }

    private func accept(_ prompt: Prompt, value: JSONValue?) {
        answers.append(AnswerRecord(path: prompt.path, value: value, at: clock()))
        askedPrompts[prompt.path] = prompt
        if !quiet {
            events.append(RunEvent(value == nil ? .skipped : .answered, at: clock(), step: prompt.step.id,
                                   path: prompt.path, value: value))
        }
        flushStepEvents()
        if let next = self.prompt { record(.prompted, path: next.path) }
        if isFinished { record(.finished) }
    }

    private func flushStepEvents() {
        if !quiet { events += stepEvents }
        stepEvents.removeAll()
    }

    private func record(_ kind: RunEvent.Kind, path: AnswerPath? = nil, value: JSONValue? = nil, text: String? = nil) {
        guard !quiet || kind == .note else { return }
        events.append(RunEvent(kind, at: clock(), step: step?.id, path: path, value: value, text: text))
    }

    /// Follows the driver's signals from `first` up to the next prompt or the end.
    private func follow(_ first: DriverSignal) throws {
        guard let program else { throw ProfintError.usage("the run has not started") }
        prompt = nil
        var signal = first
        while true {
            switch signal {
            case .finished:
                if let id = step?.id { stepEvents.append(RunEvent(.stepEnded, at: clock(), step: id)) }
                isFinished = true
                return
            case .step(let index):
                if stepIndex != index {
                    if let id = step?.id { stepEvents.append(RunEvent(.stepEnded, at: clock(), step: id)) }
                    stepIndex = index
                    stepEvents.append(RunEvent(.stepStarted, at: clock(), step: tool.steps[index].id))
                }
                signal = try program.next(nil)
            case .ask(let request):
                prompts += 1
                if prompts > ContentLimits.promptsPerRun {
                    throw ProfintError.scriptFailure(
                        message: "the tool asked more than \(ContentLimits.promptsPerRun) questions in one run",
                        location: tool.source, traceback: nil)
                }
                guard let stepIndex else {
                    throw ProfintError.scriptFailure(message: "the tool asked \(request.path) before any step started",
                                                     location: tool.source, traceback: nil)
                }
                prompt = Prompt(request, step: tool.steps[stepIndex], stepIndex: stepIndex)
                return
            case .irrelevant(let path):
                if passedOver.count < ContentLimits.promptsPerRun { passedOver.append(path) }
                signal = try program.next(nil)
            case .invalid(let path, _):
                throw ProfintError.scriptFailure(message: "the tool refused \(path) when no answer was given",
                                                 location: tool.source, traceback: nil)
            }
        }
    }
}
