import Foundation
import ProfintChecks
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintReports

/// Milliseconds of each phase of a headless run and of `profint test`, each repeated `runs` times
/// in this process: what docs/performance.md names when it says what bounds a figure.
func phases(tool: String, answers path: String, runs: Int) throws {
    func time(_ name: String, _ body: () throws -> Void) rethrows { try printMeanTime(name, runs: runs, body) }
    guard PhraseBook.shippedCatalog("en") != nil else { fail("no English catalog") }
    time("words_catalog") { _ = PhraseBook.shippedCatalog("en") }
    try time("catalog") { _ = try Catalog(searchPath: SearchPath.standard()) }
    let catalog = try Catalog(searchPath: SearchPath.standard())
    try time("lua_state") { _ = try ToolLoader(catalog: catalog, limits: .default) }
    try time("tool_load") { _ = try ToolLoader(catalog: catalog, limits: .default).load(tool) }
    let url = URL(fileURLWithPath: path)
    try time("answer_file") { _ = try AnswerFile(url: url) }
    let file = try AnswerFile(url: url)
    let loaded = try ToolLoader(catalog: catalog, limits: .default).load(tool)
    try time("headless_run") { _ = try Headless.run(loaded, language: file.language ?? "en", answers: file.answers) }
    let driver = SessionDriver(plan: SessionPlan(tool: loaded, language: file.language ?? "en"), sink: nil)
    try driver.start()
    try Headless.complete(driver, answers: file.answers)
    try time("markdown_report") { _ = try SessionReport.render(SessionView(driver: driver), as: .md) }
    let cases = catalog.bundles.reduce(0) { $0 + $1.testFiles().count }
    for (name, report) in [("reports", true), ("no_reports", false)] {
        try time("test_\(cases)_cases_\(name)") {
            let runner = TestRunner(catalog: catalog) { view in report ? try SessionReport.render(view, as: .md) : "" }
            guard runner.run(catalog.bundles).count == cases else { fail("expected \(cases) outcomes") }
        }
    }
}
