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

    /// - Parameters:
    ///   - sink: where the session is committed after every change; nil for a session that is not stored.
    ///   - clock: the time; tests give a fake one.
    public init(plan: SessionPlan, sink: SessionSink?, clock: @escaping () -> Date = SessionClock.now) {
        self.plan = plan
        self.sink = sink
        metadata = plan.metadata
        run = ToolRun(plan.tool, language: plan.language, inputs: plan.inputs, clock: clock)
    }

    public var id: String { plan.id }
    public var tool: Tool { run.tool }
    public var language: String { run.language }
    public var prompt: Prompt? { run.prompt }
    public var isFinished: Bool { run.isFinished }
    /// Whether the session is committed somewhere (not `--no-store`).
    public var isStored: Bool { sink != nil }

    /// Starts the session, or continues the stored one by replaying its answers, and commits it.
    public func start() throws {
        try guarded {
            if let resumed = plan.resumed {
                try run.replay(resumed.answers, mode: .keepUnfit)
            } else {
                try run.start()
            }
        }
        try save()
    }

    /// Carries out a command; every change is committed before this returns.
    public func perform(_ command: SessionCommand) throws -> CommandResult {
        switch command {
        case .answer(let value):
            return try settle(try guarded { try run.answer(value) })
        case .skip:
            return try settle(try guarded { try run.skip() })
        case .back:
            guard try guarded({ try run.back() }) else { return .atFirstQuestion }
            try save()
            return .wentBack
        case .note(let text):
            if let control = ContentLimits.forbiddenControl(in: text) {
                return .rejected(AnswerProblem(path: "note", reason: "the control character \(ContentLimits.name(control)) cannot be part of a note"))
            }
            let note = run.note(text)
            try save()
            return .noted(note)
        case .time:
            return .time(time())
        case .quit:
            try save()
            return .quit
        }
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
        let current = run.spentInCurrentStep()
        let others = run.spent.filter { $0.key != step.id }.values.reduce(0, +)
        return StepTime(step: step, index: index, spent: current, total: others + current)
    }

    /// Stored answers that did not fit the tool and were not reported yet (each once).
    public func newUnfit() -> [AnswerProblem] {
        let problems = Array(run.unfit.dropFirst(reportedUnfit))
        reportedUnfit = run.unfit.count
        return problems
    }

    /// The session as it stands: a resumed session keeps its earlier events, notes and time,
    /// and the stored answers that no longer fit.
    public func record() -> SessionRecord {
        var record = SessionRecord(
            id: plan.id, tool: tool.id, toolHash: plan.tool.contentHash, language: language, metadata: metadata,
            status: failed ? .abandoned : run.isFinished ? .complete : .inProgress, startedAt: plan.startedAt,
            endedAt: run.isFinished ? run.answers.last?.at ?? run.events.last?.at : nil, answers: run.answers,
            events: run.events, notes: run.notes, spent: run.spent, links: plan.links)
        guard let resumed = plan.resumed else { return record }
        record.events = resumed.events + record.events
        record.notes = resumed.notes + record.notes
        for (step, seconds) in resumed.spent { record.spent[step, default: 0] += seconds }
        let unfitPaths = Set(run.unfit.map(\.path))
        record.kept = resumed.kept + resumed.answers.filter { unfitPaths.contains($0.path.description) && !resumed.kept.contains($0) }
        return record
    }

    /// Commits the session to the sink.
    private func save() throws {
        try sink?.save(record())
    }

    private func settle(_ outcome: AnswerOutcome) throws -> CommandResult {
        switch outcome {
        case .accepted:
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
