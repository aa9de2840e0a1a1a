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
    /// text's bytes in one pass, from its own storage: paths are parsed for every prompt.
    public init?(_ text: String) {
        var text = text
        guard let path = text.withUTF8(AnswerPath.parse) else { return nil }
        self = path
    }

    /// The path in `bytes`, split at ASCII bytes only, so that every part is whole UTF-8.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> AnswerPath? {
        var end = bytes.count
        var key: String?
        if bytes.last == UInt8(ascii: "]") {
            guard let open = bytes.firstIndex(of: UInt8(ascii: "[")) else { return nil }
            key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(bytes.count - 1)]), as: UTF8.self)
            end = open
        }
        var dot: Int?
        for index in 0..<end {
            switch bytes[index] {
            case UInt8(ascii: "."):
                guard dot == nil else { return nil }
                dot = index
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                return nil
            default:
                continue
            }
        }
        guard let dot, dot > 0, dot + 1 < end else { return nil }
        return AnswerPath(
            step: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<dot]), as: UTF8.self),
            question: String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]), as: UTF8.self),
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
