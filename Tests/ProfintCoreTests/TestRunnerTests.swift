import Foundation
import ProfintChecks
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintTestSupport
import Testing

/// `profint test`'s runner: the cases of different tools run on several threads, and what comes
/// back does not depend on how many.
@Suite("The test runner")
struct TestRunnerTests {
    /// The bundled modules and plugins, with a case that cannot be read and a failing case added.
    func content() throws -> (URL, Catalog) {
        let root = try temporaryFolder([:])
        for kind in ["modules", "plugins"] {
            try FileManager.default.copyItem(at: Fixtures.checkout.appendingPathComponent(kind),
                                             to: root.appendingPathComponent(kind))
        }
        let tests = root.appendingPathComponent("modules/networks/tests")
        try "tool: [not, a, tool".write(to: tests.appendingPathComponent("aa-broken.yaml"),
                                        atomically: true, encoding: .utf8)
        try """
            name: a case that fails
            tool: networks/partner-map
            answers: {}
            expect: { complete: true }
            """.write(to: tests.appendingPathComponent("ab-fails.yaml"), atomically: true, encoding: .utf8)
        let folders = ["modules", "plugins"].map { root.appendingPathComponent($0) }
        return (root, try Catalog(searchPath: SearchPath(folders: folders)))
    }

    @Test func outcomesAreTheSameAndInFileOrderWhateverTheThreads() throws {
        let (_, catalog) = try content()
        func outcomes(threads: Int) -> [TestOutcome] {
            // A stand-in report: cases checking the report fail, the same way on every thread count.
            TestRunner(catalog: catalog, threads: threads) { view in "report of \(view.tool.id)" }.run(catalog.bundles)
        }
        let one = outcomes(threads: 1)
        let files = catalog.bundles.flatMap { bundle in
            bundle.testFiles().map { Catalog.display(bundle.folder.appendingPathComponent($0)) }
        }
        #expect(one.map(\.file) == files)
        #expect(one.count > 20)
        for threads in [2, 4] {
            let many = outcomes(threads: threads)
            #expect(many.map(\.file) == one.map(\.file), "threads: \(threads)")
            #expect(many.map(\.name) == one.map(\.name))
            #expect(many.map(\.failures) == one.map(\.failures))
        }
        let broken = try #require(one.first { $0.file.hasSuffix("aa-broken.yaml") })
        #expect(broken.failures.first?.hasPrefix("the test case cannot be read") == true)
        let failing = try #require(one.first { $0.name == "a case that fails" })
        #expect(failing.failures == ["the run failed: identify.organisation: a required answer is missing (text)"])
    }

    /// Each tool's cases run as `profint run` runs the tool alone, whichever tools share a thread
    /// or a loader: two tools derived in one plugin never share a global table, nor do tools run
    /// one after the other on a thread.
    @Test func eachToolRunsAsRunRunsItAlone() throws {
        let manifest = "version = '1', author = 'T', languages = { 'en' }, title = 'B' }"
        let step = "step { id = 's', title = 'S', ask.text { id = 'q', text = 'Q?' } }"
        var files = [
            "m/module.lua": "return module { id = 'm', " + manifest,
            "m/tools/base.lua": "return tool { title = 'Base', \(step) }",
            "p/plugin.lua": "return plugin { id = 'p', api = 1, requires = { 'm' }, provides = { tools = { "
                + "['p/d1'] = 'tools/d1.lua', ['p/d2'] = 'tools/d2.lua', ['p/d3'] = 'tools/d3.lua' } }, " + manifest,
            "p/tools/d1.lua": "left_behind = 'by d1'\nreturn tool { extends = 'm/base', title = 'D1' }",
            "p/tools/d2.lua": "return tool { extends = 'm/base', title = 'D2 ' .. tostring(left_behind) }",
            "p/tools/d3.lua": "return tool { title = 'D3 ' .. tostring(left_behind), \(step) }",
        ]
        for (bundle, tool) in [("m", "m/base"), ("p", "p/d1"), ("p", "p/d2"), ("p", "p/d3")] {
            let name = tool.split(separator: "/").last ?? ""
            files["\(bundle)/tests/\(name).yaml"] = "tool: \(tool)\nanswers: { s.q: x }\nexpect: { complete: true, "
                + "report_lacks: [by d1] }\n"
        }
        let root = try temporaryFolder(files)
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        #expect(catalog.errors.isEmpty, "\(catalog.errors)")
        for threads in [1, 2] {
            let outcomes = TestRunner(catalog: catalog, threads: threads) { view in view.tool.title.resolve("en") }
                .run(catalog.bundles)
            #expect(outcomes.count == 4)
            #expect(outcomes.map(\.failures) == Array(repeating: [], count: 4))
        }
    }

    @Test func reportExpectationsCompareTheReportsBytes() throws {
        let (root, _) = try content()
        let volunteer = Fixtures.checkout.appendingPathComponent("modules/networks/tests/tikitut-volunteer-a.yaml")
        let answers = try String(contentsOf: volunteer, encoding: .utf8)
        let body = answers.split(separator: "\n").prefix { !$0.hasPrefix("expect:") }.filter { !$0.hasPrefix("name:") }
        let tests = root.appendingPathComponent("modules/networks/tests")
        try FileManager.default.removeItem(at: tests)
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        let cases = [
            "a-found": #"report_contains: ["café, 12 €"]"#,
            "b-other-accent": #"report_contains: ["cafe\u0301"]"#,
            "c-other-case": #"report_contains: ["Café"]"#,
            "d-lacks": #"report_lacks: ["12 €"]"#,
        ]
        for (name, expectation) in cases {
            let lines = ["name: \(name)"] + body.map(String.init) + ["expect:", "  \(expectation)"]
            let text = lines.joined(separator: "\n")
            try text.write(to: tests.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }
        let catalog = try Catalog(searchPath: SearchPath(folders: [root.appendingPathComponent("modules")]))
        let bundle = try #require(catalog.bundle("networks"))
        let outcomes = TestRunner(catalog: catalog, threads: 1) { _ in "# Notes\nOne café, 12 €.\n" }.run([bundle])
        #expect(outcomes.map(\.name) == ["a-found", "b-other-accent", "c-other-case", "d-lacks"])
        #expect(outcomes.map(\.failures) == [
            [],
            ["the report does not contain 'cafe\u{301}'"],
            ["the report does not contain 'Café'"],
            ["the report contains '12 €'"],
        ])
    }

    /// The graph is drawn when a report asks for it: a broken graph script leaves the run and its
    /// Markdown report alone, and fails the cases that check the report.
    @Test func aBrokenGraphFailsTheCasesThatCheckTheReport() throws {
        let (root, catalog) = try moduleWithTool(tool: """
            return tool {
              title = "T",
              step { id = "s", title = "S", ask.text { id = "name", text = "Name?" } },
              graph = function(a) error("the map cannot be drawn") end,
            }
            """)
        let loaded = try ToolLoader(catalog: catalog, limits: .default).load("m/t")
        let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: "en", id: "s1"), sink: nil)
        try driver.start()
        try Headless.complete(driver, answers: given(["s.name": "Ana"]))
        let view = try SessionView(driver: driver)
        #expect(view.entries.count == 1, "the view is made without the graph")
        #expect(throws: ProfintError.self) { try view.graph() }

        let tests = root.appendingPathComponent("m/tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        for (file, expect) in [("a.yaml", "{ complete: true }"), ("b.yaml", "{ report_contains: [Ana] }")] {
            try "name: \(file)\ntool: m/t\nanswers: { s.name: Ana }\nexpect: \(expect)\n"
                .write(to: tests.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let reread = try Catalog(searchPath: SearchPath(folders: [root]))
        // The stand-in report holds what case b looks for: only the graph can fail it.
        let outcomes = TestRunner(catalog: reread, threads: 1) { view in "report of \(view.tool.id): Ana" }
            .run(reread.bundles)
        #expect(outcomes.map(\.passed) == [true, false])
        #expect(outcomes.last?.failures.first?.contains("the map cannot be drawn") == true)
    }
}
