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

    /// Parses `step.question` or `step.question[key]`; the key runs to the final `]`. Reads the
    /// text's bytes once: paths are parsed for every prompt.
    public init?(_ text: String) {
        var utf8 = Substring(text).utf8
        var key: String?
        if utf8.last == UInt8(ascii: "]") {
            guard let open = utf8.firstIndex(of: UInt8(ascii: "[")) else { return nil }
            key = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            utf8 = text[..<open].utf8
        }
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex,
              utf8.index(after: dot) != utf8.endIndex
        else { return nil }
        let rest = utf8[utf8.index(after: dot)...]
        guard !rest.contains(UInt8(ascii: ".")),
              !utf8.contains(UInt8(ascii: "[")), !utf8.contains(UInt8(ascii: "]"))
        else { return nil }
        self.init(step: String(text[utf8.startIndex..<dot]), question: String(text[rest.startIndex..<rest.endIndex]),
                  key: key)
    }

    /// The path of the question without its key.
    public var questionPath: String { "\(step).\(question)" }

    /// The path for messages: whole when short, else its first 120 characters and "…" (an item
    /// a script made can be long).
    public var shortDescription: String {
        let text = description
        return text.count <= 120 ? text : String(text.prefix(120)) + "…"
    }

    public var description: String { key.map { "\(questionPath)[\($0)]" } ?? questionPath }

    public static func < (lhs: AnswerPath, rhs: AnswerPath) -> Bool { lhs.description < rhs.description }
}
