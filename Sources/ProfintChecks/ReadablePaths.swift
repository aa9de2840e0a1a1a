import ProfintContent
import ProfintModel

/// The answer paths of a tool that its hooks and its test cases may name: the tool's questions
/// and those of the tools it derives from (a question a derived tool removed reads as nil), and
/// the steps with step code, whose question ids are known only at run time. The same rule as
/// the session driver's (`guard` in authoring.lua), for `check`.
struct ReadablePaths {
    /// Question by `step.question`, the tool's own first.
    private(set) var questions: [String: Question] = [:]
    /// The paths in the tool's order, then its bases', for suggestions.
    private(set) var order: [String] = []
    /// Steps with step code.
    private(set) var openSteps: Set<String> = []
    /// The tool's own paths (not its bases').
    private(set) var own: Set<String> = []

    /// The paths of `chain`: a tool, then its base, its base's base...
    init(_ chain: [Tool]) {
        for (position, current) in chain.enumerated() {
            for step in current.steps {
                if step.isDynamic { openSteps.insert(step.id) }
                for question in step.questions {
                    let path = "\(step.id).\(question.id)"
                    if position == 0 { own.insert(path) }
                    if questions[path] == nil {
                        questions[path] = question
                        order.append(path)
                    }
                }
            }
        }
    }

    /// Why `path` names nothing a hook may read ("no answer path ...; did you mean ..."), or nil.
    /// With `ownOnly`, the paths of the bases do not count (answers are given to the tool itself).
    func problem(reading path: String, ownOnly: Bool = false) -> String? {
        let parsed = AnswerPath(path)
        let plain = parsed?.questionPath ?? path
        if ownOnly ? own.contains(plain) : questions[plain] != nil { return nil }
        if let step = parsed?.step, openSteps.contains(step) { return nil }
        let candidates = ownOnly ? order.filter(own.contains) : order
        let hint = NameSuggestion.didYouMean(plain, among: candidates).map { "; \($0)" } ?? ""
        return "there is no answer path '\(path)' in this tool\(hint)"
    }

    /// The question a path names, if the tool (or a base) has it.
    func question(_ path: String) -> Question? {
        questions[AnswerPath(path)?.questionPath ?? path]
    }
}
