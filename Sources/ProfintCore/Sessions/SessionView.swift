import Foundation

/// A session read through its tool, for reports: each answer with the prompt that asked it
/// (question, text, kind, options), in the order asked, and the tool's graph.
///
/// Built by replaying the session's answers into the tool, so questions that step code asked at
/// run time read as well as declared ones.
public struct SessionView {
    /// One answered (or skipped) question.
    public struct Entry {
        /// The prompt that asked it; nil when the tool no longer asks this path.
        public var prompt: Prompt?
        public var path: String
        /// The answer; nil when skipped.
        public var value: JSONValue?
    }

    public let record: SessionRecord
    public let tool: Tool
    public let entries: [Entry]
    public let graph: Graph?
    /// True when the tool changed since the session (its content hash differs).
    public let toolChanged: Bool

    public init(record: SessionRecord, loaded: LoadedTool, inputs: [String: [String: JSONValue]] = [:]) throws {
        self.record = record
        tool = loaded.tool
        toolChanged = loaded.contentHash != record.toolHash
        let run = ToolRun(loaded, language: record.language, inputs: inputs)
        try run.start()
        var pending: [String: AnswerRecord] = [:]
        for answer in record.answers { pending[answer.path] = answer }
        var entries: [Entry] = []
        while let prompt = run.prompt, let answer = pending.removeValue(forKey: prompt.path) {
            entries.append(Entry(prompt: prompt, path: prompt.path, value: answer.value))
            let outcome = try answer.value.map { try run.answer($0) } ?? run.skip()
            if case .rejected = outcome { break }
        }
        for answer in record.answers where pending[answer.path] != nil {
            entries.append(Entry(prompt: nil, path: answer.path, value: answer.value))
        }
        self.entries = entries
        graph = try loaded.graph(answers: record.values, inputs: inputs, language: record.language)
    }

    /// The entries of a step, in the order asked.
    public func entries(of step: Step) -> [Entry] {
        entries.filter { $0.prompt?.step.id == step.id || ($0.prompt == nil && AnswerPath($0.path)?.step == step.id) }
    }
}
