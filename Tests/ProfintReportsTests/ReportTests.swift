import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
@testable import ProfintReports
import Testing

let fixtures = Fixtures.root

/// A finished run of the fixture tool demo/plan, as a session view.
func fixtureView(why: String = "<script>alert(1)</script>", language: String = "en") throws -> SessionView {
    let catalog = try Catalog(searchPath: SearchPath(folders: [fixtures.appendingPathComponent("good")]))
    let loaded = try ToolLoader(catalog: catalog, limits: .default).load("demo/plan")
    let answers: [String: JSONValue] = [
        "needs.needs": ["Housing", "Health"], "needs.alone": false, "needs.why": .string(why),
        "partners.for[Housing]": ["Caritas"], "partners.for[Health]": ["ASP"], "partners.strength": 5,
        "partners.mode": "formal", "partners.areas": ["work", "language"], "partners.start": "2021-03-04",
        "partners.actions": [["what": "call | write", "when": "2021-03-05"], ["what": "meet"]],
        "cover.level[Housing]": "partners", "cover.level[Health]": "no",
    ]
    let plan = SessionPlan(
        tool: loaded, language: language, metadata: SessionMetadata(organisation: "CRESM", facilitator: "Laura", participants: ["Nadia"]),
        id: "s1", startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    let driver = SessionDriver(plan: plan, sink: nil)
    try driver.start()
    try Headless.complete(driver, answers: answers.map { GivenAnswer(path: AnswerPath(stringLiteral: $0.key), value: $0.value, origin: "t") })
    _ = try driver.perform(.note("the group <hesitates>"))
    return try SessionView(record: driver.record(), loaded: loaded)
}

@Suite("Reports")
struct ReportTests {
    @Test func markdownFollowsTheToolsStructure() throws {
        let text = try SessionReport.render(try fixtureView(), as: .md)
        #expect(text.hasPrefix("# Plan\n"))
        #expect(text.contains("## Step 1. Needs (planned 30 min"))
        #expect(text.contains("- Housing\n- Health"), "lists as lists")
        #expect(text.contains("| **Action 1** | call \\| write | 2021-03-05 |"), "tables as tables, cells escaped")
        #expect(text.contains("5 / 5 (strong)"), "scale with its label")
        #expect(text.contains("- Work\n- Language"), "multi as option labels")
        #expect(text.contains("\\<script\\>alert(1)\\</script\\>"), "answers cannot become markup")
        #expect(text.contains("### Notes\n\n- the group \\<hesitates\\>"))
        #expect(text.contains("## Learning processes\n\n- P: professional (1 question)\n- S: social (2 questions)"))
        #expect(text.contains("| **Total** | 1 h 45 min |"))
    }

    @Test func reportsSpeakTheSessionsLanguage() throws {
        let text = try SessionReport.render(try fixtureView(language: "fr"), as: .md)
        #expect(text.contains("## Étape 1. Besoins (durée prévue\u{202F}: 30\u{00A0}min"))
        #expect(text.contains("### Seuls ?\n\nNon"))
    }

    @Test func htmlIsStandaloneAndEscapesEveryAnswer() throws {
        let html = HTMLRenderer.render(SessionDocument(try fixtureView()).build(), language: "en")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("the group &lt;hesitates&gt;"))
        #expect(!html.contains("<link") && !html.contains("src=\"http"), "nothing loaded from elsewhere")
    }

    @Test func graphsAsDOTAndMermaid() throws {
        let graph = try #require(try fixtureView().graph)
        #expect(graph.nodes.map(\.label) == ["Us", "Housing", "Health"])
        let dot = DOTRenderer.render(graph)
        #expect(dot.contains("subgraph \"cluster_need\""))
        #expect(dot.contains("\"org\" -> \"need:Housing\";"))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains("flowchart LR"))
        #expect(mermaid.contains("n0 --> n1"))
    }

    @Test(.enabled(if: Programs.has("dot"), "needs Graphviz's dot"))
    func graphvizAcceptsTheDOT() throws {
        let graph = Graph(title: "Quotes \" and \\ backslashes", nodes: [
            .init(id: "a\"b", label: "A \"quoted\" <label>", group: "g"), .init(id: "c", label: "C\nline", group: nil),
        ], edges: [.init(from: "a\"b", to: "c", label: "helps \"with\"")], groups: [.init(id: "g", label: "Group")])
        let svg = try SVGRenderer.render(dot: DOTRenderer.render(graph))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("&lt;label&gt;"))
    }

    @Test func theJSONReportCarriesQuestionsAndAnswers() throws {
        let json = JSONReport.render(try fixtureView())
        let steps = try #require(json["steps"]?.arrayValue)
        #expect(steps.count == 3)
        let first = try #require(steps.first?["answers"]?.arrayValue?.first)
        #expect(first["question"] == "Which needs?")
        #expect(first["value"] == ["Housing", "Health"])
        #expect(json["tags"] == ["P": 1, "S": 2])
        #expect(json["graph"]?["nodes"]?.arrayValue?.count == 3)
    }

    @Test func aReportAcrossSessionsCountsEachItem() throws {
        let first = try fixtureView()
        let second = try fixtureView(why: "other")
        let aggregate = AggregateDocument(tool: first.tool, views: [first, second], language: "en")
        let tallies = aggregate.tallies()
        #expect(tallies.first?.heading == "Needs")
        #expect(tallies.first?.tallies.map(\.item) == ["Health", "Housing"])
        #expect(tallies.first?.tallies.first?.sessions.count == 1, "both views share the id s1, so one session")
    }
}

/// Answers that look like markup, rendered by the tools that read reports.
@Suite("Answers never become markup")
struct MarkupTests {
    static let tableLike = "| name | role |\n| --- | --- |\n| Ana | admin |"

    @Test(.enabled(if: Programs.has("cmark-gfm"), "needs cmark-gfm"))
    func aMultiLineAnswerShapedLikeATableStaysText() throws {
        let cmark = try #require(Programs.path("cmark-gfm"))
        func html(_ why: String) throws -> String {
            let text = try SessionReport.render(try fixtureView(why: why), as: .md)
            return try ProcessRunner.run(cmark, ["--extension", "table"], input: text).out
        }
        let plain = try html("money")
        let tableLike = try html(MarkupTests.tableLike)
        #expect(tableLike.contains("<h1>Plan</h1>"), "the report's own structure renders")
        #expect(tableLike.contains("| name | role |"), "the answer shows as typed")
        #expect(!tableLike.contains("<th>name</th>"), "no table made of the answer")
        #expect(tableLike.components(separatedBy: "<table>").count == plain.components(separatedBy: "<table>").count,
                "only the report's own tables")
    }

    @Test func aMermaidDirectiveInALabelStaysText() throws {
        let graph = Graph(title: nil, nodes: [.init(id: "a", label: "%%{init: {'theme': 'dark'}}%% x # y", group: nil)],
                          edges: [], groups: [])
        let mermaid = MermaidRenderer.render(graph)
        #expect(!mermaid.contains("%%"), "\(mermaid)")
        #expect(mermaid.contains("#37;#37;{init"))
        for line in mermaid.split(separator: "\n") where line.contains("[") {
            #expect(line.filter { $0 == "\"" }.count == 2, "one quoted label per node line: \(line)")
        }
    }
}
