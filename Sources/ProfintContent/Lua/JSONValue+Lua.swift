import LuaBridge
import ProfintModel

extension JSONValue {
    /// The Lua value scripts see for this answer value.
    var luaValue: LuaValue {
        switch self {
        case .null: return .nil
        case .bool(let b): return .boolean(b)
        case .int(let i): return .integer(i)
        case .double(let d): return .number(d)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.luaValue))
        case .object(let fields): return .map(fields.mapValues(\.luaValue))
        }
    }

    /// The JSON value for a Lua value. A table with a sequence only is a list; with fields only,
    /// an object; an empty table, an empty list. Functions have no JSON value.
    init?(lua value: LuaValue) {
        switch value {
        case .nil: self = .null
        case .boolean(let b): self = .bool(b)
        case .integer(let i): self = .int(i)
        case .number(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .function, .reference: return nil
        case .table(let table):
            if table.fields.isEmpty {
                var items: [JSONValue] = []
                for item in table.array {
                    guard let converted = JSONValue(lua: item) else { return nil }
                    items.append(converted)
                }
                self = .array(items)
            } else {
                var fields: [String: JSONValue] = [:]
                for (key, item) in table.fields where !key.hasPrefix("__") {
                    guard let converted = JSONValue(lua: item) else { return nil }
                    fields[key] = converted
                }
                for (index, item) in table.array.enumerated() {
                    guard let converted = JSONValue(lua: item) else { return nil }
                    fields[String(index + 1)] = converted
                }
                self = .object(fields)
            }
        }
    }
}
