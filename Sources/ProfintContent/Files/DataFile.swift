import Foundation
import ProfintModel
import Yams

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
        name = Catalog.display(url)
        let node: Node?
        do {
            // UTF-8 named, not Yams's default: that reads the whole environment at every call (for
            // YAMS_DEFAULT_ENCODING, which would also make Yams print to standard output). A
            // constructor with empty maps, as `convert` reads the nodes itself: Yams's `.default`
            // builds its three maps of closures anew at every file.
            node = try Yams.compose(yaml: text, Resolver.basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "(file)", reason: DataFile.describe(error), origin: name)])
        }
        var reading = Reading(name: name)
        root = try node.map { try DataFile.convert($0, reading: &reading) } ?? .null
        lines = reading.lines
    }

    /// What converting a file keeps track of: where each key is, and how many values were read
    /// (YAML aliases can make a small file expand without bound: a "billion laughs").
    private struct Reading {
        let name: String
        var lines: [[String]: Int] = [:]
        var values = 0
        /// The keys (and item numbers) from the root to the node being converted.
        var path: [String] = []
    }

    /// The most values a file may hold once its aliases are expanded.
    public static let maximumValues = 100_000

    /// The line of the key at `keys` (e.g. `["answers", "needs.needs"]`).
    public func line(of keys: [String]) -> Int? { lines[keys] }

    /// `file:line` for the key at `keys`, or the file's name.
    public func origin(of keys: [String]) -> String {
        line(of: keys).map { "\(name):\($0)" } ?? name
    }

    /// `node` as a ``JSONValue``, at `reading.path`, which it leaves as it found it when it returns
    /// (a throw ends the whole reading).
    private static func convert(_ node: Node, reading: inout Reading) throws -> JSONValue {
        let name = reading.name
        guard reading.path.count < 64 else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: reading.path.joined(separator: "/"), reason: "nested too deeply", origin: name)])
        }
        reading.values += 1
        guard reading.values <= maximumValues else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "(file)",
                reason: "more than \(maximumValues) values once its aliases are expanded: not an answer file",
                origin: name)])
        }
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.description) {
            case .str where scalar.style == .plain: return plain(scalar.string)
            case .null: return .null
            case .bool: return .bool(scalar.string.lowercased() == "true")
            case .int: return Int64(scalar.string.replacingOccurrences(of: "_", with: "")).map(JSONValue.int)
                ?? .string(scalar.string)
            case .float: return Double(scalar.string.replacingOccurrences(of: "_", with: "")).map(JSONValue.double)
                ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            var items: [JSONValue] = []
            items.reserveCapacity(sequence.count)
            for (index, item) in sequence.enumerated() {
                reading.path.append(String(index))
                items.append(try convert(item, reading: &reading))
                reading.path.removeLast()
            }
            return .array(items)
        case .mapping(let mapping):
            var fields: [String: JSONValue] = [:]
            fields.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ProfintError.invalidAnswers([AnswerProblem(
                        path: reading.path.joined(separator: "/"), reason: "keys must be plain text",
                        origin: key.mark.map { "\(name):\($0.line)" } ?? name)])
                }
                let keyText = keyScalar.string
                reading.path.append(keyText)
                if let line = key.mark?.line { reading.lines[reading.path] = line }
                fields[keyText] = try convert(value, reading: &reading)
                reading.path.removeLast()
            }
            return .object(fields)
        case .alias:
            return .null
        }
    }

    /// A plain (unquoted) scalar as YAML 1.2's core schema reads it: null, `true`/`false` (so `no`
    /// stays text), integers and floats (`_` allowed between digits), else text (dates stay text).
    static func plain(_ text: String) -> JSONValue {
        switch text {
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

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return "line \(mark.line), column \(mark.column): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a key is given twice: \(duplicates.joined(separator: ", "))"
        default:
            return "not valid YAML or JSON: \(error)"
        }
    }
}
