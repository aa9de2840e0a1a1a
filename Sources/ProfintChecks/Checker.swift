import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// `profint check`: validates bundles (manifests, Lua syntax and load errors, field types, ids and
/// answer paths, options, derived-tool changes that name nothing, the answer paths and option ids
/// hooks name (``HookScan``), test cases (``TestCaseCheck``)), each with its file and line, and how
/// far each tool and bundle is translated: one summary per language, a warning when texts are
/// missing.
public struct Checker {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// Every problem of the bundles under `folders` (all bundles when empty), sorted by place.
    public func check(_ folders: [URL] = []) -> [Diagnostic] { report(folders).diagnostics }

    /// What `check` finds: every problem, sorted by place (a language with missing translations
    /// is one warning), and every translation summary, complete or not.
    public struct Report {
        public var diagnostics: [Diagnostic]
        public var translations: [TranslationSummary]
    }

    /// The problems and translation summaries of the bundles under `folders` (all when empty).
    public func report(_ folders: [URL] = []) -> Report {
        let targets = folders.flatMap(SearchPath.bundleFolders(in:))
        let bundles = catalog.bundles(under: folders)
        let prefixes = targets.map { Catalog.display($0) + "/" }
        var diagnostics = catalog.diagnostics.filter { diagnostic in
            guard !targets.isEmpty else { return true }
            if let bundle = diagnostic.location?.bundle { return bundles.contains { $0.id == bundle } }
            let path = diagnostic.location.map(catalog.display) ?? ""
            return prefixes.contains { path.hasPrefix($0) }
        }
        var summaries: [TranslationSummary] = []
        let tools = CheckedTools(catalog: catalog)
        for bundle in bundles {
            summaries += translationSummaries(of: bundle)
            for entry in catalog.toolEntries where entry.bundle == bundle.id {
                let (problems, found) = tool(entry.id, from: tools)
                diagnostics += problems
                summaries += found
            }
            for file in bundle.testFiles() {
                diagnostics += TestCaseCheck(tools: tools).problems(of: file, in: bundle)
            }
        }
        summaries += translatedElsewhere(by: bundles, besides: summaries, tools: tools)
        diagnostics += summaries.compactMap(\.diagnostic)
        let sorted = Checker.unique(diagnostics).sorted { a, b in
            let (pa, pb) = (a.location.map(catalog.display) ?? "", b.location.map(catalog.display) ?? "")
            if pa != pb { return pa < pb }
            return a.severity < b.severity
        }
        return Report(diagnostics: sorted, translations: summaries)
    }

    /// The summaries of the tools and bundles that `bundles`' catalogs translate and that are
    /// not among them (a plugin that brings Greek to a module), in the catalogs' languages.
    private func translatedElsewhere(
        by bundles: [ContentBundle], besides done: [TranslationSummary], tools: CheckedTools
    ) -> [TranslationSummary] {
        var found: [TranslationSummary] = []
        for bundle in bundles {
            for file in catalog.translations[bundle.id] ?? [] {
                for owner in file.owners.sorted() where owner != bundle.id
                    && catalog.tools[owner]?.bundle != bundle.id {
                    // A tool already summed up in this language is not loaded again.
                    let summed = { (summary: TranslationSummary) in
                        summary.owner == owner && summary.language == file.language
                    }
                    if done.contains(where: summed) || found.contains(where: summed) { continue }
                    var summaries: [TranslationSummary] = []
                    if catalog.tools[owner] != nil {
                        // The tool's own problems are reported where its bundle is checked.
                        summaries = (try? tools.load(owner)).map(translationSummaries(of:)) ?? []
                    } else if let other = catalog.bundle(owner) {
                        summaries = translationSummaries(of: other)
                    }
                    found += summaries.filter { summary in
                        summary.language == file.language
                            && !(done + found).contains { $0.owner == summary.owner && $0.language == summary.language }
                    }
                }
            }
        }
        return found
    }

    private func tool(_ id: String, from tools: CheckedTools) -> ([Diagnostic], [TranslationSummary]) {
        do {
            let checked = try tools.load(id)
            return (checked.warnings + hooks(of: id, checked), translationSummaries(of: checked))
        } catch ProfintError.invalidContent(let problems) {
            return (problems, [])
        } catch {
            return ([.error("\(id): \(error)",
                            at: catalog.tools[id].map { SourceLocation(bundle: $0.bundle, file: $0.file) })], [])
        }
    }

    /// The answer paths, compared values and inputs the hooks of the tool's own file name (``HookScan``).
    private func hooks(of id: String, _ checked: CheckedTool) -> [Diagnostic] {
        guard let entry = catalog.tools[id], let bundle = catalog.bundle(entry.bundle),
              let url = try? BundleFile.resolve(entry.file, in: bundle.folder),
              let data = FileManager.default.contents(atPath: url.path)
        else { return [] }
        let scan = HookScan(paths: ReadablePaths(checked.chain), inputs: checked.tool.inputs.map(\.name).sorted())
        return scan.problems(in: String(decoding: data, as: UTF8.self), file: entry.file, bundle: bundle.id)
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: [Diagnostic] = []
        for diagnostic in diagnostics where !seen.contains(diagnostic) { seen.append(diagnostic) }
        return seen
    }
}
