import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
@testable import ProfintReports
import Testing

let fixtures = Fixtures.root

/// A finished run of the fixture tool demo/plan, as a session view.
/// `tool` is demo/plan or a tool of the `extra` folders that derives from it.
func fixtureView(
    why: String = "<script>alert(1)</script>", language: String = "en", tool: String = "demo/plan", extra: [URL] = []
) throws -> SessionView {
    let catalog = try Catalog(searchPath: SearchPath(folders: [fixtures.appendingPathComponent("good")] + extra))
    let loaded = try ToolLoader(catalog: catalog, limits: .default).load(tool)
    let answers: [String: JSONValue] = [
        "needs.needs": ["Housing", "Health"], "needs.alone": false, "needs.why": .string(why),
        "partners.for[Housing]": ["Caritas"], "partners.for[Health]": ["ASP"], "partners.strength": 5,
        "partners.mode": "formal", "partners.areas": ["work", "language"], "partners.start": "2021-03-04",
        "partners.actions": [["what": "call | write", "when": "2021-03-05"], ["what": "meet"]],
        "cover.level[Housing]": "partners", "cover.level[Health]": "no",
    ]
    let plan = SessionPlan(
        tool: loaded, language: language,
        metadata: SessionMetadata(organisation: "CRESM", facilitator: "Laura", participants: ["Nadia"]),
        id: "s1", startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    let driver = SessionDriver(plan: plan, sink: nil)
    try driver.start()
    try Headless.complete(
        driver,
        answers: answers.map { GivenAnswer(path: AnswerPath(stringLiteral: $0.key), value: $0.value, origin: "t") })
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

    @Test func aQuestionWrittenOverSeveralLinesHeadsItsAnswerWithItsFirstLine() throws {
        let root = try temporaryFolder([
            "p/plugin.lua": """
                return plugin { id = "p", version = "1", author = "T", api = 1, languages = { "en", "fr" }, title = "P",
                  requires = { "demo" }, provides = { tools = { ["p/plan"] = "tools/plan.lua" } } }
                """,
            "p/tools/plan.lua": #"return tool { extends = 'demo/plan', modify('needs.why', { text = "Why not?\n  In a few words." }) }"#,
        ])
        let text = try SessionReport.render(try fixtureView(tool: "p/plan", extra: [root]), as: .md)
        #expect(text.contains("Why not?"))
        #expect(text.contains("> In a few words."), "the rest of the question leads the answer: \(text)")
        #expect(!text.contains("Why not?\n  In"), "only the first line heads the answer")
    }

    @Test func reportsSpeakTheSessionsLanguage() throws {
        let text = try SessionReport.render(try fixtureView(language: "fr"), as: .md)
        #expect(text.contains("## Étape 1. Besoins (durée prévue\u{202F}: 30\u{00A0}min"))
        #expect(text.contains("### Seuls ?\n\nNon"))
    }

    @Test func htmlIsStandaloneAndEscapesEveryAnswer() throws {
        let html = HTMLRenderer.render(SessionDocument(try fixtureView()).build())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        var french = ReportDocument(title: "Plan")
        french.language = "fr"
        #expect(HTMLRenderer.render(french).contains("<html lang=\"fr\">"), "the page's language is the document's")
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("the group &lt;hesitates&gt;"))
        #expect(!html.contains("<link") && !html.contains("src=\"http"), "nothing loaded from elsewhere")
    }

    @Test func graphsAsDOTAndMermaid() throws {
        let graph = try #require(try fixtureView().graph())
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

    /// A partner map with kinds, strengths and an uncovered need, its labels hostile.
    static let partnerMap = Graph(
        title: "Map", nodes: [
            .init(id: "org", label: "Us", group: "org"),
            .init(id: "need:a", label: "Housing", group: "need"),
            .init(id: "need:b", label: "Health </TD>\"", group: "need", uncovered: true),
            .init(id: "p1", label: "Caritas", group: "partner", kind: "ngo"),
            .init(id: "p2", label: "ASP", group: "partner", kind: "public"),
        ], edges: [
            .init(from: "org", to: "need:a", label: nil), .init(from: "org", to: "need:b", label: nil),
            .init(from: "need:a", to: "p1", label: nil, strength: 1),
            .init(from: "need:a", to: "p2", label: nil, strength: 5),
        ], groups: [.init(id: "org", label: "Us"), .init(id: "need", label: "Needs"),
                    .init(id: "partner", label: "Partners")],
        kinds: [.init(id: "public", label: "Public <B>service</B>"), .init(id: "ngo", label: "NGO & co"),
                .init(id: "firm", label: "Company")],
        strengths: ["Hardly", "Rarely", "Sometimes", "Often", "Always >>"],
        legend: .init(title: "Legend", kinds: "Kind of organisation", strengths: "How far we count on it",
                      uncovered: "No partner yet"))

    @Test func theDOTMapDrawsStrengthsKindsAndGapsWithALegend() throws {
        let dot = DOTRenderer.render(ReportTests.partnerMap)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.contains {
            $0.contains("\"need:a\" -> \"p1\"") && $0.contains("style=dotted") && $0.contains("penwidth=1,")
        }, "the weakest link dotted and thin")
        #expect(lines.contains {
            $0.contains("\"need:a\" -> \"p2\"") && $0.contains("style=solid") && $0.contains("penwidth=4,")
        }, "the strongest solid and thick")
        #expect(lines.contains { $0.contains("\"p1\" [") && $0.contains("fillcolor=\"\(GraphStyle.kindFill(1))\"") },
                "a fill per kind")
        let uncovered = try #require(lines.first { $0.contains("\"need:b\" [") })
        #expect(uncovered.contains("dashed") && uncovered.contains(GraphStyle.uncoveredInk),
                "the uncovered need in red dashes")
        #expect(lines.contains { $0.contains("\"need:b\" -> \"profint-gap\"") }, "it points to a gap, not nowhere")
        let caption = try #require(lines.first { $0.contains("label=<<TABLE") })
        for words in ["Kind of organisation", "NGO &amp; co", "Public &lt;B&gt;service&lt;/B&gt;",
                      "How far we count on it", "1 · Hardly", "5 · Always &gt;&gt;", "No partner yet"] {
            #expect(caption.contains(words), "the legend holds \(words)")
        }
        #expect(!caption.contains("Company"), "only kinds in use")
        #expect(!DOTRenderer.render(ReportTests.partnerMap, titled: false).contains("<B>Map</B>"),
                "no title when a page heads the map")
    }

    @Test(.enabled(if: Programs.has("dot"), "needs Graphviz's dot"))
    func graphvizDrawsThePartnerMapAndItsLegend() throws {
        let svg = try SVGRenderer.render(dot: DOTRenderer.render(ReportTests.partnerMap))
        #expect(svg.contains("How far we count on it"))
        #expect(svg.contains("Public &lt;B&gt;service&lt;/B&gt;"), "a hostile kind stays text")
        #expect(svg.contains("Health &lt;/TD&gt;&quot;") || svg.contains("Health &lt;/TD&gt;\""),
                "a hostile label stays text")
        #expect(svg.contains("stroke-dasharray"), "dotted and dashed links")
        #expect(svg.contains(GraphStyle.uncoveredInk))
    }

    @Test func theMermaidMapDrawsStrengthsKindsAndGapsWithALegend() throws {
        let mermaid = MermaidRenderer.render(ReportTests.partnerMap)
        let lines = mermaid.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let links = lines.filter {
            $0.contains("-->") || $0.contains("-.->") || $0.contains("==>") || $0.contains("-.-")
        }
        #expect(links.prefix(5) == ["n0 --> n1", "n0 --> n2", "n1 -.-> n3", "n1 ==> n4", "n2 -.- gap"])
        #expect(lines.contains("linkStyle 2 stroke:#8a93a3,stroke-width:1px,stroke-dasharray:2 3"),
                "the weakest link dotted and thin")
        #expect(lines.contains("linkStyle 3 stroke:#1d3f63,stroke-width:4px"), "the strongest thick")
        #expect(lines.contains("class n3 kind1") && lines.contains("class n4 kind0"), "a class per kind")
        #expect(lines.contains("class n2,gap uncovered"), "the uncovered need marked")
        #expect(lines.contains("linkStyle 4 stroke:#b42318,stroke-width:2px,stroke-dasharray:5 4"))
        #expect(lines.contains("subgraph legend[\"Legend\"]"))
        #expect(lines.contains("legend_kind0[\"Public #lt;B#gt;service#lt;/B#gt;\"]:::kind0"))
        #expect(lines.contains("legend_point5[\"5\"]:::caption ==> legend_words5[\"Always #gt;#gt;\"]:::caption"))
        #expect(lines.contains("legend_uncovered[\"No partner yet\"]:::uncovered"))
        #expect(!lines.contains { $0.contains("Company") }, "only kinds in use")
        for line in lines where line.contains("[\"") {
            #expect(line.filter { $0 == "\"" }.count % 2 == 0, "quotes balanced: \(line)")
        }
    }

    @Test func aMapWithoutKindsOrStrengthsHasNoLegend() throws {
        let graph = try #require(try fixtureView().graph())
        #expect(!DOTRenderer.render(graph).contains("<TABLE"))
        #expect(!MermaidRenderer.render(graph).contains("legend"))
    }

    @Test(.enabled(if: Programs.has("dot"), "needs Graphviz's dot"))
    func theHTMLReportHeadsTheMapOnce() throws {
        let html = try SessionReport.render(try fixtureView(), as: .html)
        #expect(html.components(separatedBy: ">Map<").count == 2, "one heading, no title drawn in the map, no caption")
        #expect(html.contains("<section class=\"figure\">\n<h2>Map</h2>\n<figure role=\"img\" aria-label=\"Map\">"))
    }

    @Test func theTimeTableKeepsTimesOnOneLine() throws {
        let html = HTMLRenderer.render(SessionDocument(try fixtureView()).build())
        #expect(html.contains("<th scope=\"col\" class=\"n\">planned</th>"))
        #expect(html.contains("<td class=\"n\">1 h 45 min</td>"))
        #expect(html.contains("th.n, td.n { white-space: nowrap;"))
        #expect(html.contains("@page { size: A4;"))
    }

    @Test func theJSONReportCarriesQuestionsAndAnswers() throws {
        let json = try JSONReport.render(try fixtureView())
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
        let aggregate = try AggregateDocument(tool: first.tool, views: [first, second], language: "en")
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

/// Times in Markdown and HTML reports: in the session's language and the reader's zone, the zone
/// named; JSON keeps ISO UTC.
@Suite("Local times in reports")
struct LocalTimeTests {
    /// 2026-11-29T09:20:36Z, a Sunday morning in Palermo.
    static let morning = Date(timeIntervalSince1970: 1_795_944_036)

    func zone(_ identifier: String) throws -> ReaderZone { ReaderZone(try #require(TimeZone(identifier: identifier))) }

    @Test func eachLanguageSaysItsOwnWay() throws {
        #expect(UTCTime.iso8601(LocalTimeTests.morning) == "2026-11-29T09:20:36Z")
        let rome = try zone("Europe/Rome")
        #expect(LocalTime.text(LocalTimeTests.morning, language: "en", zone: rome) == "29 November 2026, 10:20 (UTC+1)")
        #expect(LocalTime.text(LocalTimeTests.morning, language: "fr", zone: rome)
                == "29 novembre 2026, 10\u{A0}h\u{A0}20 (UTC+1)")
        #expect(LocalTime.text(LocalTimeTests.morning, language: "it", zone: rome) == "29 novembre 2026, 10:20 (UTC+1)")
        #expect(LocalTime.text(LocalTimeTests.morning, language: "de", zone: rome) == "29 November 2026, 10:20 (UTC+1)",
                "else English")
    }

    @Test func theZoneDecidesTheDayAndTheOffset() throws {
        let summer = Date(timeIntervalSince1970: 1_782_864_300)   // 2026-07-01T00:05:00Z
        #expect(LocalTime.text(summer, language: "fr", zone: try zone("Europe/Paris"))
                == "1er juillet 2026, 2\u{A0}h\u{A0}05 (UTC+2)")
        #expect(LocalTime.text(summer, language: "en", zone: try zone("America/New_York"))
                == "30 June 2026, 20:05 (UTC-4)")
        #expect(LocalTime.text(summer, language: "it", zone: try zone("Asia/Kolkata"))
                == "1º luglio 2026, 5:35 (UTC+5:30)")
        #expect(LocalTime.text(summer, language: "en", zone: try zone("UTC")) == "1 July 2026, 0:05 (UTC)")
    }

    @Test func reportsGiveLocalTimesAndJSONKeepsUTC() throws {
        let view = try fixtureView(language: "fr")   // started 2023-11-14T22:13:20Z
        let markdown = try SessionReport.render(view, as: .md, zone: try zone("Europe/Rome"))
        #expect(markdown.contains("- **Début**\u{202F}: 14 novembre 2023, 23\u{A0}h\u{A0}13 (UTC+1)"))
        let html = try SessionReport.render(view, as: .html, zone: try zone("Asia/Tokyo"))
        #expect(html.contains("<td>15 novembre 2023, 7\u{A0}h\u{A0}13 (UTC+9)</td>"))
        #expect(!markdown.contains("2023-11-14T") && !html.contains("2023-11-14T"))
        let json = try SessionReport.render(view, as: .json, zone: try zone("Asia/Tokyo"))
        #expect(json.contains("\"started_at\": \"2023-11-14T22:13:20.000Z\""), "JSON keeps ISO UTC")
    }
}
