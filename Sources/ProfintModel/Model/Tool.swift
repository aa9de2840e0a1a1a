/// A step of a tool: a timed part of the session with its questions.
public struct Step: Equatable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// Planned minutes.
    public var minutes: Double?
    /// What the facilitator should do or watch for.
    public var guidance: LocalizedText?
    /// What participants read before answering.
    public var text: LocalizedText?
    public var questions: [Question]
    /// The step runs Lua code that asks questions decided at run time.
    public var isDynamic: Bool
    public var source: SourceLocation?

    public init(
        id: String, title: LocalizedText, minutes: Double? = nil, guidance: LocalizedText? = nil,
        text: LocalizedText? = nil, questions: [Question] = [], isDynamic: Bool = false, source: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.guidance = guidance
        self.text = text
        self.questions = questions
        self.isDynamic = isDynamic
        self.source = source
    }
}

/// Another session a tool can start from, e.g. WT2 starts from the actions planned in WT1.
public struct ToolInput: Equatable, Sendable {
    /// The name the tool's code uses: `ctx.inputs.plan`.
    public var name: String
    /// The tool whose sessions fit.
    public var tool: String
    public var required: Bool
    public var label: LocalizedText?

    public init(name: String, tool: String, required: Bool, label: LocalizedText?) {
        self.name = name
        self.tool = tool
        self.required = required
        self.label = label
    }
}

/// A tool: a structured worksheet of timed steps and questions.
public struct Tool: Equatable, Sendable {
    /// `<module>/<tool>`, e.g. `networks/partner-map`.
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var version: String?
    /// The tool this one derives from.
    public var base: String?
    /// The bundle that declares the tool, and the languages it promises.
    public var bundle: String
    public var languages: [String]
    public var steps: [Step]
    public var inputs: [ToolInput]
    /// The tool declares a graph (e.g. the partner map) computed from its answers.
    public var hasGraph: Bool
    /// Where the tool comes from: what is taken from the source document (IO4) and what was
    /// written for profint. `show` and reports print it.
    public var provenance: LocalizedText?
    public var source: SourceLocation?

    public init(
        id: String, title: LocalizedText, summary: LocalizedText? = nil, version: String? = nil, base: String? = nil,
        bundle: String, languages: [String], steps: [Step], inputs: [ToolInput] = [], hasGraph: Bool = false,
        source: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.version = version
        self.base = base
        self.bundle = bundle
        self.languages = languages
        self.steps = steps
        self.inputs = inputs
        self.hasGraph = hasGraph
        self.source = source
    }

    /// Planned minutes of all steps.
    public var plannedMinutes: Double { steps.compactMap(\.minutes).reduce(0, +) }

    /// The step with this id.
    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

}
