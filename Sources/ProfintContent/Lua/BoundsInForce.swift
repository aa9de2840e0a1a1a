import LuaBridge
import ProfintModel

/// The bounds a question's `min` and `max` functions returned for one prompt (`bounds_of` in
/// authoring.lua), checked against the question's kind and put in the question the prompt
/// carries, so the answer is validated, shown and sent with the bounds in force.
enum BoundsInForce {
    /// `question` with the bounds its functions (and its columns') returned, from the driver's
    /// `bounds` table. A function that returned nil sets no bound.
    /// - Throws: a script failure naming the question's file:line when a function returned a
    ///   value that is no bound for the question's kind.
    static func apply(_ bounds: LuaValue, to question: Question, path: AnswerPath) throws -> Question {
        var result = question
        if question.hasDynamicMin { result.min = try value(bounds["min"], side: "min", of: question, path: path) }
        if question.hasDynamicMax { result.max = try value(bounds["max"], side: "max", of: question, path: path) }
        result.columns = try question.columns.map { column in
            guard column.hasDynamicBounds else { return column }
            return try apply(bounds["columns"][column.id], to: column, path: path)
        }
        return result
    }

    private static func value(
        _ value: LuaValue, side: String, of question: Question, path: AnswerPath
    ) throws -> JSONValue? {
        func refuse(_ expected: String) -> ProfintError {
            let shown = value.stringValue.map { "'\(ContentLimits.printable(String($0.prefix(40))))'" }
                ?? value.description
            let column = question.id == path.question ? "" : " (column \(question.id))"
            return .scriptFailure(
                message: "\(path)\(column): the \(side) function returned \(value.typeName) \(shown.prefix(60)); "
                    + "a \(question.kind.rawValue) question's \(side) must be \(expected) (or nil for no bound)",
                location: question.source, traceback: nil)
        }
        if value.isNil { return nil }
        switch question.kind {
        case .number:
            guard let number = value.doubleValue, number.isFinite else { throw refuse("a number") }
            return value.intValue.map(JSONValue.int) ?? .double(number)
        case .date:
            guard let text = value.stringValue, let date = ISODate(text) else { throw refuse("a date 'YYYY-MM-DD'") }
            return .string(date.description)
        case .text, .multi, .list, .table:
            guard let count = value.intValue, count >= 0 else { throw refuse("a whole number, 0 or more") }
            return .int(count)
        case .choice, .yesno, .scale:
            // Choice and yes/no questions have no bounds (fixed ones are ignored too); a scale's
            // points are fixed, and the reader refuses functions there.
            return nil
        }
    }
}
