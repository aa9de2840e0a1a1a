// Random sessions of every tool, driven through the session driver: shared by
// `RandomSessionTests` and `profint-bench soak`, which links this same file. The player is the
// product's (`RandomPlayer` in ProfintChecks, which `profint test --random` uses too).
import Foundation
import ProfintChecks
import ProfintContent
import ProfintEngine
import ProfintModel

/// What the random sessions of one tool did.
struct SoakTally {
    var runs = 0
    var finished = 0
    /// Runs stopped by the bound of commands per run, unfinished.
    var capped = 0
    var answered = 0
    var refusals = 0
    var backs = 0
    var skips = 0
    var notes = 0
    var drafts = 0
    /// Questions asked at least once, as `step.question`.
    var promptsSeen: Set<String> = []
    /// Questions the tool declares, as `step.question` (step code may ask more).
    var declared: Set<String> = []

    /// One line of the report.
    var line: String {
        "runs \(runs) finished \(finished) capped \(capped) answered \(answered) refusals \(refusals) "
            + "backs \(backs) skips \(skips) notes \(notes) drafts \(drafts) prompts seen \(promptsSeen.count) "
            + "(declared \(declared.count), unseen \(declared.subtracting(promptsSeen).sorted()))"
    }
}

/// A broken promise found by a random session, with what replays it alone.
struct SoakFailure: CustomStringConvertible {
    var tool: String
    var runSeed: UInt64
    var command: Int
    var message: String

    var description: String { "\(tool) run seed \(runSeed) command \(command): \(message)" }
}

/// A sink that keeps the last record it is given and counts the commits, as the store would.
final class CountingSink: SessionSink {
    private(set) var saves = 0
    private(set) var last: SessionRecord?

    func save(_ record: SessionRecord) throws {
        saves += 1
        last = record
    }
}

/// A clock that moves a second at each reading, from a fixed start: runs repeat exactly.
final class SteppingClock {
    private var now = Date(timeIntervalSince1970: 1_700_000_000)

    func read() -> Date {
        now = now.addingTimeInterval(1)
        return now
    }
}

/// Drives every tool of a catalog with a seeded ``RandomPlayer`` through ``SessionDriver``, and
/// checks the driver's promises after every command: an accepted answer or skip is committed, a
/// refused one leaves the prompt standing and commits nothing, an answer meant to be invalid is
/// refused, nothing throws; at the end of each run the session resumes to the same place and its
/// document reads back with the same answers.
struct RandomSessions {
    /// The tools, loaded once each, by id.
    let tools: [String: LoadedTool]
    /// The tool ids in the order runs take them.
    let order: [String]
    /// Commands at most per run: every run ends.
    var maxCommands = 400
    private(set) var tallies: [String: SoakTally] = [:]
    private(set) var failures: [SoakFailure] = []

    /// Loads every tool of `catalog`.
    init(catalog: Catalog) throws {
        let loader = try ToolLoader(catalog: catalog, limits: .default)
        var tools: [String: LoadedTool] = [:]
        for id in catalog.tools.keys { tools[id] = try loader.load(id) }
        self.tools = tools
        order = tools.keys.sorted()
        for (id, loaded) in tools {
            var tally = SoakTally()
            for step in loaded.tool.steps {
                for question in step.questions { tally.declared.insert("\(step.id).\(question.id)") }
            }
            tallies[id] = tally
        }
    }

    /// Plays `runs` sessions, the tools in turn, run `index` seeded from `seed` and `index`.
    mutating func soak(runs: Int, seed: UInt64, progress: ((Int) -> Void)? = nil) {
        for index in 0..<runs {
            play(order[index % order.count], runSeed: SeededGenerator.runSeed(seed, index))
            progress?(index + 1)
        }
    }

    /// Plays one session of `tool`: what a failure's seed replays.
    mutating func play(_ tool: String, runSeed: UInt64) {
        guard let loaded = tools[tool] else {
            failures.append(SoakFailure(tool: tool, runSeed: runSeed, command: 0, message: "no such tool was loaded"))
            return
        }
        var player = RandomPlayer(random: SeededGenerator(seed: runSeed))
        var tally = tallies[tool] ?? SoakTally()
        defer { tallies[tool] = tally }
        tally.runs += 1
        var failure: (Int, String)?
        let inputs = inputValues(for: loaded, player: &player)
        let language = loaded.tool.languages.randomElement(using: &player.random) ?? "en"
        let plan = SessionPlan(
            tool: loaded, language: language, inputs: inputs, id: "soak", startedAt: Date(timeIntervalSince1970: 0))
        let sink = CountingSink()
        let clock = SteppingClock()
        let driver = SessionDriver(plan: plan, sink: sink, clock: clock.read)
        var command = 0
        do {
            try driver.start()
            while let prompt = driver.prompt, command < maxCommands, failure == nil {
                command += 1
                tally.promptsSeen.insert("\(prompt.step.id).\(prompt.question.id)")
                failure = try step(driver, prompt, player.move(for: prompt), sink: sink, tally: &tally)
                    .map { (command, $0) }
            }
            if failure == nil { failure = try ending(driver, plan: plan, sink: sink).map { (command, $0) } }
        } catch {
            failure = (command, "host error: \(error)")
        }
        if driver.isFinished { tally.finished += 1 } else if failure == nil { tally.capped += 1 }
        if let (at, message) = failure {
            failures.append(SoakFailure(tool: tool, runSeed: runSeed, command: at, message: message))
        }
    }

    /// Carries out one move and checks what it did; returns what went wrong, if anything.
    private func step(
        _ driver: SessionDriver, _ prompt: Prompt, _ move: PlayerMove, sink: CountingSink, tally: inout SoakTally
    ) throws -> String? {
        let answers = driver.run.answers.count, saves = sink.saves
        func standing(_ what: String) -> String? {
            guard let now = driver.prompt, now.path == prompt.path, now.question.id == prompt.question.id,
                  now.item == prompt.item
            else {
                return "a refused \(what) moved the prompt \(prompt.path) "
                    + "to \(driver.prompt.map { "\($0.path)" } ?? "the end")"
            }
            if driver.run.answers.count != answers || sink.saves != saves {
                return "a refused \(what) at \(prompt.path) changed the session"
            }
            return nil
        }
        switch move {
        case .answer(let value, let meantInvalid):
            switch try driver.perform(.answer(value)) {
            case .accepted:
                if meantInvalid { return "the invalid answer \(value.jsonText()) was accepted at \(prompt.path)" }
                tally.answered += 1
                if driver.run.answers.count != answers + 1 || sink.saves != saves + 1 {
                    return "an accepted answer at \(prompt.path) was not committed once"
                }
            case .rejected:
                tally.refusals += 1
                return standing("answer \(value.jsonText())")
            case let other: return "an answer gave \(other)"
            }
        case .skip:
            switch try driver.perform(.skip) {
            case .accepted:
                if prompt.question.required { return "the required question \(prompt.path) was skipped" }
                tally.skips += 1
                if sink.saves != saves + 1 { return "a skip at \(prompt.path) was not committed" }
            case .rejected:
                if !prompt.question.required { return "the optional question \(prompt.path) could not be skipped" }
                tally.refusals += 1
                return standing("skip")
            case let other: return "a skip gave \(other)"
            }
        case .back:
            switch try driver.perform(.back) {
            case .wentBack:
                tally.backs += 1
                if driver.run.answers.count != answers - 1 || sink.saves != saves + 1 {
                    return "back from \(prompt.path) did not drop one answer"
                }
            case .atFirstQuestion:
                if answers != 0 { return "back at \(prompt.path) said first question with \(answers) answers" }
            case let other: return "back gave \(other)"
            }
        case .note(let text):
            switch try driver.perform(.note(text)) {
            case .noted:
                tally.notes += 1
                if sink.saves != saves + 1 { return "a note was not committed" }
            case .rejected:
                tally.refusals += 1
                return standing("note")
            case let other: return "a note gave \(other)"
            }
        case .time:
            guard case .time = try driver.perform(.time) else { return "time gave no time" }
        case .draft(let value):
            switch try driver.perform(.draft(value)) {
            case .drafted:
                tally.drafts += 1
                if ContentLimits.forbiddenControl(in: value) != nil {
                    return "a draft with a control character was kept"
                }
                if driver.draft != value || sink.saves != saves + 1
                    || sink.last?.drafts.contains(where: { $0.path == prompt.path }) != true {
                    return "a draft at \(prompt.path) was not committed once"
                }
                if driver.prompt?.path != prompt.path || driver.run.answers.count != answers {
                    return "a draft moved the run"
                }
            case .rejected:
                if ContentLimits.forbiddenControl(in: value) == nil {
                    return "the draft \(value.jsonText()) was refused"
                }
                return standing("draft")
            case let other: return "a draft gave \(other)"
            }
        }
        return nil
    }

    /// At the end of a run: the last commit resumes to the same place, and reads back from its
    /// session document with the same answers.
    private func ending(_ driver: SessionDriver, plan: SessionPlan, sink: CountingSink) throws -> String? {
        guard let record = sink.last else { return "nothing was committed" }
        if record.answers != driver.run.answers { return "the last commit is not the session as it stands" }
        let document = SessionCodec.encode(record).jsonText()
        let read = try SessionCodec.decode(try JSONValue.parse(document))
        if read.answers.map(\.path) != record.answers.map(\.path)
            || read.answers.map(\.value) != record.answers.map(\.value) {
            return "the session document reads back with other answers"
        }
        if read.drafts != record.drafts { return "the session document reads back with other drafts" }
        var again = plan
        again.resumed = read
        let resumed = SessionDriver(plan: again, sink: nil, clock: SteppingClock().read)
        try resumed.start()
        if resumed.isFinished != driver.isFinished || resumed.prompt?.path != driver.prompt?.path {
            return "resuming led to \(resumed.prompt?.path.description ?? "the end"), "
                + "not \(driver.prompt?.path.description ?? "the end")"
        }
        if resumed.run.values != driver.run.values || !resumed.run.unfit.isEmpty {
            return "resuming changed the answers"
        }
        if resumed.draft != driver.draft { return "resuming did not bring back the current question's draft" }
        return nil
    }

    /// The answers of a session of each tool `loaded` starts from (WT2's `plan`: a WT1 session),
    /// played with valid answers only from the same seed.
    private func inputValues(for loaded: LoadedTool, player: inout RandomPlayer) -> [String: [String: JSONValue]] {
        var inputs: [String: [String: JSONValue]] = [:]
        for input in loaded.tool.inputs {
            guard let source = tools[input.tool] else { continue }
            let run = ToolRun(source, language: source.tool.languages.first ?? "en")
            try? run.start()
            var left = maxCommands
            while let prompt = run.prompt, left > 0 {
                left -= 1
                _ = try? run.answer(player.valid(for: prompt.question))
            }
            inputs[input.name] = run.values
        }
        return inputs
    }

    /// The report: one line per tool.
    var report: String {
        order.map { "\($0): \(tallies[$0]?.line ?? "")" }.joined(separator: "\n")
    }
}
