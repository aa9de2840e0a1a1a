import Foundation

/// Who ran a session: the organisation, the facilitator and the participants.
public struct SessionMetadata: Equatable, Sendable {
    public var organisation: String?
    public var facilitator: String?
    public var participants: [String]

    public init(organisation: String? = nil, facilitator: String? = nil, participants: [String] = []) {
        self.organisation = organisation
        self.facilitator = facilitator
        self.participants = participants
    }
}

/// Everything about one session of a tool: what the store keeps, what exports carry and what
/// reports read.
public struct SessionRecord: Equatable, Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case inProgress = "in_progress"
        case complete
        case abandoned
    }

    public var id: String
    public var tool: String
    /// A hash of the tool's files when the session ran, to tell when the tool changed since.
    public var toolHash: String
    public var language: String
    public var metadata: SessionMetadata
    public var status: Status
    public var startedAt: Date
    public var endedAt: Date?
    /// Accepted answers in the order given; a nil value is a skipped question.
    public var answers: [AnswerRecord]
    public var events: [RunEvent]
    public var notes: [Note]
    /// Seconds spent per step id.
    public var spent: [String: Double]
    /// Sessions this one starts from, by input name (e.g. WT2's `plan` → a WT1 session id).
    public var links: [String: String]
    /// Stored answers that no longer fit the tool when the session was resumed: kept, not used.
    public var kept: [AnswerRecord]
    /// Answers being typed and not given yet, one per question, in the order of their paths.
    public var drafts: [Draft]

    public init(
        id: String, tool: String, toolHash: String, language: String, metadata: SessionMetadata = SessionMetadata(),
        status: Status = .inProgress, startedAt: Date, endedAt: Date? = nil, answers: [AnswerRecord] = [],
        events: [RunEvent] = [], notes: [Note] = [], spent: [String: Double] = [:], links: [String: String] = [:],
        kept: [AnswerRecord] = [], drafts: [Draft] = []
    ) {
        self.kept = kept
        self.drafts = drafts
        self.id = id
        self.tool = tool
        self.toolHash = toolHash
        self.language = language
        self.metadata = metadata
        self.status = status
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.answers = answers
        self.events = events
        self.notes = notes
        self.spent = spent
        self.links = links
    }

    /// The answers by path, skipped questions left out.
    public var values: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for answer in answers { result[answer.path.description] = answer.value }
        return result
    }

    /// A new session id: the date and time, and a random suffix (`20261129-0942-7f3a`).
    public static func newID(at date: Date = Date()) -> String {
        let time = UTCTime(date)
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(time.year)\(two(time.month))\(two(time.day))-\(two(time.hour))\(two(time.minute))-"
            + String(repeating: "0", count: 4 - suffix.count) + suffix
    }
}

/// Time as sessions keep it: to the millisecond, so stored, exported and imported times agree.
public enum SessionClock {
    public static func now() -> Date { truncate(Date()) }

    public static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
