import ArgumentParser
import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintReports

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run bundles' test cases (tests/*.yaml) headlessly.",
        discussion: """
            Each PATH is a bundle folder or a folder of bundles; with none, every bundle on the search path. \
            Ends with the line 'N passed, N failed'; exits 1 if any case failed.
            """)

    @Argument(help: ArgumentHelp("Bundle folders, or folders of bundles.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var content: ContentOptions

    func run() throws {
        var options = content
        options.paths += paths
        let catalog = try options.catalog()
        let bundles = catalog.bundles(under: paths.map { URL(fileURLWithPath: $0) })
        let runner = TestRunner(catalog: catalog) { view in try SessionReport.render(view, as: .md) }
        var passed = 0, failed = 0
        for outcome in runner.run(bundles) {
            if outcome.passed {
                passed += 1
                Console.out("ok    \(outcome.name)  (\(outcome.file))")
            } else {
                failed += 1
                Console.out("FAIL  \(outcome.name)  (\(outcome.file))")
                for failure in outcome.failures { Console.out("      \(failure)") }
            }
        }
        Console.out("\(passed) passed, \(failed) failed")
        if failed > 0 { throw CommandFailure(status: .failure) }
    }
}
