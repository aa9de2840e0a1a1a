import Foundation

/// One answer of a session, as the engine accepted it: a value, or nil for a skipped question.
public struct AnswerRecord: Equatable, Sendable {
    public var path: AnswerPath
    public var value: JSONValue?
    public var at: Date

    public init(path: AnswerPath, value: JSONValue?, at: Date) {
        self.path = path
        self.value = value
        self.at = at
    }

    /// How many answers a session has: the questions answered with a value. A skip is recorded
    /// but is no answer. The one definition of the count the protocol's `done`, `sessions list`
    /// and `sessions delete` show (the store's query counts the same rows: value not null).
    public static func answeredCount(_ records: [AnswerRecord]) -> Int {
        records.reduce(0) { $0 + ($1.value == nil ? 0 : 1) }
    }
}

/// Something that happened in a run, for the store, the protocol and reports.
public struct RunEvent: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case stepStarted = "step_started"
        case stepEnded = "step_ended"
        case prompted
        case answered
        case skipped
        case rejected
        case back
        case note
        case finished
    }

    public var kind: Kind
    public var at: Date
    public var step: String?
    public var path: AnswerPath?
    public var value: JSONValue?
    /// A note's text, or why an answer was rejected.
    public var text: String?

    public init(
        _ kind: Kind, at: Date, step: String? = nil, path: AnswerPath? = nil, value: JSONValue? = nil,
        text: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.step = step
        self.path = path
        self.value = value
        self.text = text
    }
}

/// A note the facilitator took during a step.
public struct Note: Equatable, Sendable {
    public var step: String?
    public var text: String
    public var at: Date

    public init(step: String?, text: String, at: Date) {
        self.step = step
        self.text = text
        self.at = at
    }
}
