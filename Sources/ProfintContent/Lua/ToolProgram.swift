import LuaBridge
import ProfintModel

/// One run of a tool's Lua side: the session driver as a coroutine, seen through the typed
/// contract. It validates every yield, so nothing a script yields can reach the engine unchecked
/// (a yield that is not the driver's is a script failure naming the tool).
public final class ToolProgram {
    public let loaded: LoadedTool
    private let coroutine: LuaCoroutine
    private var started = false
    private var finished = false
    /// A reader set up with the tool's bundles' languages; each signal reads with a copy of it.
    private var readerTemplate = ToolReader()

    /// A run of `loaded` with the other sessions it starts from, in `language`.
    public init(_ loaded: LoadedTool, inputs: [String: [String: JSONValue]], language: String) throws {
        self.loaded = loaded
        loaded.runtime.state.resetLimits()
        // Not yieldable to scripts: a hook's own coroutine.yield fails as at a top level; the
        // driver talks to the engine through the host's yield, which authoring.lua was given.
        coroutine = try LuaCoroutine(state: loaded.runtime.state, function: loaded.runtime.driveFunction,
                                     yieldable: false)
        arguments = [
            .reference(loaded.table), .map(inputs.mapValues { .map($0.mapValues(\.luaValue)) }), .string(language),
        ]
        readerTemplate.languageByBundle = loaded.languageByBundle
    }

    private var arguments: [LuaValue]

    /// Runs the driver to its first signal.
    public func start() throws -> DriverSignal {
        guard !started else { throw ProfintError.usage("the run has already started") }
        started = true
        return try resume(arguments)
    }

    /// Resumes the driver with an answer (nil: the question is skipped, or an invalid answer
    /// acknowledged) and returns its next signal.
    public func next(_ answer: JSONValue?) throws -> DriverSignal {
        guard started, !finished else { throw ProfintError.usage("the run is not waiting for an answer") }
        return try resume(answer.map { [$0.luaValue] } ?? [])
    }

    private func resume(_ arguments: [LuaValue]) throws -> DriverSignal {
        let outcome: LuaCoroutine.Outcome
        do { outcome = try coroutine.resume(arguments) } catch let error as LuaError {
            finished = true
            throw loaded.failure(error)
        }
        switch outcome {
        case .returned:
            finished = true
            return .finished
        case .yielded(let values):
            return try decode(values)
        }
    }

    /// The one place the driver's yields are read.
    private func decode(_ values: [LuaValue]) throws -> DriverSignal {
        func value(_ index: Int) -> LuaValue { index < values.count ? values[index] : .nil }
        switch value(0).stringValue {
        case "step":
            guard let index = value(1).intValue, index >= 1, index <= Int64(loaded.tool.steps.count) else {
                throw malformed(values)
            }
            return .step(Int(index - 1))
        case "ask":
            guard let number = value(1).intValue, number >= 0, number < Int64(loaded.questions.count),
                  let path = value(2).stringValue.flatMap(AnswerPath.init)
            else { throw malformed(values) }
            var question = loaded.questions[Int(number)]
            if number == 0 {
                var reader = readerTemplate
                question = reader.question(value(7), context: "step code")
                let errors = reader.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty { throw ProfintError.invalidContent(errors) }
            }
            if question.hasDynamicBounds {
                question = try BoundsInForce.apply(value(8), to: question, path: path)
            }
            var reader = readerTemplate
            let text = value(3).isNil ? nil : reader.text(value(3), what: "text", at: question.source)
            let help = value(4).isNil ? nil : reader.text(value(4), what: "help", at: question.source)
            if let problem = reader.diagnostics.first {
                throw ProfintError.scriptFailure(message: "\(path): \(problem.message)", location: question.source,
                                                 traceback: nil)
            }
            let item: String? = value(6).stringValue ?? value(6).doubleValue.map(AnswerValidator.format)
            if let item {
                try checkItem(item, in: text ?? question.text, path: path, at: question.source)
            }
            return .ask(PromptRequest(
                question: question, path: path, text: text, help: help,
                defaultValue: value(5).isNil ? question.defaultValue : JSONValue(lua: value(5)), item: item))
        case "irrelevant":
            guard let path = value(2).stringValue.flatMap(AnswerPath.init) else { throw malformed(values) }
            return .irrelevant(path: path)
        case "invalid":
            guard let path = value(1).stringValue.flatMap(AnswerPath.init) else { throw malformed(values) }
            var reader = readerTemplate
            let message = reader.text(value(2), what: "constraint message", at: nil)
            return .invalid(path: path, message: message)
        default:
            throw malformed(values)
        }
    }

    /// An item shown inside a question's text must be one short line, and the text with the item
    /// filled in must stay within the content limits.
    private func checkItem(
        _ item: String, in text: LocalizedText, path: AnswerPath, at location: SourceLocation?
    ) throws {
        func failure(_ why: String) -> ProfintError {
            .scriptFailure(message: "\(path.shortDescription): the item it is asked for \(why)", location: location,
                           traceback: nil)
        }
        // A text never has more Characters than UTF-8 bytes: Characters, which take a walk over
        // the text, are counted only when the bytes could pass a limit (this runs for every item).
        if item.utf8.count > ContentLimits.itemCharacters, item.count > ContentLimits.itemCharacters {
            throw failure("is longer than \(ContentLimits.itemCharacters) characters")
        }
        if let control = ContentLimits.forbiddenControl(in: item) {
            throw failure("holds the control character \(ContentLimits.name(control))")
        }
        for (_, words) in text.translations {
            let uses = ByteSearch.count("{item}", in: words)
            guard words.utf8.count + uses * item.utf8.count > ContentLimits.textCharacters else { continue }
            if words.count + uses * item.count > ContentLimits.textCharacters {
                throw failure("makes the question longer than \(ContentLimits.textCharacters) characters")
            }
        }
    }

    private func malformed(_ values: [LuaValue]) -> ProfintError {
        let shown = values.prefix(3).map(\.description).joined(separator: ", ")
        return ProfintError.scriptFailure(
            message: "the tool yielded (\(shown.prefix(200))); "
                + "tools must not call coroutine.yield themselves (use s:ask)",
            location: loaded.tool.source, traceback: nil)
    }
}
