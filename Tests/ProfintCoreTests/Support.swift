import Foundation
import LuaBridge
@testable import ProfintCore
import Testing

/// The test fixtures: `Tests/Fixtures`.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

/// A catalog of the good fixtures only (no bundled content).
func fixtureCatalog(_ extra: [URL] = []) throws -> Catalog {
    try Catalog(searchPath: SearchPath(folders: [fixtures.appendingPathComponent("good")] + extra))
}

/// A loaded tool of the good fixtures.
func fixtureTool(_ id: String = "demo/plan", catalog: Catalog? = nil) throws -> LoadedTool {
    try ToolLoader(catalog: catalog ?? fixtureCatalog(), limits: .default).load(id)
}

/// A temporary folder with files, for bundles written by a test.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("profint-core-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}

/// A module bundle in a temporary folder with one tool, `<id>/t`.
func moduleWithTool(_ id: String = "m", tool: String, languages: String = "{ \"en\" }") throws -> (URL, Catalog) {
    let root = try temporaryFolder([
        "\(id)/module.lua": "return module { id = \"\(id)\", version = \"1\", author = \"T\", languages = \(languages), title = \"M\" }",
        "\(id)/tools/t.lua": tool,
    ])
    return (root, try Catalog(searchPath: SearchPath(folders: [root])))
}

/// A clock that moves a minute at each reading, for repeatable times.
final class TestClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_700_000_000)
    func tick() -> Date {
        now = now.addingTimeInterval(60)
        return now
    }
}

/// The problems of an invalid-answers error.
func answerProblems(_ body: () throws -> Void) -> [AnswerProblem] {
    do {
        try body()
    } catch ProfintError.invalidAnswers(let problems) {
        return problems
    } catch {
        Issue.record("expected invalid answers, got \(error)")
    }
    return []
}

/// The full answers of the fixture tool demo/plan, by path.
let planAnswers: [String: JSONValue] = [
    "needs.needs": .array([.string("Housing"), .string("Health")]),
    "needs.alone": .bool(false),
    "needs.why": .string("money"),
    "partners.for[Housing]": .array([.string("Caritas")]),
    "partners.for[Health]": .array([.string("ASP")]),
    "partners.strength": .int(4),
    "partners.mode": .string("formal"),
    "partners.start": .string("2021-03-04"),
    "partners.actions": .array([.object(["what": .string("call")])]),
    "cover.level[Housing]": .string("partners"),
    "cover.level[Health]": .string("no"),
]

func given(_ answers: [String: JSONValue]) -> [GivenAnswer] {
    answers.map { GivenAnswer(path: $0.key, value: $0.value, origin: "test") }
}
