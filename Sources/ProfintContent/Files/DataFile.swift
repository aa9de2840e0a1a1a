import Foundation
import ProfintModel

/// A YAML or JSON file read into ``JSONValue``s, remembering the line of every mapping key so
/// that messages can say `answers.yaml:12`.
///
/// Scalars follow YAML 1.2: only `true` and `false` are booleans (so `no` stays text), and
/// dates stay text (`2021-03-04`).
public struct DataFile {
    public let url: URL
    /// How the file is named in messages.
    public let name: String
    public let root: JSONValue
    private var lines: [[String]: Int] = [:]

    public init(url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ProfintError.notFound("\(Catalog.display(url)): no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProfintError.io("\(Catalog.display(url)): not UTF-8 text")
        }
        try self.init(text: text, url: url)
    }

    public init(text: String, url: URL) throws {
        self.url = url
        let name = Catalog.display(url)
        self.name = name
        do throws(YAMLEventReader.Problem) {
            let read = try YAMLEventReader.read(text)
            root = read.root
            lines = read.lines
        } catch {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: error.path, reason: error.reason, origin: error.line.map { "\(name):\($0)" } ?? name)])
        }
    }

    /// The most values a file may hold once its aliases are expanded.
    public static let maximumValues = 100_000

    /// The line of the key at `keys` (e.g. `["answers", "needs.needs"]`).
    public func line(of keys: [String]) -> Int? { lines[keys] }

    /// `file:line` for the key at `keys`, or the file's name.
    public func origin(of keys: [String]) -> String {
        line(of: keys).map { "\(name):\($0)" } ?? name
    }

    /// A plain (unquoted) scalar as YAML 1.2's core schema reads it: null, `true`/`false` (so `no`
    /// stays text), integers and floats (`_` allowed between digits), else text (dates stay text).
    static func plain(_ text: String) -> JSONValue {
        // The words below are short: a longer text is none of them, without comparing (a
        // String comparison normalizes non-ASCII text first).
        switch text.utf8.count > 6 ? nil : text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        guard let first = text.utf8.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        else { return .string(text) }
        let digits = text.contains("_") ? text.replacingOccurrences(of: "_", with: "") : text
        if let value = Int64(digits) { return .int(value) }
        if digits.hasPrefix("0x"), let value = Int64(digits.dropFirst(2), radix: 16) { return .int(value) }
        if digits.hasPrefix("0o"), let value = Int64(digits.dropFirst(2), radix: 8) { return .int(value) }
        let isFloat = digits.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+")
        }
        if isFloat, let value = Double(digits) { return .double(value) }
        return .string(text)
    }
}
