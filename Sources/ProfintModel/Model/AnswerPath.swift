/// The stable name of an answer: `step.question`, or `step.question[key]` for a question asked
/// once per item (the key is the item, e.g. `partners.partners[Health]`). Answer files, the
/// protocol, the store and reports all use it.
public struct AnswerPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var step: String
    public var question: String
    public var key: String?

    public init(step: String, question: String, key: String? = nil) {
        self.step = step
        self.question = question
        self.key = key
    }

    /// Parses `step.question` or `step.question[key]`; the key runs to the final `]`.
    public init?(_ text: String) {
        var body = Substring(text)
        var key: String?
        if body.hasSuffix("]"), let open = body.firstIndex(of: "[") {
            key = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
            body = body[..<open]
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains("."),
              !body.contains("["), !body.contains("]")
        else { return nil }
        self.init(step: String(parts[0]), question: String(parts[1]), key: key)
    }

    /// The path of the question without its key.
    public var questionPath: String { "\(step).\(question)" }

    public var description: String { key.map { "\(questionPath)[\($0)]" } ?? questionPath }

    public static func < (lhs: AnswerPath, rhs: AnswerPath) -> Bool { lhs.description < rhs.description }
}
