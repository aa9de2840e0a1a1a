/// The kinds of question a tool can ask (docs/authoring.md).
public enum QuestionKind: String, CaseIterable, Sendable, Codable {
    /// An open answer: a string.
    case text
    /// One option of a list: its id.
    case choice
    /// Any options of a list: their ids.
    case multi
    /// Yes or no: a boolean.
    case yesno
    /// A number, maybe whole, maybe bounded.
    case number
    /// A point on a Likert scale: a whole number with labels.
    case scale
    /// A calendar date: "YYYY-MM-DD".
    case date
    /// Items one by one: a list of strings.
    case list
    /// Rows of typed columns: a list of maps from column id to value.
    case table

    /// Kinds a table column may have.
    public var isColumnKind: Bool { self != .list && self != .table }
}

/// An option of a choice or multi question, or a fixed row of a table.
public struct QuestionOption: Equatable, Sendable {
    public var id: String
    public var label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// A question as a tool declares it, or as a step's code asked it.
public struct Question: Equatable, Sendable {
    public var id: String
    public var kind: QuestionKind
    public var text: LocalizedText
    public var help: LocalizedText?
    /// Whether an answer must be given. Questions are required unless marked `optional = true`.
    public var required: Bool
    /// A fixed default answer; `hasDynamicDefault` when a function computes it at run time.
    public var defaultValue: JSONValue?
    public var hasDynamicDefault: Bool
    public var options: [QuestionOption]
    /// Bounds: the value of a number, the points of a scale, the length of a text, the count of
    /// items of a list or multi, the rows of a table, the dates of a date.
    public var min: JSONValue?
    public var max: JSONValue?
    /// `min` or `max` is a function of the answers, evaluated when the question is asked: the
    /// question a prompt carries holds the bound then in force (nil when the function gave none).
    public var hasDynamicMin = false
    public var hasDynamicMax = false
    /// A number must be whole.
    public var integer: Bool
    /// The unit of a number, shown after it.
    public var unit: LocalizedText?
    /// Scale labels by point.
    public var labels: [Int: LocalizedText]
    /// The columns of a table.
    public var columns: [Question]
    /// The fixed rows of a table, in order; nil for a growing table.
    public var rows: [QuestionOption]?
    /// How a growing table's rows are named: "Action" gives Action 1, Action 2...
    public var rowLabel: LocalizedText?
    /// Tags, such as the learning processes P, S and L.
    public var tags: [String]
    /// The answer path whose items this question is asked for, one question per item.
    public var each: String?
    public var hasDynamicEach: Bool
    public var hasConstraint: Bool
    /// What a broken constraint says, unless the constraint returns its own message.
    public var message: LocalizedText?
    public var hasRelevance: Bool
    public var source: SourceLocation?

    public init(
        id: String, kind: QuestionKind, text: LocalizedText, help: LocalizedText? = nil, required: Bool = true,
        defaultValue: JSONValue? = nil, hasDynamicDefault: Bool = false, options: [QuestionOption] = [],
        min: JSONValue? = nil, max: JSONValue? = nil, integer: Bool = false, unit: LocalizedText? = nil,
        labels: [Int: LocalizedText] = [:], columns: [Question] = [], rows: [QuestionOption]? = nil,
        rowLabel: LocalizedText? = nil, tags: [String] = [], each: String? = nil, hasDynamicEach: Bool = false,
        hasConstraint: Bool = false, message: LocalizedText? = nil, hasRelevance: Bool = false,
        source: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.help = help
        self.required = required
        self.defaultValue = defaultValue
        self.hasDynamicDefault = hasDynamicDefault
        self.options = options
        self.min = min
        self.max = max
        self.integer = integer
        self.unit = unit
        self.labels = labels
        self.columns = columns
        self.rows = rows
        self.rowLabel = rowLabel
        self.tags = tags
        self.each = each
        self.hasDynamicEach = hasDynamicEach
        self.hasConstraint = hasConstraint
        self.message = message
        self.hasRelevance = hasRelevance
        self.source = source
    }

    /// The bounds of a scale: `min` and `max`, 1 to 5 unless the tool says otherwise.
    public var scaleRange: ClosedRange<Int64> {
        let low = min?.intValue ?? 1
        let high = max?.intValue ?? 5
        return low <= high ? low...high : high...low
    }

    /// Whether a bound of the question or of one of its columns is a function of the answers.
    public var hasDynamicBounds: Bool {
        hasDynamicMin || hasDynamicMax || columns.contains { $0.hasDynamicBounds }
    }

    /// The question with only its fixed bounds: those set by functions left out.
    public var fixedBounds: Question {
        var question = self
        if hasDynamicMin { question.min = nil }
        if hasDynamicMax { question.max = nil }
        question.columns = columns.map(\.fixedBounds)
        return question
    }

    /// The option with this id.
    public func option(_ id: String) -> QuestionOption? { options.first { $0.id == id } }

    /// How row `index` (from 0) of a table answer is named: its fixed row's label, or the row
    /// label numbered (`Action 2`); nil when the table's rows have no names.
    public func rowName(_ index: Int, language: String) -> String? {
        if let rows { return index < rows.count ? rows[index].label.resolve(language) : nil }
        return rowLabel.map { "\($0.resolve(language)) \(index + 1)" }
    }

    /// Every text of the question, with what it is, for translation checks.
    public var texts: [(String, LocalizedText)] {
        var all: [(String, LocalizedText)] = [("text", text)]
        if let help { all.append(("help", help)) }
        if let message { all.append(("message", message)) }
        if let unit { all.append(("unit", unit)) }
        if let rowLabel { all.append(("row_label", rowLabel)) }
        all += options.map { ("option '\($0.id)'", $0.label) }
        all += labels.sorted { $0.key < $1.key }.map { ("label \($0.key)", $0.value) }
        all += (rows ?? []).map { ("row '\($0.id)'", $0.label) }
        for column in columns { all += column.texts.map { ("column '\(column.id)' \($0.0)", $0.1) } }
        return all
    }
}
