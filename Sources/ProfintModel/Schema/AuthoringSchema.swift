/// The authoring API's schema: every table a partner writes (`tool`, `step`, `ask.*`, options,
/// manifests), its fields, what each field holds and whether it is a text to translate.
///
/// This is the one source of those facts. The Lua API (`authoring.lua`) receives it when it
/// loads and takes its question kinds, its translatable fields and the fields a derived tool
/// may set from it; the Swift reader takes the fields it accepts from it; docs/authoring.md
/// lists it.
public enum AuthoringSchema {
    /// What a field holds.
    public enum ValueType: String, Sendable, CaseIterable {
        /// Letters, digits, `_` and `-`: part of answer paths.
        case identifier
        /// A text: a string in the bundle's language, or a table by language.
        case text
        /// A text, or a function of the answers that returns one.
        case dynamicText
        /// A plain string, not translated (a version, a tool id, an answer path).
        case string
        case number
        case boolean
        case function
        /// A number, or a date `YYYY-MM-DD` for a date question.
        case bound
        /// Any answer value, or a function of the answers that returns one.
        case value
        /// A list of strings.
        case strings
        /// A list of tables of another kind (steps, questions, options...).
        case list
        /// An answer path, or a function that returns the items.
        case items
        /// A table with fields of its own (scale labels, inputs, provides...).
        case table

        /// The type as docs/authoring.md names it.
        public var displayName: String {
            switch self {
            case .identifier: return "id"
            case .text: return "text"
            case .dynamicText: return "text, or function(a, ctx)"
            case .string: return "string"
            case .number: return "number"
            case .boolean: return "true or false"
            case .function: return "function"
            case .bound: return "number (a date \"YYYY-MM-DD\" for a date), or function(a, ctx)"
            case .value: return "any value, or function(a, ctx)"
            case .strings: return "list of strings"
            case .list: return "list"
            case .items: return "answer path, or function(a, ctx)"
            case .table: return "table"
            }
        }
    }

    /// One field of an authoring table.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var type: ValueType
        /// A text translators translate (`translate()` and catalogs reach it).
        public var translatable: Bool
        /// One line for partners: what the field is for.
        public var summary: String
        /// What holds when the field is left out, in words ("required" when it cannot be).
        public var defaultValue: String

        public init(_ name: String, _ type: ValueType, translatable: Bool = false,
                    default defaultValue: String = "none",
                    _ summary: String) {
            self.name = name
            self.type = type
            self.translatable = translatable
            self.defaultValue = defaultValue
            self.summary = summary
        }
    }

    /// The fields of `tool { ... }`.
    public static let tool: [Field] = [
        Field("id", .identifier, default: "the file's name",
              "the tool's name inside its module; the file name when left out"),
        Field("title", .text, translatable: true, default: "required", "what trainers see in lists and headings"),
        Field("summary", .text, translatable: true, "one or two sentences on what the tool is for"),
        Field("provenance", .text, translatable: true,
              "where the tool comes from: what is taken from a source document and what was written for it"),
        Field("version", .string, "the tool's own version"),
        Field("extends", .string, "the tool this one derives from, as module/tool"),
        Field("steps", .list, default: "the positional step { ... } entries",
              "the steps, in order (positional entries work too)"),
        Field("graph", .function,
              "function(answers, ctx) returning nodes and edges (with kinds, strengths, a legend) for reports"),
        Field("inputs", .table, "other sessions the tool starts from: { plan = { tool = 'module/tool' } }"),
    ]

    /// The fields a derived tool sets for itself rather than taking them from its base.
    public static let derivedOwnFields: [String] = ["title", "summary", "provenance", "version", "graph", "inputs"]

    /// The fields of `step { ... }`.
    public static let step: [Field] = [
        Field("id", .identifier, default: "required", "the first part of the step's answer paths"),
        Field("title", .text, translatable: true, default: "required", "the step's heading"),
        Field("minutes", .number, "planned minutes, from 0 to 10000"),
        Field("guidance", .text, translatable: true, "what the facilitator should do or watch for"),
        Field("text", .text, translatable: true, "what participants read before answering"),
        Field("questions", .list, default: "the positional ask.* entries",
              "the questions, in order (positional entries work too)"),
        Field("run", .function, "function(s) asking questions decided at run time with s:ask(question, key)"),
        Field("tags", .strings, "tags of the step"),
    ]

    /// The fields of `ask.<kind> { ... }`, for every kind (each kind reads those it needs).
    public static let question: [Field] = [
        Field("id", .identifier, default: "required", "the second part of the answer path"),
        Field("text", .dynamicText, translatable: true, default: "required",
              "the question; {item} stands for the item it is asked for"),
        Field("help", .dynamicText, translatable: true, "more explanation, shown on :help"),
        Field("optional", .boolean, default: "false", "true when the question may be skipped"),
        Field("required", .boolean, default: "true",
              "false when the question may be skipped (the same as optional = true)"),
        Field("default", .value, "the answer taken when none is given"),
        Field("constraint", .function, "function(value, answers, ctx) returning true, or false and a message"),
        Field("message", .text, translatable: true, default: "a general refusal", "what a broken constraint says"),
        Field("relevant", .function, default: "always asked", "function(answers, ctx): whether to ask the question"),
        Field("tags", .strings, "tags such as the learning processes P, S and L"),
        Field("options", .list, default: "required for choice and multi",
              "choice and multi: { id = '...', label = ... } or plain strings"),
        Field("min", .bound, default: "none; scale 1; a required list 1",
              "the lower bound: value, length, items, rows or date"),
        Field("max", .bound, default: "none; scale 5", "the upper bound: value, length, items, rows or date"),
        Field("integer", .boolean, default: "false", "number: whole numbers only"),
        Field("unit", .text, translatable: true, "number: the unit shown after the value"),
        Field("labels", .table, "scale: labels by point, { [1] = '...', [5] = '...' }"),
        Field("columns", .list, default: "required for table: the positional ask.* entries",
              "table: the columns, each a question of a scalar kind"),
        Field("rows", .list, default: "none: rows grow",
              "table: fixed rows { id = '...', label = ... }; a growing table has none"),
        Field("row_label", .text, translatable: true, "table: how growing rows are named (Action 1, Action 2...)"),
        Field("each", .items, "ask once per item: an answer path, or function(answers, ctx) returning items"),
        Field("key", .value, default: "the item's first string field",
              "with each: the item field (or function) naming the item in answer paths"),
    ]

    /// The fields of an option of a choice or multi question, or of a fixed row of a table.
    public static let option: [Field] = [
        Field("id", .string, default: "required", "what answers hold"),
        Field("label", .text, translatable: true, default: "the id, for an option given as a string",
              "what people read"),
    ]

    /// The question kinds, in the order `ask.*` lists them.
    public static var kinds: [QuestionKind] { QuestionKind.allCases }

    /// The names of the translatable fields of any table, for `translate()`.
    public static var translatableFields: [String] {
        var names: [String] = []
        for field in tool + step + question + option where field.translatable && !names.contains(field.name) {
            names.append(field.name)
        }
        return names
    }

    /// The tables docs/authoring.md lists the fields of, with their headings.
    public static var documentedTables: [(name: String, fields: [Field])] {
        [("tool { ... }", tool), ("step { ... }", step), ("ask.<kind> { ... }", question),
         ("an option or a fixed row", option)]
    }

    /// The Markdown table of `fields` for docs/authoring.md's reference (a test keeps the page
    /// equal to it).
    public static func referenceTable(_ fields: [Field]) -> String {
        var lines = ["| field | type | default | translatable | what it is for |", "| --- | --- | --- | --- | --- |"]
        for field in fields {
            let cells = ["`\(field.name)`", field.type.displayName, field.defaultValue, field.translatable ? "yes" : "",
                         field.summary]
            let escaped = cells.map {
                $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
            }
            lines.append("| " + escaped.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// The field names of a table kind, for the reader's unknown-field check.
    public static func names(_ fields: [Field]) -> Set<String> { Set(fields.map(\.name)) }
}
