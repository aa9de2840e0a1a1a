import Foundation

/// What was typed so far of an answer not given yet: the rows of a table, the items of a list
/// (in the answer encoding, a table's last row possibly incomplete). A session keeps one per
/// question, committed on every line typed, so that `:quit`, Ctrl-C or going back loses at most
/// the line being typed. A draft is not an answer: reports do not read it, and it is dropped
/// when its question is answered or skipped.
public struct Draft: Equatable, Sendable {
    public var path: AnswerPath
    public var value: JSONValue
    /// When it was last changed.
    public var at: Date

    public init(path: AnswerPath, value: JSONValue, at: Date) {
        self.path = path
        self.value = value
        self.at = at
    }
}

extension Draft {
    /// Drafts in the order a session keeps them: by path.
    public static func ordered(_ drafts: some Sequence<Draft>) -> [Draft] {
        drafts.sorted { $0.path.description < $1.path.description }
    }
}

extension Draft {
    /// What keeps `value` from being a draft, as "holds …", or nil: the same limits when a draft
    /// is typed (the session driver) and when one is read back from a file (``SessionCodec``).
    public static func problem(with value: JSONValue) -> String? {
        if let control = ContentLimits.forbiddenControl(in: value) {
            return "holds the control character \(ContentLimits.name(control))"
        }
        if value.jsonText().utf8.count > ContentLimits.draftCharacters {
            return "holds more than \(ContentLimits.draftCharacters) characters of JSON"
        }
        return nil
    }
}
