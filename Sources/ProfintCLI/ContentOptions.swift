import ArgumentParser
import Foundation
import ProfintContent
import ProfintModel
import ProfintStore

/// Where content is found, and in which language it is shown.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("path"), help: ArgumentHelp(
        "A folder of bundles (or a bundle) to search after the bundled content and PROFINT_PATH. Repeatable.",
        valueName: "dir"))
    var paths: [String] = []

    @Option(name: .customLong("lang"),
            help: ArgumentHelp("The language to show (default: from LANG, else English).", valueName: "code"))
    var language: String?

    /// The search path: bundled content, PROFINT_PATH, then --path.
    var searchPath: SearchPath { Self.searchPath(paths: paths) }

    /// The catalog of the search path; its errors are printed as warnings unless `quiet`.
    func catalog(quiet: Bool = false) throws -> Catalog { try Self.catalog(paths: paths, quiet: quiet) }

    /// The search path with `paths` given as `--path` (as ``RunArguments`` holds them).
    static func searchPath(paths: [String]) -> SearchPath {
        SearchPath.standard(extra: paths.map { URL(fileURLWithPath: $0) }, executable: ContentOptions.executable)
    }

    /// The catalog of the search path with `paths` given as `--path`; its errors are printed as
    /// warnings unless `quiet`.
    static func catalog(paths: [String], quiet: Bool = false) throws -> Catalog {
        let catalog: Catalog
        do { catalog = try Catalog(searchPath: searchPath(paths: paths)) } catch {
            throw ProfintError.scriptFailure(message: "cannot start Lua: \(error)", location: nil, traceback: nil)
        }
        ErrorReport.catalog = catalog
        if !quiet {
            for problem in catalog.errors { Console.error(catalog.display(problem)) }
        }
        return catalog
    }

    func chosenLanguage() -> String { Language.choose(language) }

    /// The options that make a command printed for the user to paste find the same content and
    /// store, wherever it is pasted: each `--path`, and the `--store` when one was given, as
    /// absolute paths quoted for the shell (``ShellWord``), each after a space.
    static func repeated(paths: [String], store: String? = nil) -> String {
        let store = store.flatMap { $0.isEmpty ? nil : ["--store", StoreLocation.resolve($0).standardizedFileURL.path] }
        let folders = paths.flatMap { ["--path", URL(fileURLWithPath: $0).standardizedFileURL.path] }
        return ((store ?? []) + folders).map { " " + ShellWord.quoted($0) }.joined()
    }

    /// The running executable, symlinks resolved.
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "profint")
    }
}

enum OutputFormat: String, ArgumentValues {
    case text, json
}
