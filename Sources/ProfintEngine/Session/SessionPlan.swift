import Foundation
import ProfintContent
import ProfintModel

/// Everything a session needs before it starts: the tool, the language, the answers of the
/// sessions it starts from, who runs it, and the stored session it resumes.
public struct SessionPlan {
    public var tool: LoadedTool
    public var language: String
    /// The answers of the sessions the tool starts from, by input name.
    public var inputs: [String: [String: JSONValue]]
    /// Those sessions' ids, by input name, kept with the session.
    public var links: [String: String]
    public var metadata: SessionMetadata
    /// The stored session this one continues, if any.
    public var resumed: SessionRecord?
    public var id: String
    public var startedAt: Date

    public init(
        tool: LoadedTool, language: String, inputs: [String: [String: JSONValue]] = [:], links: [String: String] = [:],
        metadata: SessionMetadata = SessionMetadata(), resumed: SessionRecord? = nil, id: String? = nil,
        startedAt: Date = SessionClock.now()
    ) {
        self.tool = tool
        self.language = language
        self.inputs = inputs
        self.links = links
        self.metadata = metadata
        self.resumed = resumed
        self.startedAt = resumed?.startedAt ?? startedAt
        self.id = resumed?.id ?? id ?? SessionRecord.newID(at: startedAt)
    }
}

/// What a user asked for when starting a session (the command line of `run`).
public struct SessionRequest {
    public var tool: String?
    /// The id of a stored session to continue.
    public var resume: String?
    /// Answers given up front (a headless run).
    public var answers: AnswerFile?
    /// Stored sessions the tool starts from, by input name.
    public var links: [String: String]
    public var language: String?
    public var organisation: String?
    public var facilitator: String?
    public var participants: [String]

    public init(
        tool: String? = nil, resume: String? = nil, answers: AnswerFile? = nil, links: [String: String] = [:],
        language: String? = nil, organisation: String? = nil, facilitator: String? = nil, participants: [String] = []
    ) {
        self.tool = tool
        self.resume = resume
        self.answers = answers
        self.links = links
        self.language = language
        self.organisation = organisation
        self.facilitator = facilitator
        self.participants = participants
    }
}

/// Turns a request into a plan: finds the tool, the stored session to resume and the sessions
/// the tool starts from, and checks that they agree.
public struct SessionPlanner {
    public let loader: ToolLoader
    /// Stored sessions; nil when sessions are not stored.
    public let sessions: SessionSource?

    public init(loader: ToolLoader, sessions: SessionSource?) {
        self.loader = loader
        self.sessions = sessions
    }

    public func plan(_ request: SessionRequest) throws -> SessionPlan {
        let resumed = try request.resume.map { id -> SessionRecord in
            guard let record = try sessions?.session(id) else { throw ProfintError.noSuchSession(id) }
            return record
        }
        let file = request.answers
        guard let toolID = resumed?.tool ?? request.tool ?? file?.tool else {
            throw ProfintError.usage("name the tool to run")
        }
        for (given, what) in [(request.tool, "the command line"), (file?.tool, "the answer file")] {
            if let given, given != toolID {
                throw ProfintError.usage("\(what) names \(given), but the session is for \(toolID)")
            }
        }
        let loaded = try loader.load(toolID)
        let language = Language.choose(request.language ?? file?.language ?? resumed?.language)
        var links = resumed?.links ?? [:]
        for (name, id) in request.links { links[name] = id }
        if !request.links.isEmpty && sessions == nil {
            throw ProfintError.usage("inputs from stored sessions need the store")
        }
        var inputs = try file?.inputAnswers() ?? [:]
        for (name, answers) in try SessionInputs.resolve(links, for: loaded.tool, from: sessions) {
            inputs[name] = answers
        }
        for name in inputs.keys.sorted() where !loaded.tool.inputs.contains(where: { $0.name == name }) {
            let known = loaded.tool.inputs.map(\.name).joined(separator: ", ")
            throw ProfintError.usage("\(toolID) has no input '\(name)' (its inputs: \(known.isEmpty ? "none" : known))")
        }
        var metadata = resumed?.metadata ?? file?.metadata ?? SessionMetadata()
        if let organisation = request.organisation { metadata.organisation = organisation }
        if let facilitator = request.facilitator { metadata.facilitator = facilitator }
        if !request.participants.isEmpty { metadata.participants = request.participants }
        return SessionPlan(tool: loaded, language: language, inputs: inputs, links: links, metadata: metadata,
                           resumed: resumed)
    }
}

/// The answers of the sessions a tool starts from: one place for runs and reports.
public enum SessionInputs {
    /// The answers of each linked session, by input name. A link to a session of another tool
    /// than the input declares is an error; so is a link to a missing session, unless `lenient`
    /// (a report of an old session whose input was deleted still renders, without it).
    public static func resolve(
        _ links: [String: String], for tool: Tool, from sessions: SessionSource?, lenient: Bool = false
    ) throws -> [String: [String: JSONValue]] {
        var inputs: [String: [String: JSONValue]] = [:]
        for (name, id) in links.sorted(by: { $0.key < $1.key }) {
            guard let linked = try sessions?.session(id) else {
                if lenient { continue }
                throw ProfintError.notFound("input \(name): no session '\(id)' in the store")
            }
            if let declared = tool.inputs.first(where: { $0.name == name }), declared.tool != linked.tool {
                throw ProfintError.usage(
                    "input \(name) takes a \(declared.tool) session; \(id) is a \(linked.tool) session")
            }
            inputs[name] = linked.values
        }
        return inputs
    }
}
