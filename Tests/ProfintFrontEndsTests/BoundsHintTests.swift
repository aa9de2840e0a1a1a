import Foundation
import ProfintContent
import ProfintEngine
@testable import ProfintFrontEnds
import ProfintModel
import ProfintTestSupport
import Testing

/// Bounds that follow the answers, as the terminal and the JSON-lines protocol show them.
@Suite("Front ends show the bounds in force")
struct BoundsHintTests {
    func driver() throws -> SessionDriver {
        let folder = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": """
                return tool { title = "T", step { id = "s", title = "S",
                  ask.number { id = "total", text = "Total", integer = true, min = 1, max = 50 },
                  ask.number { id = "part", text = "Part", integer = true, min = 0,
                    max = function(a) return a["s.total"] end, message = "No more than the total." },
                  ask.date { id = "start", text = "Start" },
                  ask.date { id = "end", text = "End", min = function(a) return a["s.start"] end } } }
                """,
        ])
        let catalog = try Catalog(searchPath: SearchPath(folders: [folder]))
        let loaded = try ToolLoader(catalog: catalog).load("m/t")
        let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: "en", id: "t"), sink: nil)
        try driver.start()
        return driver
    }

    @Test func theTerminalHintShowsTheBoundComputedFromTheEarlierAnswer() throws {
        let input = Lines(["12", "13", "12", "2027-03-10", "2027-03-01", ":quit"])
        var output = ""
        _ = try TerminalFrontEnd(driver: try driver(), hints: SessionHints(),
                                 terminal: Terminal(input: input.next, output: { output += $0 })).run()
        #expect(output.contains("(≥ 1, ≤ 50)"))
        #expect(output.contains("(≥ 0, ≤ 12)"), "the part's maximum is the total given just before")
        #expect(output.contains("✗ must be at most 12, got 13. No more than the total."))
        #expect(output.contains("(YYYY-MM-DD · ≥ 2027-03-10)"))
        #expect(output.contains("✗ must be on or after 2027-03-10"))
    }

    @Test func theProtocolPromptCarriesTheBoundInForce() throws {
        let driver = try driver()
        _ = try driver.perform(.answer(.int(7)))
        let prompt = try #require(driver.prompt)
        let fields = PromptJSON.prompt(prompt, language: "en")
        #expect(fields["max"] == .int(7))
        #expect(fields["min"] == .int(0))
    }
}
