import Foundation

/// Checks an answer against its question's kind and bounds, and puts it in its canonical
/// encoding (docs/answers.md): whole numbers as integers, dates as `YYYY-MM-DD`.
/// Constraints written in Lua are checked afterwards, by the session driver.
public enum AnswerValidator {
    /// The canonical answer, or the reason it is refused.
    public static func validate(_ value: JSONValue, for question: Question) -> Result<JSONValue, Rejection> {
        switch question.kind {
        case .text:
            guard let text = value.stringValue else { return .failure("expected text, got \(value.kindDescription)") }
            if let refused = unfit(text, limit: ContentLimits.answerCharacters, lineBreaks: true) { return .failure(Rejection(refused)) }
            if question.required && text.isBlank {
                return .failure("an answer is required")
            }
            if let min = question.min?.intValue, text.count < min { return .failure("at least \(min) characters, got \(text.count)") }
            if let max = question.max?.intValue, text.count > max { return .failure("at most \(max) characters, got \(text.count)") }
            return .success(.string(text))
        case .choice:
            guard let id = value.stringValue else { return .failure("expected an option id, got \(value.kindDescription)") }
            guard question.option(id) != nil else { return .failure(notOffered(id, question)) }
            return .success(.string(id))
        case .multi:
            guard let items = value.arrayValue else { return .failure("expected a list of option ids, got \(value.kindDescription)") }
            var ids: [String] = []
            for item in items {
                guard let id = item.stringValue else { return .failure("expected option ids, got \(item.kindDescription)") }
                guard question.option(id) != nil else { return .failure(notOffered(id, question)) }
                guard !ids.contains(id) else { return .failure("'\(id)' is chosen twice") }
                ids.append(id)
            }
            return count(ids.count, of: question, noun: "option").map { .array(ids.map(JSONValue.string)) }
        case .yesno:
            guard let flag = value.boolValue else { return .failure("expected yes or no (true or false), got \(value.kindDescription)") }
            return .success(.bool(flag))
        case .number:
            guard let number = value.doubleValue else { return .failure("expected a number, got \(value.kindDescription)") }
            if question.integer && number.rounded() != number { return .failure("expected a whole number, got \(format(number))") }
            if let min = question.min?.doubleValue, number < min { return .failure("must be at least \(format(min)), got \(format(number))") }
            if let max = question.max?.doubleValue, number > max { return .failure("must be at most \(format(max)), got \(format(number))") }
            return .success(value.intValue.map(JSONValue.int) ?? .double(number))
        case .scale:
            guard let point = value.intValue else { return .failure("expected a whole number on the scale, got \(value)") }
            let range = question.scaleRange
            guard range.contains(point) else { return .failure("must be from \(range.lowerBound) to \(range.upperBound), got \(point)") }
            return .success(.int(point))
        case .date:
            guard let text = value.stringValue, let date = ISODate(text) else {
                if let text = value.stringValue, ISODate.isWellFormed(text) {
                    return .failure("'\(ContentLimits.printable(text))' is not a day of the calendar")
                }
                return .failure("expected a date as YYYY-MM-DD, got \(value.stringValue.map { "'\(ContentLimits.printable($0))'" } ?? value.kindDescription)")
            }
            if let min = question.min?.stringValue.flatMap(ISODate.init), date < min { return .failure("must be on or after \(min)") }
            if let max = question.max?.stringValue.flatMap(ISODate.init), date > max { return .failure("must be on or before \(max)") }
            return .success(.string(date.description))
        case .list:
            guard let items = value.arrayValue else { return .failure("expected a list of items, got \(value.kindDescription)") }
            if items.count > ContentLimits.answerItems { return .failure("at most \(ContentLimits.answerItems) items, got \(items.count)") }
            var texts: [String] = []
            for (index, item) in items.enumerated() {
                guard let text = item.stringValue else { return .failure("item \(index + 1): expected text, got \(item.kindDescription)") }
                let trimmed = text.trimmed
                guard !trimmed.isEmpty else { return .failure("item \(index + 1) is empty") }
                if let refused = unfit(trimmed, limit: ContentLimits.itemCharacters, lineBreaks: false) {
                    return .failure("item \(index + 1): \(refused)")
                }
                texts.append(trimmed)
            }
            return count(texts.count, of: question, noun: "item").map { .array(texts.map(JSONValue.string)) }
        case .table:
            return table(value, for: question)
        }
    }

    private static func table(_ value: JSONValue, for question: Question) -> Result<JSONValue, Rejection> {
        guard let rows = value.arrayValue else { return .failure("expected a list of rows, got \(value.kindDescription)") }
        if rows.count > ContentLimits.answerItems { return .failure("at most \(ContentLimits.answerItems) rows, got \(rows.count)") }
        if let fixed = question.rows, rows.count != fixed.count {
            return .failure("expected \(fixed.count) rows (\(fixed.map(\.id).joined(separator: ", "))), got \(rows.count)")
        }
        if question.rows == nil, case .failure(let rejection) = count(rows.count, of: question, noun: "row") {
            return .failure(rejection)
        }
        var result: [JSONValue] = []
        for (index, row) in rows.enumerated() {
            let name = question.rows.map { "row '\($0[index].id)'" } ?? "row \(index + 1)"
            guard let cells = row.objectValue else { return .failure("\(name): expected a map from column id to value, got \(row.kindDescription)") }
            if let stray = cells.keys.sorted().first(where: { key in !question.columns.contains { $0.id == key } }) {
                return .failure("\(name): no column '\(stray)' (columns: \(question.columns.map(\.id).joined(separator: ", ")))")
            }
            var checked: [String: JSONValue] = [:]
            for column in question.columns {
                guard let cell = cells[column.id], !cell.isNull else {
                    if column.required { return .failure("\(name), column '\(column.id)': an answer is required") }
                    continue
                }
                switch validate(cell, for: column) {
                case .success(let value): checked[column.id] = value
                case .failure(let rejection): return .failure("\(name), column '\(column.id)': \(rejection.reason)")
                }
            }
            result.append(.object(checked))
        }
        return .success(.array(result))
    }

    /// Why a text answer cannot be kept: too long, or holding a control character (which would
    /// reach a terminal or a report as a command, or cut a stored path short); nil when it can.
    private static func unfit(_ text: String, limit: Int, lineBreaks: Bool) -> String? {
        if text.utf8.count > limit && text.count > limit { return "at most \(limit) characters, got \(text.count)" }
        if let control = ContentLimits.forbiddenControl(in: text, lineBreaks: lineBreaks) {
            return lineBreaks || (control != "\n" && control != "\r")
                ? "the control character \(ContentLimits.name(control)) cannot be part of an answer"
                : "an item is one line"
        }
        return nil
    }

    private static func count(_ count: Int, of question: Question, noun: String) -> Result<Void, Rejection> {
        let min = question.min?.intValue ?? (question.required ? 1 : 0)
        if count < min { return .failure("at least \(min) \(noun)\(min == 1 ? "" : "s") needed, got \(count)") }
        if let max = question.max?.intValue, count > max { return .failure("at most \(max) \(noun)\(max == 1 ? "" : "s"), got \(count)") }
        return .success(())
    }

    private static func notOffered(_ id: String, _ question: Question) -> Rejection {
        let hint = NameSuggestion.didYouMean(id, among: question.options.map(\.id)).map { "; \($0)" } ?? ""
        return Rejection("'\(ContentLimits.printable(id))' is not an option\(hint) (options: \(question.options.map(\.id).joined(separator: ", ")))")
    }

    public static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

/// A calendar date written `YYYY-MM-DD`, checked for a real day.
public struct ISODate: Comparable, CustomStringConvertible, Sendable {
    public let year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Whether `text` has the form YYYY-MM-DD, a real day or not (2027-02-30 has it).
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && [4, 2, 2] == parts.map(\.count) && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Why an answer was refused, in words for the person answering.
public struct Rejection: Error, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public init(stringLiteral value: String) { reason = value }
    public var description: String { reason }
}
