import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// A headless test case of a bundle (`tests/*.yaml`, docs/testing.md): a tool, answers, and
/// what must come out.
///
/// ```yaml
/// name: CRESM maps its partners to needs
/// tool: networks/partner-map-b
/// lang: en
/// answers: { ... }
/// expect:
///   complete: true
///   values: { needs.needs: [Housing, Health] }
///   report_contains: ["Caritas"]
/// ```
/// or, for a case that must fail: `expect: { error: { path: needs.needs, contains: "at least" } }`.
public struct TestCase {
    public var name: String
    /// The file, relative to its bundle.
    public var file: String
    public var bundle: String
    public var answers: AnswerFile
    public var expectation: Expectation

    /// What a test case expects.
    public struct Expectation {
        public var complete: Bool?
        public var values: [(path: String, value: JSONValue, origin: String)]
        public var reportContains: [String]
        public var reportLacks: [String]
        /// An expected error: its answer path and a piece of its message, each optional.
        public var error: (path: String?, contains: String?)?
    }

    static let expectKeys: Set<String> = ["complete", "values", "report_contains", "report_lacks", "error"]

    /// Reads a test case file of `bundle`, its YAML or JSON read by `reading` (from the disk, or
    /// as read once for a run of cases: ``DataFileCache``).
    public init(
        file: String, of bundle: ContentBundle, reading: (URL) throws -> DataFile = { try DataFile(url: $0) }
    ) throws {
        let url: URL
        do { url = try BundleFile.resolve(file, in: bundle.folder) } catch let refusal as BundleFile.Refusal {
            throw ProfintError.invalidAnswers([AnswerProblem(path: "(file)", reason: refusal.reason, origin: file)])
        }
        let data = try reading(url)
        guard let object = data.root.objectValue else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "(file)", reason: "a test case is a map with tool, answers and expect", origin: data.name)])
        }
        self.file = file
        self.bundle = bundle.id
        name = object["name"]?.stringValue ?? String(file.split(separator: "/").last ?? "")
        answers = try AnswerFile(object, in: data, allowing: ["name", "expect", "description"])
        guard answers.tool != nil else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "tool", reason: "a test case must name its tool", origin: data.name)])
        }
        let expect = object["expect"]?.objectValue ?? [:]
        var problems: [AnswerProblem] = []
        for key in expect.keys.sorted() where !TestCase.expectKeys.contains(key) {
            problems.append(AnswerProblem(
                path: "expect.\(key)",
                reason: "unknown expectation "
                    + "(expected one of: \(TestCase.expectKeys.sorted().joined(separator: ", ")))",
                origin: data.origin(of: ["expect", key])))
        }
        let folder = bundle.folder.standardizedFileURL.path + "/"
        for (name, input) in answers.inputs.sorted(by: { $0.key < $1.key }) {
            let path = input.standardizedFileURL.path
            let inside = path.hasPrefix(folder)
                && BundleFile.isInside(String(path.dropFirst(folder.count)), in: bundle.folder)
            if !inside {
                problems.append(AnswerProblem(
                    path: "inputs.\(name)",
                    reason: "names a file outside the bundle's folder; a test case may only use its bundle's files",
                    origin: data.origin(of: ["inputs", name])))
            }
        }
        var expectation = Expectation(complete: expect["complete"]?.boolValue, values: [], reportContains: [],
                                      reportLacks: [], error: nil)
        for (path, value) in (expect["values"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            expectation.values.append((path, value, data.origin(of: ["expect", "values", path])))
        }
        expectation.reportContains = TestCase.strings(expect["report_contains"])
        expectation.reportLacks = TestCase.strings(expect["report_lacks"])
        switch expect["error"] {
        case .some(.string(let text)): expectation.error = (nil, text)
        case .some(.object(let fields)):
            expectation.error = (fields["path"]?.stringValue, fields["contains"]?.stringValue)
        case .some(.bool(true)): expectation.error = (nil, nil)
        default: break
        }
        if !problems.isEmpty { throw ProfintError.invalidAnswers(problems) }
        self.expectation = expectation
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        if let single = value?.stringValue { return [single] }
        return value?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
