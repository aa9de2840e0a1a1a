import ProfintModel

/// What random playthroughs of one tool found: its runs, the problems (each told once, with how
/// many runs met it and the first), and its coverage.
public struct ToolPlaythroughs: Sendable {
    public var tool: String
    public var runs = 0
    /// Runs that reached the tool's end.
    public var finished = 0
    /// Runs stopped after the most moves a run may make, unfinished (not a problem).
    public var cut = 0
    public var problems: [PlaythroughProblem] = []
    /// Nil when the tool could not load.
    public var coverage: PlaythroughCoverage?

    public init(tool: String, coverage: PlaythroughCoverage?) {
        self.tool = tool
        self.coverage = coverage
    }

    public func problems(_ kind: PlaythroughProblem.Kind) -> [PlaythroughProblem] {
        problems.filter { $0.kind == kind }
    }

    /// Adds a problem, or counts one more run for a problem already told: the same message at the
    /// same path, or for a stuck prompt the same path (its bounds may differ from run to run).
    mutating func record(_ kind: PlaythroughProblem.Kind, run: Int, runSeed: UInt64, path: String?, message: String) {
        let told = problems.firstIndex {
            $0.kind == kind && $0.path == path && (kind == .stuck || $0.message == message)
        }
        if let index = told {
            problems[index].runs += 1
        } else {
            problems.append(PlaythroughProblem(kind: kind, path: path, message: message, firstRun: run,
                                               runSeed: runSeed))
        }
    }
}

/// A problem a random playthrough met.
public struct PlaythroughProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The tool's code failed (a Lua error, a bound of the wrong type, a replay that differs).
        case scriptError = "script error"
        /// No answer drawn within the bounds in force was accepted, try after try.
        case stuck = "stuck prompt"
        /// The tool hit a limit: the instruction budget, the memory cap, the prompts of a run.
        case limitHit = "limit hit"
    }

    public var kind: Kind
    /// The prompt it happened at, when there was one.
    public var path: String?
    public var message: String
    /// The first run (from 1) that met it, and that run's seed.
    public var firstRun: Int
    public var runSeed: UInt64
    /// How many runs met it.
    public var runs = 1
}

/// The report of `profint test --random`: text for people, JSON for harnesses.
public struct PlaythroughReport: Sendable {
    public var tools: [ToolPlaythroughs]
    public var runs: Int
    public var seed: UInt64

    public init(tools: [ToolPlaythroughs], runs: Int, seed: UInt64) {
        self.tools = tools
        self.runs = runs
        self.seed = seed
    }

    public func count(_ kind: PlaythroughProblem.Kind) -> Int { tools.reduce(0) { $0 + $1.problems(kind).count } }

    /// The report in lines: per tool its runs, its problems and its coverage; then the totals.
    public var lines: [String] {
        var lines: [String] = []
        for tool in tools {
            lines.append(
                "\(tool.tool): \(Counted.of(tool.runs, "run", "runs")), \(tool.finished) finished, "
                    + "\(tool.cut) cut at the most moves")
            for problem in tool.problems {
                let at = problem.path.map { " at \($0)" } ?? ""
                let runs = problem.runs == 1 ? "run \(problem.firstRun)"
                    : "\(problem.runs) runs, first run \(problem.firstRun)"
                lines.append("  \(problem.kind.rawValue.uppercased())\(at) (\(runs), run seed \(problem.runSeed)): "
                             + "\(problem.message)")
            }
            guard let coverage = tool.coverage else { continue }
            for (name, gaps) in PlaythroughReport.gaps(of: coverage) {
                lines.append("  \(name): " + (gaps.isEmpty ? "none" : gaps.joined(separator: "; ")))
            }
        }
        lines.append("random playthroughs, seed \(seed), \(Counted.of(runs, "run", "runs")) per tool, "
            + "\(Counted.of(tools.count, "tool", "tools")): "
            + "\(Counted.of(count(.scriptError), "script error", "script errors")), "
            + "\(Counted.of(count(.stuck), "stuck prompt", "stuck prompts")), "
            + "\(Counted.of(count(.limitHit), "limit hit", "limits hit"))")
        return lines
    }


    private static func gaps(of coverage: PlaythroughCoverage) -> [(String, [String])] {
        [
            ("questions never asked", coverage.questionsNeverAsked),
            ("options never chosen", coverage.optionsNeverChosen),
            ("relevance branches never taken", coverage.relevanceNeverTaken),
            ("steps never reached", coverage.stepsNeverReached),
            ("constraints never triggered", coverage.constraintsNeverTriggered),
        ]
    }

    /// The report as one JSON object (docs/testing.md).
    public var json: JSONValue {
        func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
        let tools: [JSONValue] = self.tools.map { tool in
            var fields: [String: JSONValue] = [
                "tool": .string(tool.tool), "runs": .int(Int64(tool.runs)), "finished": .int(Int64(tool.finished)),
                "cut": .int(Int64(tool.cut)),
                "problems": .array(tool.problems.map { problem in
                    var fields: [String: JSONValue] = [
                        "kind": .string(problem.kind.rawValue), "message": .string(problem.message),
                        "first_run": .int(Int64(problem.firstRun)), "run_seed": .string(String(problem.runSeed)),
                        "runs": .int(Int64(problem.runs)),
                    ]
                    if let path = problem.path { fields["path"] = .string(path) }
                    return .object(fields)
                }),
            ]
            if let coverage = tool.coverage {
                var gaps: [String: JSONValue] = [:]
                for (name, list) in PlaythroughReport.gaps(of: coverage) {
                    gaps[name.replacingOccurrences(of: " ", with: "_")] = strings(list)
                }
                fields["coverage"] = .object(gaps)
            }
            return .object(fields)
        }
        return .object([
            "seed": .string(String(seed)), "runs": .int(Int64(runs)), "tools": .array(tools),
            "script_errors": .int(Int64(count(.scriptError))), "stuck_prompts": .int(Int64(count(.stuck))),
            "limits_hit": .int(Int64(count(.limitHit))),
        ])
    }
}
