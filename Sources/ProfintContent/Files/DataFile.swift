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
            node = try Yams.compose(yaml: text, DataFile.resolver)
        } catch let error as YamlError {
            throw ProfintError.invalidAnswers([AnswerProblem(path: "(file)", reason: DataFile.describe(error), origin: name)])
        }
        var lines: [[String]: Int] = [:]
        let fileName = name
        root = try node.map { try DataFile.convert($0, at: [], lines: &lines, name: fileName) } ?? .null
        self.lines = lines
    }

    /// The line of the key at `keys` (e.g. `["answers", "needs.needs"]`).
    public func line(of keys: [String]) -> Int? { lines[keys] }

    /// `file:line` for the key at `keys`, or the file's name.
    public func origin(of keys: [String]) -> String {
        line(of: keys).map { "\(name):\($0)" } ?? name
    }

    static let resolver: Resolver = {
        let base = Resolver.default.removing(.timestamp).removing(.bool)
        return (try? base.appending(.bool, "^(?:true|True|TRUE|false|False|FALSE)$")) ?? base
    }()

    private static func convert(_ node: Node, at path: [String], lines: inout [[String]: Int], name: String) throws -> JSONValue {
        guard path.count < 64 else { throw ProfintError.invalidAnswers([AnswerProblem(path: path.joined(separator: "/"), reason: "nested too deeply", origin: name)]) }
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.description) {
            case .null: return .null
            case .bool: return .bool(scalar.string.lowercased() == "true")
            case .int:
                if let value = Int64(scalar.string.replacingOccurrences(of: "_", with: "")) { return .int(value) }
                return .string(scalar.string)
            case .float:
                if let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")) { return .double(value) }
                return .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .array(try sequence.enumerated().map { index, item in
                try convert(item, at: path + [String(index)], lines: &lines, name: name)
            })
        case .mapping(let mapping):
            var fields: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ProfintError.invalidAnswers([AnswerProblem(path: path.joined(separator: "/"), reason: "keys must be plain text", origin: key.mark.map { "\(name):\($0.line)" } ?? name)])
                }
                let keyText = keyScalar.string
                if let line = key.mark?.line { lines[path + [keyText]] = line }
                fields[keyText] = try convert(value, at: path + [keyText], lines: &lines, name: name)
            }
            return .object(fields)
        case .alias:
            return .null
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return "line \(mark.line), column \(mark.column): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "a key is given twice: \(duplicates.joined(separator: ", "))"
        default:
            return "not valid YAML or JSON: \(error)"
        }
    }
}
