import ArgumentParser
import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintReports

/// `profint test`: a run of bundles' test cases (``TestArguments``), or tools played at random
/// (`--random`).
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run bundles' test cases (tests/*.yaml) headlessly, or play tools at random (--random).",
        discussion: """
            Each PATH is a bundle folder, a folder of bundles or one case file (BUNDLE/tests/NAME.yaml); \
            with none, every bundle on the search path. \
            Ends with the line 'N passed, N failed'; exits 1 if any case failed, 66 if there was none.

            With --random N, plays each tool N times with answers drawn from each prompt (and back, skip, \
            invalid answers), and reports script errors, stuck prompts, limits hit and coverage. Each argument \
            is then a tool id, a bundle id or a bundle folder; with none, every tool. Exits 70 on a script error \
            or a limit hit, 1 on a stuck prompt.
            """)

    @Argument(
        help: ArgumentHelp("Bundle folders, folders of bundles or case files (with --random, tool and bundle ids).",
                     valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Play each tool this many times with random answers, and report coverage.",
                               valueName: "runs"))
    var random: Int?

    @Option(
        help: ArgumentHelp("The seed of --random (default 1): the same seed plays the same runs.", valueName: "seed"))
    var seed: UInt64?

    @Option(help: "The output format (json with --random only).")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("How many tools' cases run at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var content: ContentOptions

    /// The values of a run of test cases, as ``TestLine`` reads them too.
    var arguments: TestArguments {
        TestArguments(paths: paths, contentPaths: content.paths, language: content.language, jobs: jobs)
    }

    func validate() throws {
        if random == nil && (seed != nil || format == .json) {
            throw ValidationError("--seed and --format json go with --random N")
        }
        if let random, random < 1 { throw ValidationError("--random needs a number of runs, 1 or more") }
        if let problem = arguments.problem { throw ValidationError(problem) }
        if random != nil && jobs != nil { throw ValidationError("--jobs goes with test cases, not with --random") }
    }

    func run() throws {
        if let random { return try playAtRandom(runs: random) }
        try arguments.run()
    }

    /// `--random N`: the playthroughs and their report; the exit status says the worst problem.
    private func playAtRandom(runs: Int) throws {
        var options = content
        let folders = paths.filter(TestCommand.isFolder)
        options.paths += folders
        let catalog = try options.catalog()
        var tools: [String] = []
        for argument in paths where !folders.contains(argument) {
            if catalog.tools[argument] != nil {
                tools.append(argument)
            } else if let bundle = catalog.bundle(argument) {
                tools += catalog.toolEntries.filter { $0.bundle == bundle.id && !tools.contains($0.id) }.map(\.id)
            } else {
                throw ProfintError.notFound(
                    "'\(argument)' is no tool id, bundle id or folder (profint list shows the tools and bundles)")
            }
        }
        if !folders.isEmpty || paths.isEmpty {
            let bundles = Set(catalog.bundles(under: folders.map { URL(fileURLWithPath: $0) }).map(\.id))
            tools += catalog.toolEntries.filter { bundles.contains($0.bundle) && !tools.contains($0.id) }.map(\.id)
        }
        if tools.isEmpty {
            throw ProfintError.notFound("no tools \(TestCommand.place(folders)), so nothing was played")
        }
        let seed = self.seed ?? 1
        let report = PlaythroughReport(tools: RandomPlaythroughs(catalog: catalog).play(tools, runs: runs, seed: seed),
                                       runs: runs, seed: seed)
        switch format {
        case .text: report.lines.forEach(Console.out)
        case .json: Console.out(report.json.jsonText(pretty: true))
        }
        if report.count(.scriptError) + report.count(.limitHit) > 0 { throw CommandFailure(status: .scriptFailure) }
        if report.count(.stuck) > 0 { throw CommandFailure(status: .failure) }
    }

    /// Where a command looked, in words: "under FOLDER, …", or "on the search path" when no folder
    /// was named.
    static func place(_ folders: [String]) -> String {
        folders.isEmpty ? "on the search path" : "under \(folders.joined(separator: ", "))"
    }

    /// Whether `path` names a folder (a bundle, or a folder of bundles).
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
