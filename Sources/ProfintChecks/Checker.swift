import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// `profint check`: validates bundles (manifests, Lua syntax and load errors, field types, ids and
/// answer paths, options, derived-tool changes that name nothing, the answer paths and option ids
/// hooks name (``HookScan``), test cases (``TestCaseCheck``)) and reports missing translations as
/// warnings, each with its file and line.
public struct Checker {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// Every problem of the bundles under `folders` (all bundles when empty), sorted by place.
    public func check(_ folders: [URL] = []) -> [Diagnostic] {
        let targets = folders.flatMap(SearchPath.bundleFolders(in:))
        let bundles = catalog.bundles(under: folders)
        let prefixes = targets.map { Catalog.display($0) + "/" }
        var diagnostics = catalog.diagnostics.filter { diagnostic in
            guard !targets.isEmpty else { return true }
            if let bundle = diagnostic.location?.bundle { return bundles.contains { $0.id == bundle } }
            let path = diagnostic.location.map(catalog.display) ?? ""
            return prefixes.contains { path.hasPrefix($0) }
        }
        for bundle in bundles {
            diagnostics += manifestTranslations(bundle)
            for entry in catalog.toolEntries where entry.bundle == bundle.id {
                diagnostics += tool(entry.id)
            }
            for file in bundle.testFiles() {
                diagnostics += TestCaseCheck(catalog: catalog).problems(of: file, in: bundle)
            }
        }
        return Checker.unique(diagnostics).sorted { a, b in
            let (pa, pb) = (a.location.map(catalog.display) ?? "", b.location.map(catalog.display) ?? "")
            if pa != pb { return pa < pb }
            return a.severity < b.severity
        }
    }

    private func tool(_ id: String) -> [Diagnostic] {
        do {
            let loader = try ToolLoader(catalog: catalog, limits: .default)
            let loaded = try loader.load(id)
            return loaded.warnings + translations(of: loaded.tool) + hooks(of: id, loaded, loader: loader)
        } catch ProfintError.invalidContent(let problems) {
            return problems
        } catch {
            return [.error("\(id): \(error)", at: catalog.tools[id].map { SourceLocation(bundle: $0.bundle, file: $0.file) })]
        }
    }

    /// The answer paths and compared values the hooks of the tool's own file name (``HookScan``).
    private func hooks(of id: String, _ loaded: LoadedTool, loader: ToolLoader) -> [Diagnostic] {
        guard let entry = catalog.tools[id], let bundle = catalog.bundle(entry.bundle),
              let url = try? BundleFile.resolve(entry.file, in: bundle.folder),
              let data = FileManager.default.contents(atPath: url.path)
        else { return [] }
        let scan = HookScan(paths: ReadablePaths(loaded, loader: loader))
        return scan.problems(in: String(decoding: data, as: UTF8.self), file: entry.file, bundle: bundle.id)
    }

    /// Missing translations of a tool's texts, for the languages its bundle declares.
    public func translations(of tool: Tool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ text: LocalizedText?, _ what: String, at location: SourceLocation?) {
            guard let text, !text.translations.isEmpty else { return }
            let missing = tool.languages.filter { !text.languages.contains($0) }
            guard !missing.isEmpty else { return }
            let languages = missing.joined(separator: ", ")
            if let location, location.bundle != tool.bundle {
                // Inherited from a base tool: the derived tool must translate it.
                found.append(.warning(
                    "\(tool.id): \(what), inherited from \(catalog.display(location)), has no \(languages) translation: add translate('\(missing[0])', { ... })",
                    at: tool.source))
            } else {
                found.append(.warning("\(tool.id): \(what) has no \(languages) translation", at: location))
            }
        }
        check(tool.title, "the title", at: tool.source)
        check(tool.summary, "the summary", at: tool.source)
        for step in tool.steps {
            check(step.title, "the title of step '\(step.id)'", at: step.source)
            check(step.guidance, "the guidance of step '\(step.id)'", at: step.source)
            check(step.text, "the text of step '\(step.id)'", at: step.source)
            for question in step.questions {
                for (what, text) in question.texts where !(what == "text" && question.text.isEmpty) {
                    check(text, "the \(what) of \(step.id).\(question.id)", at: question.source)
                }
            }
        }
        for input in tool.inputs { check(input.label, "the label of input '\(input.name)'", at: tool.source) }
        return found
    }

    private func manifestTranslations(_ bundle: ContentBundle) -> [Diagnostic] {
        let m = bundle.manifest
        var found: [Diagnostic] = []
        let location = m.source
        func check(_ text: LocalizedText?, _ what: String) {
            guard let text else { return }
            let missing = m.languages.filter { !text.languages.contains($0) }
            if !missing.isEmpty { found.append(.warning("\(bundle.id): \(what) has no \(missing.joined(separator: ", ")) translation", at: location)) }
        }
        check(m.title, "the title")
        check(m.summary, "the summary")
        for exercise in m.exercises {
            check(exercise.title, "the title of exercise '\(exercise.id)'")
            check(exercise.text, "the text of exercise '\(exercise.id)'")
            for (index, prompt) in exercise.prompts.enumerated() { check(prompt, "prompt \(index + 1) of exercise '\(exercise.id)'") }
        }
        if bundle.kind == .module && !m.caseFiles.isEmpty {
            for language in m.languages where m.caseFiles[language] == nil {
                found.append(.warning("\(bundle.id): no case text in \(language) (case.\(language).md)", at: SourceLocation(bundle: bundle.id, file: "case.\(language).md")))
            }
        }
        return found
    }

    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: [Diagnostic] = []
        for diagnostic in diagnostics where !seen.contains(diagnostic) { seen.append(diagnostic) }
        return seen
    }
}
