import LuaBridge
import ProfintModel

/// The type check of authoring fields: whether a field's Lua value has the shape its
/// ``AuthoringSchema/ValueType`` says, and if not, what to write instead.
enum FieldTypes {
    /// The types whose values ``ToolReader`` reads with checks of their own, finer than a shape
    /// (texts by language, ids, bounds by question kind, lists of strings, answer paths), or which
    /// take any value. ``problem(_:expected:)`` leaves them alone so a mistake is reported once.
    static let readElsewhere: Set<AuthoringSchema.ValueType> = [
        .identifier, .text, .dynamicText, .bound, .value, .strings, .items,
    ]

    /// Why `value` does not fit `type` (nil when it does, or when it is absent).
    static func problem(_ value: LuaValue, expected type: AuthoringSchema.ValueType) -> String? {
        if value.isNil || readElsewhere.contains(type) { return nil }
        switch type {
        case .string:
            return value.stringValue != nil ? nil : "must be a string in quotes, not \(describe(value))"
        case .number:
            return value.doubleValue != nil ? nil : "must be a number, not \(describe(value))"
        case .boolean:
            return value.boolValue != nil ? nil : "must be true or false, not \(describe(value))"
        case .function:
            return value.functionValue != nil ? nil : "must be a function(...) ... end, not \(describe(value))"
        case .list:
            guard let table = value.tableValue else { return "must be a list { ..., ... }, not \(describe(value))" }
            let named = table.fields.keys.filter { !$0.hasPrefix("__") }.sorted()
            return named.isEmpty ? nil : "must be a list { ..., ... }, but has the named field '\(named[0])'"
        case .table:
            return value.tableValue != nil ? nil : "must be a table { ... }, not \(describe(value))"
        case .identifier, .text, .dynamicText, .bound, .value, .strings, .items:
            return nil
        }
    }

    /// A value as a partner wrote it: `the string "0"`, `the number 3`, `a table`.
    static func describe(_ value: LuaValue) -> String {
        switch value {
        case .nil: return "nil"
        case .string(let text): return "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .integer(let number): return "the number \(number)"
        case .number(let number): return "the number \(number)"
        case .boolean(let flag): return "\(flag)"
        case .table: return "a table"
        case .function: return "a function"
        case .reference: return "a value"
        }
    }
}
