import Foundation

/// Checks an answer against its question's kind and bounds, and puts it in its canonical
/// encoding (docs/answers.md): whole numbers as integers, dates as `YYYY-MM-DD`.
/// Constraints written in Lua are checked afterwards, by the session driver.
public enum AnswerValidator {
    /// The canonical answer, or the reason it is refused, in `language` (profint's catalogs). The
    /// reasons a trainer can meet are translated; a value of the wrong JSON type (from an answer
    /// file or the protocol, never typed at a prompt) is refused in English.
    public static func validate(
        _ value: JSONValue, for question: Question, language: String = "en"
    ) -> Result<JSONValue, Rejection> {
        func say(_ key: String, _ arguments: [String: String] = [:]) -> Rejection {
            Rejection(Phrases.text(key, language, arguments))
        }
        switch question.kind {
        case .text:
            guard let text = value.stringValue else { return .failure("expected text, got \(value.kindDescription)") }
            if let refused = unfit(text, limit: ContentLimits.answerCharacters, lineBreaks: true, language: language) {
                return .failure(Rejection(refused))
            }
            if question.required && text.isBlank {
                return .failure(say("answer required"))
            }
            if let min = question.min?.intValue, text.count < min {
                return .failure(Rejection(Phrases.plural(
                    "characters at least", count: min, language, ["min": "\(min)", "got": "\(text.count)"])))
            }
            if let max = question.max?.intValue, text.count > max {
                return .failure(Rejection(Phrases.plural(
                    "characters at most", count: max, language, ["max": "\(max)", "got": "\(text.count)"])))
            }
            return .success(.string(text))
        case .choice:
            guard let id = value.stringValue else {
                return .failure("expected an option id, got \(value.kindDescription)")
            }
            guard question.option(id) != nil else { return .failure(notOffered(id, question, language)) }
            return .success(.string(id))
        case .multi:
            guard let items = value.arrayValue else {
                return .failure("expected a list of option ids, got \(value.kindDescription)")
            }
            var ids: [String] = []
            for item in items {
                guard let id = item.stringValue else {
                    return .failure("expected option ids, got \(item.kindDescription)")
                }
                guard question.option(id) != nil else { return .failure(notOffered(id, question, language)) }
                guard !ids.contains(id) else {
                    return .failure(say("chosen twice", ["id": ContentLimits.printable(id)]))
                }
                ids.append(id)
            }
            return count(ids.count, of: question, noun: "options", language).map { .array(ids.map(JSONValue.string)) }
        case .yesno:
            guard let flag = value.boolValue else {
                return .failure("expected yes or no (true or false), got \(value.kindDescription)")
            }
            return .success(.bool(flag))
        case .number:
            guard let number = value.doubleValue else {
                return .failure("expected a number, got \(value.kindDescription)")
            }
            if question.integer && number.rounded() != number {
                return .failure(say("not whole", ["got": format(number)]))
            }
            if let min = question.min?.doubleValue, number < min {
                return .failure(say("number at least", ["min": format(min), "got": format(number)]))
            }
            if let max = question.max?.doubleValue, number > max {
                return .failure(say("number at most", ["max": format(max), "got": format(number)]))
            }
            return .success(value.intValue.map(JSONValue.int) ?? .double(number))
        case .scale:
            guard let point = value.intValue else {
                return .failure("expected a whole number on the scale, got \(value)")
            }
            let range = question.scaleRange
            guard range.contains(point) else {
                return .failure(say("scale range",
                                    ["min": "\(range.lowerBound)", "max": "\(range.upperBound)", "got": "\(point)"]))
            }
            return .success(.int(point))
        case .date:
            guard let text = value.stringValue, let date = ISODate(text) else {
                if let text = value.stringValue, ISODate.isWellFormed(text) {
                    return .failure(say("not a calendar day", ["date": ContentLimits.printable(text)]))
                }
                let got = value.stringValue.map { say("quoted", ["text": ContentLimits.printable($0)]).reason }
                    ?? value.kindDescription
                return .failure(say("date format", ["got": got]))
            }
            if let min = question.min?.stringValue.flatMap(ISODate.init), date < min {
                return .failure(say("date on or after", ["date": min.description]))
            }
            if let max = question.max?.stringValue.flatMap(ISODate.init), date > max {
                return .failure(say("date on or before", ["date": max.description]))
            }
            return .success(.string(date.description))
        case .list:
            guard let items = value.arrayValue else {
                return .failure("expected a list of items, got \(value.kindDescription)")
            }
            if items.count > ContentLimits.answerItems {
                return .failure(say("items at most", ["max": "\(ContentLimits.answerItems)", "got": "\(items.count)"]))
            }
            var texts: [String] = []
            for (index, item) in items.enumerated() {
                guard let text = item.stringValue else {
                    return .failure("item \(index + 1): expected text, got \(item.kindDescription)")
                }
                let trimmed = text.trimmed
                guard !trimmed.isEmpty else { return .failure(say("item empty", ["number": "\(index + 1)"])) }
                if let refused = unfit(trimmed, limit: ContentLimits.itemCharacters, lineBreaks: false,
                                       language: language) {
                    return .failure(say("item problem", ["number": "\(index + 1)", "reason": refused]))
                }
                texts.append(trimmed)
            }
            return count(texts.count, of: question, noun: "items", language).map { .array(texts.map(JSONValue.string)) }
        case .table:
            return table(value, for: question, language: language)
        }
    }

    private static func table(
        _ value: JSONValue, for question: Question, language: String
    ) -> Result<JSONValue, Rejection> {
        func say(_ key: String, _ arguments: [String: String] = [:]) -> Rejection {
            Rejection(Phrases.text(key, language, arguments))
        }
        guard let rows = value.arrayValue else {
            return .failure("expected a list of rows, got \(value.kindDescription)")
        }
        if rows.count > ContentLimits.answerItems {
            return .failure(say("rows at most", ["max": "\(ContentLimits.answerItems)", "got": "\(rows.count)"]))
        }
        if let fixed = question.rows, rows.count != fixed.count {
            return .failure(say("fixed rows expected", [
                "count": "\(fixed.count)", "rows": fixed.map(\.id).joined(separator: ", "), "got": "\(rows.count)",
            ]))
        }
        if question.rows == nil,
           case .failure(let rejection) = count(rows.count, of: question, noun: "rows", language) {
            return .failure(rejection)
        }
        var result: [JSONValue] = []
        for (index, row) in rows.enumerated() {
            // The row's name, in the session's language, for a refusal only.
            func name() -> String {
                question.rows.map { say("row named", ["id": $0[index].id]).reason }
                    ?? say("row numbered", ["number": "\(index + 1)"]).reason
            }
            guard let cells = row.objectValue else {
                return .failure("\(name()): expected a map from column id to value, got \(row.kindDescription)")
            }
            if let stray = cells.keys.filter({ key in !question.columns.contains { $0.id == key } }).min() {
                return .failure(
                    "\(name()): no column '\(stray)' (columns: \(question.columns.map(\.id).joined(separator: ", ")))")
            }
            var checked: [String: JSONValue] = [:]
            for column in question.columns {
                guard let cell = cells[column.id], !cell.isNull else {
                    if column.required {
                        return .failure(say("cell problem", ["row": name(), "column": column.id,
                                                             "reason": say("answer required").reason]))
                    }
                    continue
                }
                switch validate(cell, for: column, language: language) {
                case .success(let value): checked[column.id] = value
                case .failure(let rejection):
                    return .failure(say("cell problem", ["row": name(), "column": column.id,
                                                         "reason": rejection.reason]))
                }
            }
            result.append(.object(checked))
        }
        return .success(.array(result))
    }

    /// Why a text answer cannot be kept: too long, or holding a control character (which would
    /// reach a terminal or a report as a command, or cut a stored path short); nil when it can.
    private static func unfit(_ text: String, limit: Int, lineBreaks: Bool, language: String) -> String? {
        if text.utf8.count > limit && text.count > limit {
            return Phrases.plural("characters at most", count: limit, language,
                                  ["max": "\(limit)", "got": "\(text.count)"])
        }
        if let control = ContentLimits.forbiddenControl(in: text, lineBreaks: lineBreaks) {
            return lineBreaks || (control != "\n" && control != "\r")
                ? Phrases.text("control character", language, ["name": ContentLimits.name(control)])
                : Phrases.text("item one line", language)
        }
        return nil
    }

    /// Too few or too many options, items or rows (`noun` names the phrases: `options at least`…).
    private static func count(
        _ count: Int, of question: Question, noun: String, _ language: String
    ) -> Result<Void, Rejection> {
        let min = question.min?.intValue ?? (question.required ? 1 : 0)
        if count < min {
            return .failure(Rejection(Phrases.plural(
                "\(noun) at least", count: min, language, ["min": "\(min)", "got": "\(count)"])))
        }
        if let max = question.max?.intValue, count > max {
            let key = noun == "options" ? "options at most" : "\(noun) count at most"
            return .failure(Rejection(Phrases.plural(key, count: max, language, ["max": "\(max)", "got": "\(count)"])))
        }
        return .success(())
    }

    private static func notOffered(_ id: String, _ question: Question, _ language: String) -> Rejection {
        let ids = question.options.map(\.id)
        var arguments = ["id": ContentLimits.printable(id), "options": ids.joined(separator: ", ")]
        let near = NameSuggestion.nearest(id, among: ids)
        guard !near.isEmpty else { return Rejection(Phrases.text("not an option", language, arguments)) }
        arguments["near"] = near.map { "'\($0)'" }.joined(separator: ", ")
        return Rejection(Phrases.text("not an option, near", language, arguments))
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
        return parts.count == 3 && [4, 2, 2] == parts.map(\.count)
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
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
