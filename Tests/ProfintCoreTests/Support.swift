import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
import Testing

/// The test fixtures: `Tests/Fixtures`.
let fixtures = Fixtures.root

/// A catalog of the good fixtures only (no bundled content).
func fixtureCatalog(_ extra: [URL] = []) throws -> Catalog {
    try Catalog(searchPath: SearchPath(folders: [fixtures.appendingPathComponent("good")] + extra))
}

/// A loaded tool of the good fixtures.
func fixtureTool(_ id: String = "demo/plan", catalog: Catalog? = nil) throws -> LoadedTool {
    try ToolLoader(catalog: catalog ?? fixtureCatalog(), limits: .default).load(id)
}

/// A module bundle in a temporary folder with one tool, `<id>/t`.
func moduleWithTool(_ id: String = "m", tool: String, languages: String = "{ \"en\" }") throws -> (URL, Catalog) {
    let root = try temporaryFolder([
        "\(id)/module.lua": "return module { id = \"\(id)\", version = \"1\", author = \"T\", "
            + "languages = \(languages), title = \"M\" }",
        "\(id)/tools/t.lua": tool,
    ])
    return (root, try Catalog(searchPath: SearchPath(folders: [root])))
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
let planAnswers = DemoAnswers.values

func given(_ answers: [String: JSONValue]) -> [GivenAnswer] {
    answers.map { GivenAnswer(path: AnswerPath(stringLiteral: $0.key), value: $0.value, origin: "test") }
}
