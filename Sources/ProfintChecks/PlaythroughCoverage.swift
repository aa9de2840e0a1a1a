import ProfintModel

/// What random playthroughs of one tool reached, against what the tool declares: questions
/// asked, options chosen, relevance branches taken (a question both asked and passed over),
/// steps reached and constraints triggered. Questions made by step code at run time are not
/// declared, so they are not counted.
public struct PlaythroughCoverage: Sendable, Equatable {
    /// The declared questions, as `step.question`, in the tool's order.
    public private(set) var questions: [String] = []
    /// Each option of each choice or multi question (or column), as `step.question: option` or
    /// `step.question (column c): option`.
    public private(set) var options: [String] = []
    /// The questions with a `relevant` function.
    public private(set) var relevant: [String] = []
    public private(set) var steps: [String] = []
    /// The questions with a `constraint` function.
    public private(set) var constrained: [String] = []

    public private(set) var asked: Set<String> = []
    public private(set) var chosen: Set<String> = []
    public private(set) var passedOver: Set<String> = []
    public private(set) var reached: Set<String> = []
    public private(set) var triggered: Set<String> = []

    /// The coverage of `tool`, nothing reached yet.
    public init(_ tool: Tool) {
        for step in tool.steps {
            steps.append(step.id)
            for question in step.questions {
                let path = "\(step.id).\(question.id)"
                questions.append(path)
                if question.hasRelevance { relevant.append(path) }
                if question.hasConstraint { constrained.append(path) }
                options += question.options.map { PlaythroughCoverage.option($0.id, of: path) }
                for column in question.columns {
                    options += column.options.map { PlaythroughCoverage.option($0.id, of: path, column: column.id) }
                }
            }
        }
    }

    static func option(_ id: String, of path: String, column: String? = nil) -> String {
        "\(path)\(column.map { " (column \($0))" } ?? ""): \(id)"
    }

    // MARK: Recording

    mutating func ask(_ path: AnswerPath) { asked.insert(path.questionPath) }
    mutating func passOver(_ path: AnswerPath) { passedOver.insert(path.questionPath) }
    mutating func reach(_ step: String) { reached.insert(step) }
    mutating func trigger(_ path: AnswerPath) { triggered.insert(path.questionPath) }

    /// Notes the options an accepted answer chose (its canonical encoding).
    mutating func choose(_ value: JSONValue, for question: Question, at path: AnswerPath) {
        let base = path.questionPath
        func ids(_ value: JSONValue) -> [String] {
            value.stringValue.map { [$0] } ?? (value.arrayValue ?? []).compactMap(\.stringValue)
        }
        switch question.kind {
        case .choice, .multi:
            for id in ids(value) { chosen.insert(PlaythroughCoverage.option(id, of: base)) }
        case .table:
            for row in value.arrayValue ?? [] {
                for column in question.columns where column.kind == .choice || column.kind == .multi {
                    for id in row.objectValue?[column.id].map(ids) ?? [] {
                        chosen.insert(PlaythroughCoverage.option(id, of: base, column: column.id))
                    }
                }
            }
        default: break
        }
    }

    // MARK: The gaps

    public var questionsNeverAsked: [String] { questions.filter { !asked.contains($0) } }
    public var optionsNeverChosen: [String] { options.filter { !chosen.contains($0) } }
    /// Each question with a `relevant` function whose answer was always the same: never asked
    /// (`relevant` never true), or never passed over (`relevant` never false).
    public var relevanceNeverTaken: [String] {
        relevant.compactMap { path in
            if !asked.contains(path) { return "\(path): never asked (relevant was never true)" }
            if !passedOver.contains(path) { return "\(path): never passed over (relevant was never false)" }
            return nil
        }
    }
    public var stepsNeverReached: [String] { steps.filter { !reached.contains($0) } }
    public var constraintsNeverTriggered: [String] { constrained.filter { !triggered.contains($0) } }

    /// Whether everything the tool declares was reached.
    public var isComplete: Bool {
        questionsNeverAsked.isEmpty && optionsNeverChosen.isEmpty && relevanceNeverTaken.isEmpty
            && stepsNeverReached.isEmpty && constraintsNeverTriggered.isEmpty
    }
}
