import Foundation
import ProfintContent
import ProfintModel

/// A session of a tool, driven by commands: the one place that runs a session for every front
/// end. It owns the run and the record of the session (what the store keeps), and commits the
/// record to its sink after every change, before the next prompt is shown.
///
/// Front ends are adapters: the terminal, the JSON-lines protocol and answer files each turn
/// their input into ``SessionCommand``s and show the ``CommandResult``s.
public final class SessionDriver {
    public let plan: SessionPlan
    public let run: ToolRun
    /// Who runs the session; front ends may fill it in before the first prompt.
    public private(set) var metadata: SessionMetadata
    private let sink: SessionSink?
    /// The tool failed while running: the session is stored as abandoned.
    private var failed = false
    private var reportedUnfit = 0
    /// The time: seconds spent per step id in this process, the step the session shows now, and
    /// when that step's time was last added. Every command adds the time since the last one to
    /// the step it was given in, so going back, replaying and quitting lose nothing.
    private let clock: () -> Date
    private var spent: [String: TimeInterval] = [:]
    private var shownStep: String?
    private var lastTick: Date
    /// Answers being typed, by answer path: kept until their question is answered or skipped.
    private var drafts: [String: Draft]

    /// - Parameters:
    ///   - sink: where the session is committed after every change; nil for a session that is not stored.
    ///   - clock: the time; tests give a fake one.
    public init(plan: SessionPlan, sink: SessionSink?, clock: @escaping () -> Date = SessionClock.now) {
        self.plan = plan
        self.sink = sink
        self.clock = clock
        lastTick = clock()
        metadata = plan.metadata
        drafts = Dictionary((plan.resumed?.drafts ?? []).map { ($0.path.description, $0) }, uniquingKeysWith: { $1 })
        run = ToolRun(plan.tool, language: plan.language, inputs: plan.inputs, clock: clock)
    }

    public var id: String { plan.id }
    public var tool: Tool { run.tool }
    public var language: String { run.language }
    public var prompt: Prompt? { run.prompt }
    public var isFinished: Bool { run.isFinished }
    /// Whether the session is committed somewhere (not `--no-store`).
    public var isStored: Bool { sink != nil }
    /// What was typed so far of the current prompt's answer, kept by a `draft` command.
    public var draft: JSONValue? { run.prompt.flatMap { drafts[$0.path.description]?.value } }

    /// Starts the session, or continues the stored one by replaying its answers, and commits it.
    public func start() throws {
        try guarded {
            if let resumed = plan.resumed {
                try run.replay(resumed.answers, mode: .keepUnfit)
            } else {
                try run.start()
            }
        }
        lastTick = clock()
        shownStep = run.step?.id
        try save()
    }

    /// Carries out a command; every change is committed before this returns.
    public func perform(_ command: SessionCommand) throws -> CommandResult {
        tick()
        defer { shownStep = run.isFinished ? nil : run.step?.id }
        switch command {
        case .answer(let value):
            let path = run.prompt?.path
            return try settle(try guarded { try run.answer(value) }, answering: path)
        case .skip:
            let path = run.prompt?.path
            return try settle(try guarded { try run.skip() }, answering: path)
        case .back:
            guard try guarded({ try run.back() }) else { return .atFirstQuestion }
            try save()
            return .wentBack
        case .note(let text):
            if let control = ContentLimits.forbiddenControl(in: text) {
                return .rejected(AnswerProblem(path: "note", reason: Phrases.text(
                    "control character in note", language, ["name": ContentLimits.name(control)])))
            }
            let note = run.note(text)
            try save()
            return .noted(note)
        case .time:
            return .time(time())
        case .draft(let value):
            return try keepDraft(value)
        case .quit:
            try save()
            return .quit
        }
    }

    /// Keeps (or, for nil or null, drops) the current prompt's draft, and commits it.
    private func keepDraft(_ value: JSONValue?) throws -> CommandResult {
        guard let prompt = run.prompt else {
            return .rejected(AnswerProblem(path: "draft",
                                           reason: "the session is finished: no question can have a draft"))
        }
        let path = prompt.path.description
        guard let value, !value.isNull else {
            if drafts.removeValue(forKey: path) != nil { try save() }
            return .drafted
        }
        if let problem = Draft.problem(with: value) {
            return .rejected(AnswerProblem(path: path, reason: "a draft cannot be kept: it \(problem)"))
        }
        drafts[path] = Draft(path: prompt.path, value: value, at: clock())
        try save()
        return .drafted
    }

    /// Fills in who runs the session, and commits it.
    public func setMetadata(_ metadata: SessionMetadata) throws {
        self.metadata = metadata
        try save()
    }

    /// How the time stands in the current step.
    public func time() -> StepTime {
        let index = run.stepIndex ?? 0
        let step = run.step ?? tool.steps[min(index, max(tool.steps.count - 1, 0))]
        let all = spentSoFar()
        return StepTime(step: step, index: index, spent: all[step.id, default: 0], total: all.values.reduce(0, +))
    }

    /// Adds the time since the last command to the step shown then.
    private func tick() {
        let now = clock()
        if let id = shownStep { spent[id, default: 0] += max(0, now.timeIntervalSince(lastTick)) }
        lastTick = now
    }

    /// Seconds spent per step, in this process and before it (a resumed session), up to now.
    private func spentSoFar() -> [String: TimeInterval] {
        var all = spent
        if let id = shownStep { all[id, default: 0] += max(0, clock().timeIntervalSince(lastTick)) }
        for (step, seconds) in plan.resumed?.spent ?? [:] { all[step, default: 0] += seconds }
        return all
    }

    /// Stored answers that did not fit the tool and were not reported yet (each once).
    public func newUnfit() -> [AnswerProblem] {
        let problems = Array(run.unfit.dropFirst(reportedUnfit))
        reportedUnfit = run.unfit.count
        return problems
    }

    /// The session as it stands: a resumed session keeps its earlier events, notes and time,
    /// and the stored answers that no longer fit. A finished session has no drafts: one left for
    /// a question the run no longer reached is dropped.
    public func record() -> SessionRecord {
        var record = SessionRecord(
            id: plan.id, tool: tool.id, toolHash: plan.tool.contentHash, language: language, metadata: metadata,
            status: failed ? .abandoned : run.isFinished ? .complete : .inProgress, startedAt: plan.startedAt,
            endedAt: run.isFinished ? run.answers.last?.at ?? run.events.last?.at : nil, answers: run.answers,
            events: run.events, notes: run.notes, spent: spentSoFar(), links: plan.links,
            drafts: run.isFinished ? [] : Draft.ordered(drafts.values))
        guard let resumed = plan.resumed else { return record }
        record.events = resumed.events + record.events
        record.notes = resumed.notes + record.notes
        if resumed.status == .complete, let ended = resumed.endedAt {
            record.endedAt = ended  // resuming a finished session does not finish it again
        }
        let unfitPaths = Set(run.unfit.map(\.path))
        record.kept = resumed.kept
            + resumed.answers.filter { unfitPaths.contains($0.path.description) && !resumed.kept.contains($0) }
        return record
    }

    /// Commits the session to the sink.
    private func save() throws {
        try sink?.save(record())
    }

    /// An accepted answer or skip drops the draft of the question it answered, and is committed.
    private func settle(_ outcome: AnswerOutcome, answering path: AnswerPath?) throws -> CommandResult {
        switch outcome {
        case .accepted:
            if let path { drafts.removeValue(forKey: path.description) }
            try save()
            return .accepted
        case .rejected(let problem):
            return .rejected(problem)
        }
    }

    /// Runs a step of the tool; when its script fails, the session is marked abandoned and
    /// committed with the answers so far before the failure goes on.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProfintError {
            if case .scriptFailure = error {
                failed = true
                try? save()
            }
            throw error
        }
    }
}
