import Foundation
import ProfintModel

/// An answer given in a file, with where it was written.
public struct GivenAnswer: Equatable, Sendable {
    public var path: AnswerPath
    public var value: JSONValue
    /// `answers.yaml:12`.
    public var origin: String

    public init(path: AnswerPath, value: JSONValue, origin: String) {
        self.path = path
        self.value = value
        self.origin = origin
    }
}

/// A file of answers for a headless run (docs/answers.md):
///
/// ```yaml
/// tool: networks/partner-map        # optional: the tool these answers are for
/// lang: fr                          # optional
/// session: { organisation: CRESM, facilitator: Laura, participants: [Nadia, Yodit] }
/// inputs: { plan: wt1-answers.yaml } # optional: other sessions' answer files, by input name
/// answers:
///   needs.needs: [Italian language learning, Housing]
///   partners.partners[Housing]: [Caritas]
/// ```
/// A step's answers may also be nested: `needs: { needs: [...] }`.
public struct AnswerFile {
    public var tool: String?
    public var language: String?
    public var metadata: SessionMetadata
    public var answers: [GivenAnswer]
    /// Input name → the answer file of the session it starts from.
    public var inputs: [String: URL]

    static let keys: Set<String> = ["tool", "lang", "session", "inputs", "answers"]

    /// Reads the answer-file fields of `object` (the whole file, or a test case), found at `keys`
    /// in `file`. Other keys are left to the caller when `allowing` lists them.
    public init(
        _ object: [String: JSONValue], in file: DataFile, at keys: [String] = [], allowing extra: Set<String> = []
    ) throws {
        var problems: [AnswerProblem] = []
        func problem(_ key: String, _ reason: String) {
            problems.append(AnswerProblem(path: key, reason: reason, origin: file.origin(of: keys + [key])))
        }
        for key in object.keys.sorted() where !AnswerFile.keys.contains(key) && !extra.contains(key) {
            problem(key,
                    "unknown key (expected one of: \(AnswerFile.keys.union(extra).sorted().joined(separator: ", ")))")
        }
        tool = object["tool"]?.stringValue
        language = object["lang"]?.stringValue
        if object["tool"].map({ $0.stringValue == nil }) ?? false {
            problem("tool", "must be a tool id such as networks/partner-map")
        }
        if object["lang"].map({ $0.stringValue == nil }) ?? false {
            problem("lang", "must be a language code such as fr")
        }
        metadata = SessionMetadata()
        if let session = object["session"] {
            if let fields = session.objectValue {
                metadata.organisation = fields["organisation"]?.stringValue ?? fields["organization"]?.stringValue
                metadata.facilitator = fields["facilitator"]?.stringValue
                metadata.participants = fields["participants"]?.arrayValue?.compactMap(\.stringValue) ?? []
            } else {
                problem("session", "must be a map: { organisation: ..., facilitator: ..., participants: [...] }")
            }
        }
        inputs = [:]
        if let given = object["inputs"] {
            if let fields = given.objectValue {
                for (name, value) in fields {
                    guard let path = value.stringValue else {
                        problem("inputs", "input '\(name)' must name an answer file")
                        continue
                    }
                    inputs[name] = URL(fileURLWithPath: path, relativeTo: file.url.deletingLastPathComponent())
                        .standardizedFileURL
                }
            } else {
                problem("inputs", "must be a map from input name to an answer file")
            }
        }
        var answers: [GivenAnswer] = []
        func given(_ text: String, _ value: JSONValue, at place: [String]) {
            guard let path = AnswerPath(text) else {
                problems.append(AnswerProblem(
                    path: text, reason: "not an answer path: paths read step.question or step.question[item]",
                    origin: file.origin(of: place)))
                return
            }
            answers.append(GivenAnswer(path: path, value: value, origin: file.origin(of: place)))
        }
        switch object["answers"] {
        case .none, .some(.null):
            break
        case .some(.object(let fields)):
            for key in fields.keys.sorted() {
                let value = fields[key] ?? .null
                if AnswerPath(key) == nil, !key.contains("."), let nested = value.objectValue {
                    for inner in nested.keys.sorted() {
                        given("\(key).\(inner)", nested[inner] ?? .null, at: keys + ["answers", key, inner])
                    }
                } else {
                    given(key, value, at: keys + ["answers", key])
                }
            }
        default:
            problem("answers", "must be a map from answer path to answer")
        }
        if !problems.isEmpty { throw ProfintError.invalidAnswers(problems) }
        self.answers = answers
    }

    /// Reads an answer file. A test case (docs/testing.md) is an answer file too: its `name`,
    /// `description` and `expect` are ignored here.
    public init(url: URL) throws { try self.init(file: DataFile(url: url)) }

    /// An answer file already read.
    public init(file: DataFile) throws {
        guard let object = file.root.objectValue else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "(file)", reason: "expected a map with answers: { ... }", origin: file.name)])
        }
        try self.init(object, in: file, allowing: ["name", "description", "expect"])
    }

    /// The answers of each input's file, by input name.
    public func inputAnswers(
        reading: (URL) throws -> DataFile = { try DataFile(url: $0) }
    ) throws -> [String: [String: JSONValue]] {
        var result: [String: [String: JSONValue]] = [:]
        for (name, url) in inputs {
            let file = try AnswerFile(file: reading(url))
            var values: [String: JSONValue] = [:]
            for answer in file.answers { values[answer.path.description] = answer.value }
            result[name] = values
        }
        return result
    }
}
