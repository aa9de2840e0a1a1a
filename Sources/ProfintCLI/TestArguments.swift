import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintReports

/// What `profint test` was asked when it runs test cases (not `--random`), as plain values, and
/// that run itself. The argument parser reads them (``TestCommand``); so does ``TestLine``,
/// without reflection, for a command line of these options only: both give the same values
/// (TestLineTests).
struct TestArguments: Equatable {
    /// The bundle folders, folders of bundles and case files named.
    var paths: [String] = []
    /// `--path`, in order.
    var contentPaths: [String] = []
    /// `--lang`.
    var language: String?
    /// `--jobs`.
    var jobs: Int?

    /// Why these values cannot be run, worded for the usage error; nil when they can.
    var problem: String? {
        if let jobs, jobs < 1 { return "--jobs needs a number of threads, 1 or more" }
        return nil
    }

    /// Runs the cases named (every bundle's on the search path when none is), prints a line for
    /// each and the count of those passed and failed.
    /// - Throws: ``CommandFailure`` when a case failed; ``ProfintError/notFound(_:)`` when there
    ///   was no case, or a path names nothing to test.
    func run() throws {
        let chosen = try paths.map(TestArguments.choice)
        let catalog = try ContentOptions.catalog(paths: contentPaths + chosen.map(\.folder.path))
        let bundles = catalog.bundles(under: chosen.map(\.folder))
        // A bundle named by its folder runs all its cases; one named only by case files, those.
        var wholeBundles: Set<String> = []
        var caseFiles: [String: Set<String>] = [:]
        for choice in chosen {
            let ids = catalog.bundles(under: [choice.folder]).map(\.id)
            guard let file = choice.caseFile else {
                wholeBundles.formUnion(ids)
                continue
            }
            guard SearchPath.isBundle(atPath: choice.folder.path), let id = ids.first else {
                throw ProfintError.notFound("\(choice.folder.appendingPathComponent(file).path): not in a bundle "
                                            + "(no module.lua or plugin.lua that loads in \(choice.folder.path))")
            }
            caseFiles[id, default: []].insert(file)
        }
        let runner = TestRunner(catalog: catalog, threads: jobs) { view in try SessionReport.render(view, as: .md) }
        var passed = 0, failed = 0
        let outcomes = runner.run(bundles) { bundle, file in
            chosen.isEmpty || wholeBundles.contains(bundle.id) || caseFiles[bundle.id]?.contains(file) == true
        }
        for outcome in outcomes {
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
        if passed == 0 {
            throw ProfintError.notFound(
                "no test cases \(TestCommand.place(paths)): a bundle's cases are its tests/*.yaml files "
                    + "(or .yml, .json), so nothing was tested")
        }
    }

    /// What an argument of `profint test` names: a folder (a bundle, or a folder of bundles), or
    /// one case file of a bundle (`BUNDLE/tests/NAME.yaml`), as that bundle and the file's path in it.
    static func choice(_ path: String) throws -> (folder: URL, caseFile: String?) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if TestCommand.isFolder(path) { return (url, nil) }
        guard FileManager.default.fileExists(atPath: path) else {
            throw ProfintError.notFound("\(url.path): no such folder or test case")
        }
        let name = url.lastPathComponent
        guard url.deletingLastPathComponent().lastPathComponent == "tests",
              [".yaml", ".yml", ".json"].contains(where: name.hasSuffix) else {
            throw ProfintError.notFound("\(url.path): not a test case (a bundle's tests/NAME.yaml) nor a folder")
        }
        return (url.deletingLastPathComponent().deletingLastPathComponent(), "tests/\(name)")
    }
}
