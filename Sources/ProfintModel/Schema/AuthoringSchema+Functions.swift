/// The functions of the authoring API beside the table constructors: the change functions of
/// derived tools, the arguments profint passes to each function-valued field (hooks), and the
/// manifests' fields. Like the rest of ``AuthoringSchema``, the one source of these facts:
/// `authoring.lua` checks at load that it defines exactly these change functions, and
/// `profint stubs` and `profint new` write editor annotations and examples from them.
extension AuthoringSchema {
    /// What an argument of a change function holds.
    public enum Argument: String, Sendable, CaseIterable {
        /// A step id (`"needs"`) or a question path (`"needs.alone"`).
        case target
        /// A step or a question, as `step { ... }` or `ask.<kind> { ... }` make them.
        case item
        /// A table of fields and their new values.
        case fields
        /// `{ before = target }` or `{ after = target }`.
        case place
        /// A language code, e.g. `"it"`.
        case language
        /// Texts by target, then by field: `{ [target] = { title = "..." } }`.
        case texts
    }

    /// One parameter of a change function.
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var argument: Argument
        /// Left out in some calls (`append(step)` has no target).
        public var optional: Bool
        public var summary: String

        public init(_ name: String, _ argument: Argument, optional: Bool = false, _ summary: String) {
            self.name = name
            self.argument = argument
            self.optional = optional
            self.summary = summary
        }
    }

    /// A function a derived tool calls among its entries to change its base.
    public struct ChangeFunction: Sendable, Equatable {
        public var name: String
        public var parameters: [Parameter]
        /// One line for partners: what the change does.
        public var summary: String

        public init(_ name: String, _ parameters: [Parameter], _ summary: String) {
            self.name = name
            self.parameters = parameters
            self.summary = summary
        }
    }

    /// The change functions, in the order docs/authoring.md lists them.
    public static let changes: [ChangeFunction] = [
        ChangeFunction("insert_before", [
            Parameter("target", .target, "the step or question to insert before"),
            Parameter("item", .item, "a step before a step, a question before a question"),
        ], "inserts a step before a step, or a question before a question"),
        ChangeFunction("insert_after", [
            Parameter("target", .target, "the step or question to insert after"),
            Parameter("item", .item, "a step after a step, a question after a question"),
        ], "inserts a step after a step, or a question after a question"),
        ChangeFunction("append", [
            Parameter("target", .target, optional: true,
                      "the step whose questions get the question; left out for a step"),
            Parameter("item", .item, "a step (added at the end of the tool) or a question (at the end of the step)"),
        ], "adds a step at the end of the tool, or a question at the end of a step"),
        ChangeFunction("replace", [
            Parameter("target", .target, "the step or question to replace"),
            Parameter("item", .item, "what replaces it; keep the id to keep the answer paths"),
        ], "replaces a step or a question by another"),
        ChangeFunction("remove", [
            Parameter("target", .target, "the step or question to drop"),
        ], "drops a step or a question"),
        ChangeFunction("move", [
            Parameter("target", .target, "the step or question to move"),
            Parameter("place", .place,
                      "{ before = x } or { after = x }; for a question, x is a question of its step or a path"),
        ], "moves a step or a question before or after another"),
        ChangeFunction("modify", [
            Parameter("target", .target, "the step or question to change"),
            Parameter("fields", .fields, "the fields to set: minutes, title, kind, optional, min... (never id)"),
        ], "changes fields of a step or a question"),
        ChangeFunction("translate", [
            Parameter("lang", .language, "the language the texts are in"),
            Parameter("texts", .texts, "{ [target] = { field = text } }; target \"\" is the tool itself"),
        ], "adds a language: texts of the tool, its steps and questions, options, columns, rows, labels"),
    ]

    /// What a hook receives.
    public enum HookArgument: String, Sendable, CaseIterable {
        /// The answers so far, by answer path.
        case answers
        /// `lang`, `inputs`, and for a question `item` and `path`.
        case context
        /// The answer being checked.
        case value
        /// A step's session: `answers`, `inputs`, `lang`, `step`, and `s:ask(question, key)`.
        case session
        /// An item of the list `each` goes over.
        case item
    }

    /// The arguments profint passes to each field that may be a function, by field name
    /// (`text`, `help` and `default` may also be plain values).
    public static let hooks: [String: [HookArgument]] = [
        "text": [.answers, .context], "help": [.answers, .context], "default": [.answers, .context],
        "relevant": [.answers, .context], "constraint": [.value, .answers, .context],
        "each": [.answers, .context], "key": [.item],
        "run": [.session], "graph": [.answers, .context],
    ]

    /// The fields of `module { ... }`.
    public static let module: [Field] = [
        Field("id", .identifier, "the module's id: its folder's name"),
        Field("version", .string, "the module's version"),
        Field("title", .text, translatable: true, "the module's title"),
        Field("author", .string, "who wrote it"),
        Field("languages", .strings, "the languages it is written in; the first is that of plain-string texts"),
        Field("summary", .text, translatable: true, "what the module is about"),
        Field("requires", .strings, "bundles whose Lua files this one may require"),
        Field("exercises", .list, "the group exercises: exercise { ... }"),
        Field("base_texts", .string, default: "\"missing\"",
              "\"fallback\" or \"missing\": whether base texts its derived tools do not translate fall back"),
    ]

    /// The fields of `plugin { ... }`.
    public static let plugin: [Field] = [
        Field("id", .identifier, "the plugin's id: its folder's name"),
        Field("version", .string, "the plugin's version"),
        Field("title", .text, translatable: true, "the plugin's title"),
        Field("author", .string, "who wrote it"),
        Field("api", .number, "the authoring API version it was written for"),
        Field("languages", .strings, "the languages it is written in; the first is that of plain-string texts"),
        Field("summary", .text, translatable: true, "what the plugin adds"),
        Field("requires", .strings, "bundles it extends or whose Lua files it requires"),
        Field("provides", .table, "{ tools = { ['module/tool'] = 'tools/file.lua' } }"),
        Field("base_texts", .string, default: "\"missing\"",
              "\"fallback\" or \"missing\": whether base texts its derived tools do not translate fall back"),
    ]

    /// The fields of `exercise { ... }` in a module's manifest.
    public static let exercise: [Field] = [
        Field("id", .identifier, "the exercise's id in its module"),
        Field("title", .text, translatable: true, "the exercise's title"),
        Field("minutes", .number, "planned minutes"),
        Field("text", .text, translatable: true, "what the group is asked to do"),
        Field("prompts", .list, "questions for the discussion, each a text"),
        Field("provenance", .text, translatable: true, "where the exercise comes from"),
    ]
}
