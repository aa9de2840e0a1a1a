import ArgumentParser
import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate bundles: manifests, Lua, ids, answer paths, options, derived tools, translations.",
        discussion: """
            Each PATH is a bundle folder or a folder of bundles; with none, the whole search path is checked. \
            Bundles they need (a derived tool's base) are found on the search path. \
            Errors and warnings name the file and line. Each tool and bundle gets one line per language \
            saying how many of its texts are translated (a warning when some are missing); --verbose lists the \
            missing ones. Exits 78 when there is any error.
            """)

    @Argument(help: ArgumentHelp("Bundle folders, or folders of bundles.", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "List every text a language is missing, under its summary line.")
    var verbose = false

    @OptionGroup var content: ContentOptions

    func run() throws {
        var options = content
        options.paths += paths
        let catalog = try options.catalog(quiet: true)
        let folders = paths.map { URL(fileURLWithPath: $0) }
        for folder in folders where !FileManager.default.fileExists(atPath: folder.path) {
            throw ProfintError.notFound("\(folder.path): no such folder")
        }
        let report = Checker(catalog: catalog).report(folders)
        let diagnostics = report.diagnostics
        for diagnostic in diagnostics { Console.out(catalog.display(diagnostic)) }
        for summary in report.translations where summary.isComplete { Console.out("\(summary.owner) \(summary.line)") }
        if verbose {
            for summary in report.translations where !summary.isComplete {
                Console.out("\(summary.owner) \(summary.language), missing:")
                for text in summary.missing { Console.out("  \(text)") }
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let checked = folders.isEmpty ? catalog.bundles.count : folders.flatMap(SearchPath.bundleFolders(in:)).count
        Console.out("\(Counted.of(checked, "bundle", "bundles")) checked: \(Counted.of(errors, "error", "errors")), "
                    + Counted.of(warnings, "warning", "warnings"))
        if errors > 0 { throw CommandFailure(status: .invalidContent) }
    }
}
