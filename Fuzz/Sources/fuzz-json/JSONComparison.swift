import Foundation
import ProfintModel

/// Compares a `JSONValue` with what `JSONSerialization` made of the same text.
enum JSONComparison {
    /// Where the two values differ (a path such as `$.a[2]`, and why), or nil when they agree.
    static func difference(_ value: JSONValue, _ object: Any, at place: String) -> String? {
        switch value {
        case .null:
            return object is NSNull ? nil : "\(place): null against \(object)"
        case .bool(let flag):
            guard let number = object as? NSNumber, isBoolean(number), number.boolValue == flag else {
                return "\(place): \(flag) against \(object)"
            }
            return nil
        case .int(let integer):
            guard let number = object as? NSNumber, !isBoolean(number), sameInteger(integer, number) else {
                return "\(place): \(integer) against \(object)"
            }
            return nil
        case .double(let double):
            guard let number = object as? NSNumber, !isBoolean(number), sameDouble(double, number) else {
                return "\(place): \(double) against \(object)"
            }
            return nil
        case .string(let text):
            guard let other = object as? String, Array(text.unicodeScalars) == Array(other.unicodeScalars) else {
                return "\(place): \(value) against \(object)"
            }
            return nil
        case .array(let items):
            guard let others = object as? [Any], others.count == items.count else {
                return "\(place): a list of \(items.count) against \(object)"
            }
            for (index, item) in items.enumerated() {
                if let found = difference(item, others[index], at: "\(place)[\(index)]") { return found }
            }
            return nil
        case .object(let fields):
            guard let others = object as? [String: Any], others.count == fields.count else {
                return "\(place): an object of \(fields.count) keys against \(object)"
            }
            for (key, field) in fields {
                guard let other = others[key] else { return "\(place): key \(key) missing from Foundation's" }
                if let found = difference(field, other, at: "\(place).\(key)") { return found }
            }
            return nil
        }
    }

    /// Foundation on Linux gives booleans as NSNumbers of type `c` (and no number as one).
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    /// An integer that fits Int64: Foundation gives it as an integer NSNumber, or near the
    /// ends of the range (`-9223372036854775808`) as an NSDecimalNumber.
    static func sameInteger(_ integer: Int64, _ number: NSNumber) -> Bool {
        if let decimal = number as? NSDecimalNumber { return decimal.decimalValue == Decimal(integer) }
        switch String(cString: number.objCType) {
        case "d", "f": return Int64(exactly: number.doubleValue) == integer
        case "Q": return integer >= 0 && number.uint64Value == UInt64(integer)
        default: return number.int64Value == integer
        }
    }

    /// A double: a fraction, an exponent, or an integer too large for Int64. Foundation gives
    /// numbers with many digits as NSDecimalNumbers, whose conversion to a double is not
    /// correctly rounded (`7777777777770700…` with 106 digits is off by 1.2e-15 of its value);
    /// for those the contract is agreement to within one part in 10^12, else exact equality.
    static func sameDouble(_ double: Double, _ number: NSNumber) -> Bool {
        if number is NSDecimalNumber {
            let other = number.doubleValue
            return double == other || abs(double - other) <= abs(double) * 1e-12
        }
        if String(cString: number.objCType) == "Q" { return Double(number.uint64Value) == double }
        return double == number.doubleValue
    }
}
