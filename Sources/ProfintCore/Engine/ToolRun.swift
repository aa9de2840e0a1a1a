import Foundation
import LuaBridge

/// One run of a tool: the session engine.
///
/// The tool runs as a Lua coroutine (the driver in `authoring.lua`) that yields a prompt for
/// each question. The engine validates each answer against the question's kind (Swift), then
/// hands it to the driver, which checks the tool's own constraint (Lua) and goes on to the next
/// prompt. Every front end (terminal, JSON-lines, headless) drives the same engine.
///
/// Going back, and resuming a stored session, replay the answers into a fresh coroutine: tools
/// must decide what to ask from their answers alone (docs/authoring.md).
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
    /// Seconds spent per step id.
    public private(set) var spent: [String: TimeInterval] = [:]
    /// Stored answers that did not fit the tool when replayed (see ``replay(_:)``).
    public private(set) var unfit: [AnswerProblem] = []

    private var coroutine: LuaCoroutine?
    private var pendingRejection: String?
    private var quiet = false
    private var carried: [String: AnswerRecord] = [:]
    private let clock: () -> Date
    private var lastTick: Date

    public init(_ loaded: LoadedTool, language: String, inputs: [String: [String: JSONValue]] = [:], clock: @escaping () -> Date = Date.init) {
        self.loaded = loaded
        self.language = language
        self.inputs = inputs
        self.clock = clock
        lastTick = clock()
    }

    /// The accepted answers by path (skipped questions left out).
    public var values: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for record in answers { result[record.path] = record.value }
        return result
    }

    /// The current step.
    public var step: Step? { stepIndex.flatMap { tool.steps.indices.contains($0) ? tool.steps[$0] : nil } }

    // MARK: Driving

    /// Runs the tool up to its first prompt.
    /// - Throws: ``ProfintError/scriptFailure(message:location:traceback:)`` when the tool's code fails.
    public func start() throws {
        guard coroutine == nil else { return }
        loaded.runtime.state.resetLimits()
        coroutine = try LuaCoroutine(state: loaded.runtime.state, function: loaded.runtime.driveFunction)
        let inputTable = LuaValue.map(inputs.mapValues { answers in .map(answers.mapValues(\.luaValue)) })
        try advance([.reference(loaded.table), inputTable, .string(language)])
        flushStepEvents()
        if let prompt { record(.prompted, path: prompt.path) }
        if isFinished { record(.finished) }
    }

    /// Gives an answer to the current prompt.
    public func answer(_ value: JSONValue) throws -> AnswerOutcome {
        guard let prompt else { throw ProfintError.usage("the run is finished: there is nothing to answer") }
        let canonical: JSONValue
        switch AnswerValidator.validate(value, for: prompt.question) {
        case .failure(let rejection):
            return reject(prompt.path, rejection.reason)
        case .success(let checked):
            canonical = checked
        }
        try advance([canonical.luaValue])
        if let reason = pendingRejection {
            pendingRejection = nil
            stepEvents.removeAll()
            return reject(prompt.path, reason)
        }
        accept(prompt, value: canonical)
        try feedCarried()
        return .accepted
    }

    /// Skips the current prompt: only an optional question can be skipped.
    public func skip() throws -> AnswerOutcome {
        guard let prompt else { throw ProfintError.usage("the run is finished: there is nothing to skip") }
        guard !prompt.question.required else {
            return reject(prompt.path, "an answer is required: this question cannot be skipped")
        }
        try advance([])
        accept(prompt, value: nil)
        try feedCarried()
        return .accepted
    }

    /// Goes back to the previous prompt to revise its answer. Returns false at the first prompt.
    public func back() throws -> Bool {
        guard let last = answers.last else { return false }
        try rerun(with: Array(answers.dropLast()))
        prompt?.previous = last.value
        record(.back, path: last.path)
        if let prompt { record(.prompted, path: prompt.path) }
        return true
    }

    /// Runs the tool afresh with `kept`, the answers before the one being revised. The replay is
    /// not new history: it records no event and feeds no stored answer.
    private func rerun(with kept: [AnswerRecord]) throws {
        let savedEvents = events, savedNotes = notes, savedSpent = spent, savedCarried = carried
        carried = [:]
        quiet = true
        defer {
            quiet = false
            events = savedEvents
            notes = savedNotes
            spent = savedSpent
            carried = savedCarried
        }
        try restart()
        for record in kept {
            guard prompt?.path == record.path else {
                throw ProfintError.scriptFailure(
                    message: "going back: replaying the answers led to \(prompt?.path ?? "the end") instead of \(record.path); the tool must ask the same questions for the same answers",
                    location: tool.source, traceback: nil)
            }
            let outcome = try record.value.map { try answer($0) } ?? skip()
            if case .rejected(let problem) = outcome {
                throw ProfintError.scriptFailure(message: "going back: the answer at \(problem.path) was refused on replay: \(problem.reason)", location: tool.source, traceback: nil)
            }
            answers[answers.count - 1].at = record.at
        }
        stepIndex = prompt?.stepIndex ?? stepIndex
    }
    /// Feeds stored answers (a resumed session's) to the prompts they belong to, in the tool's
    /// order; stops at the first prompt with no stored answer. An answer the tool refuses now is
    /// added to ``unfit`` and its prompt stands. Answers for questions the tool never asks are
    /// reported in ``unfit`` when the run finishes.
    public func replay(_ stored: [AnswerRecord]) throws {
        for record in stored { carried[record.path] = record }
        quiet = true
        defer { quiet = false }
        if coroutine == nil { try start() }
        try feedCarried()
    }

    /// Notes something on the current step.
    public func note(_ text: String) {
        let note = Note(step: step?.id, text: text, at: clock())
        notes.append(note)
        record(.note, text: text)
    }

    /// Seconds spent in the current step so far.
    public func spentInCurrentStep() -> TimeInterval {
        guard let id = step?.id else { return 0 }
        return spent[id, default: 0] + clock().timeIntervalSince(lastTick)
    }

    // MARK: Internals

    private func feedCarried() throws {
        let wasQuiet = quiet
        quiet = true
        defer { quiet = wasQuiet }
        while let prompt, let record = carried.removeValue(forKey: prompt.path) {
            let outcome = try record.value.map { try answer($0) } ?? skip()
            if case .rejected(let problem) = outcome {
                unfit.append(AnswerProblem(path: problem.path, reason: "the stored answer no longer fits: \(problem.reason)"))
                break
            }
            answers[answers.count - 1].at = record.at
        }
        if isFinished {
            for path in carried.keys.sorted() {
                unfit.append(AnswerProblem(path: path, reason: "the tool no longer asks this question; the stored answer is kept"))
            }
            carried.removeAll()
        }
    }

    private func restart() throws {
        coroutine = nil
        answers = []
        prompt = nil
        isFinished = false
        stepIndex = nil
        pendingRejection = nil
        try start()
    }

    private func reject(_ path: String, _ reason: String) -> AnswerOutcome {
        record(.rejected, path: path, text: reason)
        return .rejected(AnswerProblem(path: path, reason: reason))
    }

    private func accept(_ prompt: Prompt, value: JSONValue?) {
        answers.append(AnswerRecord(path: prompt.path, value: value, at: clock()))
        events.append(RunEvent(value == nil ? .skipped : .answered, at: clock(), step: prompt.step.id, path: prompt.path, value: value))
        if quiet { events.removeLast() }
        flushStepEvents()
        if let next = self.prompt { record(.prompted, path: next.path) }
        if isFinished { record(.finished) }
    }

    /// Step events the driver produced while moving on: recorded once the answer that moved it on is.
    private var stepEvents: [RunEvent] = []

    private func flushStepEvents() {
        if !quiet { events += stepEvents }
        stepEvents.removeAll()
    }

    private func record(_ kind: RunEvent.Kind, path: String? = nil, value: JSONValue? = nil, text: String? = nil) {
        guard !quiet || kind == .note else { return }
        events.append(RunEvent(kind, at: clock(), step: step?.id, path: path, value: value, text: text))
    }

    private func recordStep(_ kind: RunEvent.Kind, _ id: String) {
        stepEvents.append(RunEvent(kind, at: clock(), step: id))
    }

    private func tick() {
        let now = clock()
        if let id = step?.id { spent[id, default: 0] += now.timeIntervalSince(lastTick) }
        lastTick = now
    }

    /// Resumes the driver with `arguments` and follows its yields up to the next prompt or the end.
    private func advance(_ arguments: [LuaValue]) throws {
        guard let coroutine else { throw ProfintError.usage("the run has not started") }
        var arguments = arguments
        prompt = nil
        while true {
            let outcome: LuaCoroutine.Outcome
            do { outcome = try coroutine.resume(arguments) } catch let error as LuaError {
                throw loaded.failure(error)
            }
            arguments = []
            switch outcome {
            case .returned:
                tick()
                if let id = step?.id { recordStep(.stepEnded, id) }
                isFinished = true
                return
            case .yielded(let values):
                switch values.first?.stringValue {
                case "step":
                    let index = Int(values.count > 1 ? values[1].intValue ?? 1 : 1) - 1
                    tick()
                    if stepIndex != index {
                        if let id = step?.id { recordStep(.stepEnded, id) }
                        stepIndex = index
                        if let id = step?.id { recordStep(.stepStarted, id) }
                    }
                case "ask":
                    prompt = try makePrompt(values)
                    return
                case "invalid":
                    let message = values.count > 2 ? values[2] : .nil
                    var reader = ToolReader()
                    let text = reader.text(message, what: "constraint message", at: nil)?.resolve(language)
                    pendingRejection = text ?? "the answer does not meet the question's condition"
                default:
                    throw ProfintError.scriptFailure(
                        message: "the tool yielded \(values.first?.description ?? "nothing"); tools must not call coroutine.yield themselves (use s:ask)",
                        location: tool.source, traceback: nil)
                }
            }
        }
    }

    private func makePrompt(_ values: [LuaValue]) throws -> Prompt {
        guard values.count >= 4, let path = values[2].stringValue, let stepIndex, tool.steps.indices.contains(stepIndex) else {
            throw ProfintError.scriptFailure(message: "the session driver sent a malformed prompt", location: tool.source, traceback: nil)
        }
        var reader = ToolReader()
        reader.languageByBundle = loaded.languageByBundle
        let question = reader.question(values[1], context: "step \(tool.steps[stepIndex].id)")
        let errors = reader.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw ProfintError.invalidContent(errors) }
        let resolved = values[3]
        var text = question.text
        if !resolved["text"].isNil, let dynamic = reader.text(resolved["text"], what: "text", at: question.source) { text = dynamic }
        var help = question.help
        if !resolved["help"].isNil { help = reader.text(resolved["help"], what: "help", at: question.source) }
        return Prompt(
            path: path, question: question, text: text, help: help,
            defaultValue: resolved["default"].isNil ? nil : JSONValue(lua: resolved["default"]),
            item: resolved["item"].stringValue ?? resolved["item"].doubleValue.map(AnswerValidator.format),
            step: tool.steps[stepIndex], stepIndex: stepIndex)
    }
}
