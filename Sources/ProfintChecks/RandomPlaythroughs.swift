import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// `profint test --random`: plays tools many times with a seeded ``RandomPlayer`` (answers drawn
/// from each prompt's kind, options and bounds in force, and now and then `back`, `skip` or an
/// invalid answer) and reports what went wrong and what was never reached (docs/testing.md).
///
/// Each tool is loaded once, in a Lua state of its own, and each run starts it afresh. Run `n` of
/// a tool is seeded from the seed, the tool's id and `n` alone, so the same seed gives the same
/// playthroughs of a tool whichever other tools are played with it.
public final class RandomPlaythroughs {
    public let catalog: Catalog
    public let limits: ScriptLimits
    /// Moves at most per run (answers, skips, backs): every run ends.
    public var maxMoves = 400
    /// Answers drawn within the bounds refused in a row at one prompt before it counts as stuck.
    public var stuckAfter = 12
    private var loaded: [String: Result<LoadedTool, any Error>] = [:]

    public init(catalog: Catalog, limits: ScriptLimits = .default) {
        self.catalog = catalog
        self.limits = limits
    }

    /// Plays each of `tools` `runs` times from `seed`, in the order given.
    public func play(_ tools: [String], runs: Int, seed: UInt64) -> [ToolPlaythroughs] {
        tools.map { play($0, runs: runs, seed: seed) }
    }

    /// Plays `tool` `runs` times from `seed`.
    public func play(_ tool: String, runs: Int, seed: UInt64) -> ToolPlaythroughs {
        let loaded: LoadedTool
        switch load(tool) {
        case .success(let tool): loaded = tool
        case .failure(let error):
            var result = ToolPlaythroughs(tool: tool, coverage: nil)
            result.record(.scriptError, run: 0, runSeed: seed, path: nil,
                          message: "the tool cannot load: \(catalog.describe(error))")
            return result
        }
        var result = ToolPlaythroughs(tool: tool, coverage: PlaythroughCoverage(loaded.tool))
        for index in 0..<max(runs, 0) {
            playOnce(loaded, run: index + 1, runSeed: RandomPlaythroughs.runSeed(seed, tool: tool, run: index),
                     into: &result)
        }
        return result
    }

    /// The seed of run `index` (from 0) of `tool` in playthroughs seeded with `seed`.
    public static func runSeed(_ seed: UInt64, tool: String, run index: Int) -> UInt64 {
        SeededGenerator.runSeed(seed ^ ContentHash(tool).value, index)
    }

    private func load(_ id: String) -> Result<LoadedTool, any Error> {
        if let known = loaded[id] { return known }
        let result = Result { try ToolLoader(catalog: catalog, limits: limits).load(id) }
        loaded[id] = result
        return result
    }

    // MARK: One run

    private func playOnce(_ loaded: LoadedTool, run number: Int, runSeed: UInt64, into result: inout ToolPlaythroughs) {
        var player = RandomPlayer(random: SeededGenerator(seed: runSeed))
        let language = loaded.tool.languages.randomElement(using: &player.random) ?? "en"
        let inputs = inputValues(for: loaded, player: &player)
        let run = ToolRun(loaded, language: language, inputs: inputs, clock: { Date(timeIntervalSince1970: 0) })
        var coverage = result.coverage ?? PlaythroughCoverage(loaded.tool)
        var refusedInBounds: [AnswerPath: Int] = [:]
        var moves = 0
        result.runs += 1
        defer {
            for event in run.events where event.kind == .stepStarted {
                if let step = event.step { coverage.reach(step) }
            }
            result.coverage = coverage
        }
        do {
            try run.start()
            for path in run.passedOver { coverage.passOver(path) }
            while let prompt = run.prompt, moves < maxMoves {
                moves += 1
                coverage.ask(prompt.path)
                switch player.move(for: prompt) {
                case .answer(let value, let meantInvalid):
                    switch try run.answer(value) {
                    case .accepted:
                        refusedInBounds[prompt.path] = nil
                        if let answer = run.answers.last?.value {
                            coverage.choose(answer, for: prompt.question, at: prompt.path)
                        }
                    case .rejected(let problem):
                        if case .success = AnswerValidator.validate(value, for: prompt.question) {
                            coverage.trigger(prompt.path)
                        }
                        guard !meantInvalid else { break }
                        let refusals = refusedInBounds[prompt.path, default: 0] + 1
                        refusedInBounds[prompt.path] = refusals
                        if refusals >= stuckAfter {
                            result.record(.stuck, run: number, runSeed: runSeed, path: prompt.path.description,
                                          message: stuckMessage(prompt, tries: refusals, last: problem.reason))
                            return
                        }
                    }
                case .skip: _ = try run.skip()
                case .back: _ = try run.back()
                case .note, .time, .draft: break  // session commands: a run of the tool does not see them
                }
                for path in run.passedOver { coverage.passOver(path) }
            }
            if run.isFinished { result.finished += 1 } else { result.cut += 1 }
            // The graph of the answers given, as a report of the session would draw it.
            _ = try loaded.graph(answers: run.values, inputs: inputs, language: language)
        } catch {
            if let limit = loaded.limitHit {
                result.record(.limitHit, run: number, runSeed: runSeed, path: run.prompt?.path.description,
                              message: "\(limit.rawValue): \(catalog.describe(error))")
            } else if run.prompts > ContentLimits.promptsPerRun {
                result.record(.limitHit, run: number, runSeed: runSeed, path: nil, message: catalog.describe(error))
            } else {
                result.record(.scriptError, run: number, runSeed: runSeed, path: run.prompt?.path.description,
                              message: catalog.describe(error))
            }
        }
    }

    private func stuckMessage(_ prompt: Prompt, tries: Int, last reason: String) -> String {
        let question = prompt.question
        let bounds = [question.min.map { "min \(AnswerText.plain($0))" },
                      question.max.map { "max \(AnswerText.plain($0))" }]
            .compactMap { $0 }
        let shown = bounds.isEmpty ? "" : " (bounds in force: \(bounds.joined(separator: ", ")))"
        return "\(tries) answers drawn within the bounds\(shown) were refused in a row; the last refusal: \(reason)"
    }

    /// The answers of a session of each tool `loaded` starts from, played with valid answers
    /// from the run's seed; an optional input is left out now and then, as trainers may.
    private func inputValues(for loaded: LoadedTool, player: inout RandomPlayer) -> [String: [String: JSONValue]] {
        var inputs: [String: [String: JSONValue]] = [:]
        for input in loaded.tool.inputs {
            if !input.required && player.random.chance(0.25) { continue }
            guard case .success(let source) = load(input.tool) else { continue }
            let run = ToolRun(source, language: source.tool.languages.first ?? "en",
                              clock: { Date(timeIntervalSince1970: 0) })
            try? run.start()
            var left = maxMoves
            while let prompt = run.prompt, left > 0 {
                left -= 1
                guard (try? run.answer(player.valid(for: prompt.question))) != nil else { break }
            }
            inputs[input.name] = run.values
        }
        return inputs
    }
}
