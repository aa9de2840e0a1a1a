/// A Lua value copied into Swift.
///
/// Tables are copied deeply into a ``LuaTable`` (sequence part and string-keyed fields);
/// functions stay in the state and are held by a ``LuaReference``; `.reference` passes any
/// value the host keeps in the state without copying it.
public enum LuaValue: Equatable, CustomStringConvertible {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)
    case function(LuaReference)
    /// Any value kept in the state, passed by reference rather than copied: a table the host
    /// holds on to, for instance. Copying from Lua never produces it.
    case reference(LuaReference)

    /// An array value: a table with a sequence part only.
    public static func array(_ items: [LuaValue]) -> LuaValue { .table(LuaTable(array: items)) }

    /// A map value: a table with string keys only.
    public static func map(_ fields: [String: LuaValue]) -> LuaValue { .table(LuaTable(fields: fields)) }

    public var isNil: Bool { if case .nil = self { return true } else { return false } }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }

    public var boolValue: Bool? { if case .boolean(let b) = self { return b } else { return nil } }

    /// The value as an integer: an integer, or a float with an exact integer value.
    public var intValue: Int64? {
        switch self {
        case .integer(let i): return i
        case .number(let d): return d.rounded() == d && abs(d) < 9.0e18 ? Int64(d) : nil
        default: return nil
        }
    }

    /// The value as a float: an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    public var tableValue: LuaTable? { if case .table(let t) = self { return t } else { return nil } }

    public var functionValue: LuaReference? { if case .function(let f) = self { return f } else { return nil } }

    /// A field of a table value, or `.nil`.
    public subscript(key: String) -> LuaValue { tableValue?.fields[key] ?? .nil }

    /// An item (1-based, as in Lua) of a table value's sequence, or `.nil`.
    public subscript(index: Int) -> LuaValue {
        guard let items = tableValue?.array, index >= 1, index <= items.count else { return .nil }
        return items[index - 1]
    }

    /// The Lua type name: "nil", "boolean", "number", "string", "table" or "function".
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .table: return "table"
        case .function: return "function"
        case .reference: return "reference"
        }
    }

    public var description: String {
        switch self {
        case .nil: return "nil"
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .string(let s): return String(reflecting: s)
        case .table(let t): return t.description
        case .function: return "function"
        case .reference: return "reference"
        }
    }
}

/// A Lua table copied into Swift: its sequence `1...n` and its other fields. Integer keys
/// outside the sequence (a sparse table such as `{ [1] = "low", [5] = "high" }`) become fields
/// named by the number (`"5"`); keys of other types are refused.
public struct LuaTable: Equatable, CustomStringConvertible {
    public var array: [LuaValue]
    public var fields: [String: LuaValue]

    public init(array: [LuaValue] = [], fields: [String: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    public var isEmpty: Bool { array.isEmpty && fields.isEmpty }

    public var description: String {
        let items = array.map(\.description)
        let pairs = fields.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.description)" }
        return "{ " + (items + pairs).joined(separator: ", ") + " }"
    }
}

extension LuaValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(nilLiteral: ()) { self = .nil }
    public init(arrayLiteral elements: LuaValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
