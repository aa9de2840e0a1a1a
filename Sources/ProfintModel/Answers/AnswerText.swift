/// Answers in words, for people: option labels instead of ids, Yes and No, scale labels.
public enum AnswerText {
    /// A one-line rendering of a scalar answer (lists and tables are laid out by each format).
    public static func scalar(_ value: JSONValue, for question: Question?, language: String) -> String {
        guard let question else { return plain(value) }
        switch (question.kind, value) {
        case (.choice, .string(let id)):
            return question.option(id)?.label.resolve(language) ?? id
        case (.multi, .array(let ids)):
            return ids.compactMap(\.stringValue)
                .map { question.option($0)?.label.resolve(language) ?? $0 }.joined(separator: ", ")
        case (.yesno, .bool(let flag)):
            return Phrases.text(flag ? "yes" : "no", language)
        case (.scale, _):
            let point = value.intValue ?? 0
            let range = question.scaleRange
            let label = question.labels[Int(point)].map { " (\($0.resolve(language)))" } ?? ""
            return "\(point) / \(range.upperBound)\(label)"
        case (.number, _):
            let unit = question.unit.map { " \($0.resolve(language))" } ?? ""
            return plain(value) + unit
        default:
            return plain(value)
        }
    }

    /// Text for any value, without knowing its question.
    public static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return AnswerValidator.format(d)
        case .string(let s): return s
        case .array(let items): return items.map(plain).joined(separator: ", ")
        case .object(let fields): return fields.keys.sorted()
            .map { "\($0): \(plain(fields[$0] ?? .null))" }.joined(separator: "; ")
        }
    }

    /// Minutes as people read them: `30 min`, `1 h 15 min`.
    public static func minutes(_ minutes: Double, language: String) -> String {
        guard minutes.isFinite, abs(minutes) < 1e9 else { return "?" }
        let whole = Int(minutes.rounded())
        if whole < 60 { return Phrases.text("duration.minutes", language, ["minutes": "\(whole)"]) }
        if whole % 60 == 0 { return Phrases.text("duration.hours", language, ["hours": "\(whole / 60)"]) }
        return Phrases.text("duration.hours.minutes", language, ["hours": "\(whole / 60)", "minutes": "\(whole % 60)"])
    }
}
