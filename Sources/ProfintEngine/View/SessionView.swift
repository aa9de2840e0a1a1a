import Foundation
import ProfintContent
import ProfintModel

/// A session read through its tool, for reports: each answer with the prompt that asked it
/// (question, text, kind, options), in the order asked, and the tool's graph when a report asks.
///
/// Built by replaying the session's answers into the tool, so questions that step code asked at
/// run time read as well as declared ones.
public struct SessionView {
    /// One answered (or skipped) question.
    public struct Entry {
        /// The prompt that asked it; nil when the tool no longer asks this path.
        public var prompt: Prompt?
        public var path: AnswerPath
        /// The answer; nil when skipped.
        public var value: JSONValue?
    }

    public let record: SessionRecord
    public let tool: Tool
    public let entries: [Entry]
    /// What ``graph()`` draws from.
    private let loaded: LoadedTool
    private let inputs: [String: [String: JSONValue]]
    /// True when the tool changed since the session (its content hash differs).
    public let toolChanged: Bool

    /// A stored session read back through its tool: its answers replayed to recover each prompt.
    public init(record: SessionRecord, loaded: LoadedTool, inputs: [String: [String: JSONValue]] = [:]) throws {
        let run = ToolRun(loaded, language: record.language, inputs: inputs)
        var asked: [AnswerPath: Prompt] = [:]
        try run.replay(record.answers, mode: .keepUnfit) { prompt, answer in asked[answer.path] = prompt }
        try self.init(record: record, loaded: loaded, inputs: inputs, prompts: asked)
    }

    /// A session just run, read from its run without replaying it.
    public init(driver: SessionDriver) throws {
        try self.init(record: driver.record(), loaded: driver.run.loaded, inputs: driver.run.inputs,
                      prompts: driver.run.askedPrompts)
    }

    private init(
        record: SessionRecord, loaded: LoadedTool, inputs: [String: [String: JSONValue]], prompts: [AnswerPath: Prompt]
    ) throws {
        self.record = record
        tool = loaded.tool
        toolChanged = loaded.contentHash != record.toolHash
        var entries: [Entry] = []
        var unplaced: [Entry] = []
        for answer in record.answers {
            if let prompt = prompts[answer.path] {
                entries.append(Entry(prompt: prompt, path: answer.path, value: answer.value))
            } else {
                unplaced.append(Entry(prompt: nil, path: answer.path, value: answer.value))
            }
        }
        self.entries = entries + unplaced
        self.loaded = loaded
        self.inputs = inputs
    }

    /// The tool's graph of this session's answers, or nil for a tool that declares none. Made
    /// when asked, by the tool's script: a session's Markdown report draws no graph, and making it
    /// cost a headless run 1.9 of its 42.0 million instructions. A graph script's error is met by
    /// the reports that draw it.
    public func graph() throws -> Graph? {
        try loaded.graph(answers: record.values, inputs: inputs, language: record.language)
    }

    /// The entries of a step, in the order asked.
    public func entries(of step: Step) -> [Entry] {
        entries.filter { $0.prompt?.step.id == step.id || ($0.prompt == nil && $0.path.step == step.id) }
    }
}
