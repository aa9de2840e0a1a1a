import Foundation
import LuaBridge
import ProfintModel

/// A tool the catalog knows: its id, the bundle that provides it and its file.
public struct ToolEntry: Equatable, Sendable {
    public var id: String
    public var bundle: String
    public var file: String
}

/// Every bundle on the search path, their manifests and the tools they provide.
///
/// Loading the catalog runs each manifest (in the sandbox) but no tool: tools load when a
/// command needs them, through ``ToolLoader``. Problems do not stop the catalog from loading;
/// they are kept in ``diagnostics`` with the file and line that caused them.
public final class Catalog {
    public let searchPath: SearchPath
    public internal(set) var bundles: [ContentBundle] = []
    public private(set) var tools: [String: ToolEntry] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    /// Each bundle's translation catalogs (`translations/<lang>.po`), by bundle id.
    public internal(set) var translations: [String: [TranslationCatalog]] = [:]
    /// Bundles that failed to load, by folder, so commands can say which.
    public private(set) var brokenFolders: [URL] = []
    /// The Lua state the manifests ran in, until a loader takes it (``handOverRuntime(limits:)``):
    /// the catalog keeps none after, so the state goes with its new owner. Under `runtimeLock`.
    private var runtime: ContentRuntime?
    private let runtimeLock = NSLock()
    let limits: ScriptLimits

    /// Loads every bundle under the folders of `searchPath`.
    public init(searchPath: SearchPath, limits: ScriptLimits = .default) throws {
        self.searchPath = searchPath
        self.limits = limits
        let runtime = try ContentRuntime(limits: limits)
        self.runtime = runtime
        var seen: [String: URL] = [:]
        var seenFolders: Set<String> = []
        for folder in searchPath.folders {
            for bundleFolder in SearchPath.bundleFolders(in: folder) {
                guard seenFolders.insert(Catalog.key(bundleFolder)).inserted else { continue }
                load(bundleFolder, seen: &seen, in: runtime)
            }
        }
        for (place, bundle) in bundles.enumerated() where bundle.kind == .plugin {
            for required in Set(bundle.manifest.requires) { pluginPlacesRequiring[required, default: []].append(place) }
        }
        registerTools()
        diagnostics += loadTranslations()
        translateManifests()
    }

    /// The state the manifests ran in, settled as a fresh one (``LuaState/settle()``), for the
    /// first caller that asks with the catalog's limits (a ``ToolLoader``, or the catalog itself
    /// for ``toolSummaries()``): a command that loads a tool then makes one Lua state, not two (a
    /// tenth of a headless run's instructions and page faults). The manifests each ran in a
    /// global table of their own, not kept, so the tools find nothing of theirs. Nil for every
    /// later caller, so that no two callers, on any threads, share the state.
    func handOverRuntime(limits: ScriptLimits) -> ContentRuntime? {
        guard limits == self.limits, let taken = runtimeLock.withLock({ runtime.take() }) else { return nil }
        return (try? taken.settle()) != nil ? taken : nil
    }

    private func load(_ folder: URL, seen: inout [String: URL], in runtime: ContentRuntime) {
        let kind: ContentBundle.Kind = FileManager.default.fileExists(
            atPath: folder.appendingPathComponent("module.lua").path) ? .module : .plugin
        let file = kind == .module ? "module.lua" : "plugin.lua"
        let placeholder = ContentBundle(
            kind: kind, id: "\(folder.lastPathComponent)", folder: folder,
            manifest: BundleManifest(id: folder.lastPathComponent, version: "0",
                                     title: LocalizedText(folder.lastPathComponent), author: "", languages: ["en"]))
        let value: LuaValue
        do {
            value = try runtime.isolatedValue(of: file, of: placeholder)
        } catch ProfintError.invalidContent(let problems) {
            diagnostics += problems.map { located($0, in: folder) }
            brokenFolders.append(folder)
            return
        } catch {
            diagnostics.append(.error("\(error)",
                                      at: SourceLocation(bundle: nil, file: folder.appendingPathComponent(file).path)))
            brokenFolders.append(folder)
            return
        }
        var reader = ManifestReader()
        let manifest = reader.manifest(value, kind: kind, folder: folder)
        diagnostics += reader.diagnostics.map { located($0, in: folder) }
        guard let manifest else {
            brokenFolders.append(folder)
            return
        }
        if let first = seen[manifest.id] {
            diagnostics.append(.error(
                "two bundles have the id '\(manifest.id)': \(Catalog.display(first)) and \(Catalog.display(folder)); "
                    + "rename one (the first is used)",
                at: SourceLocation(bundle: nil, file: Catalog.display(folder.appendingPathComponent(file)),
                                   line: manifest.source?.line)))
            return
        }
        seen[manifest.id] = folder
        folderByBundle[manifest.id] = folder
        placeByBundle[manifest.id] = bundles.count
        bundles.append(ContentBundle(kind: kind, id: manifest.id, folder: folder, manifest: manifest))
    }

    private var folderByBundle: [String: URL] = [:]
    /// Each bundle's place in ``bundles``, by id: ``bundle(_:)`` is asked for every manifest and
    /// tool, and a search through the bundles made a catalog's load grow with their square.
    private var placeByBundle: [String: Int] = [:]
    /// The places in ``bundles`` of the plugins that require each bundle id, in order: the
    /// plugins whose catalogs may translate that bundle's texts (`translationCatalogs(for:)`).
    private(set) var pluginPlacesRequiring: [String: [Int]] = [:]

    /// A diagnostic from a bundle whose id is not known yet points at its folder by path.
    private func located(_ diagnostic: Diagnostic, in folder: URL) -> Diagnostic {
        var diagnostic = diagnostic
        if let location = diagnostic.location {
            let bundleKnown = location.bundle.map { folderByBundle[$0] == folder } ?? false
            if !bundleKnown {
                diagnostic.location = SourceLocation(
                    bundle: nil, file: Catalog.display(folder.appendingPathComponent(location.file)),
                    line: location.line)
            }
        }
        return diagnostic
    }

    /// Adds the catalogs of profint's own words a bundle brings among `files`,
    /// `translations/profint.<lang>.po`, to `PhraseBook.shared` (docs/translations.md). A catalog
    /// that cannot be read is an error at its file and line; one that is not used (a shipped
    /// language, or one another bundle brought first) is a warning saying why.
    func registerPhraseCatalogs(of bundle: ContentBundle, files: [String]) {
        for file in files where file.hasPrefix("translations/profint.") {
            let location = SourceLocation(bundle: bundle.id, file: file)
            let name = file.dropFirst("translations/profint.".count).dropLast(".po".count)
            let language = Language.normalise(String(name))
            do {
                let (po, url) = try bundle.readCatalog(file)
                if let declared = po.language, Language.normalise(declared) != language {
                    diagnostics.append(.warning(
                        "the header says Language: \(declared), the file name says '\(language)'; the file name counts",
                        at: location))
                }
                let catalog = try MessageCatalog(po, origin: Catalog.display(url), language: language)
                diagnostics += PhraseBook.placeholderProblems(of: catalog).map { .warning($0, at: location) }
                if let refusal = PhraseBook.shared.add(catalog) { diagnostics.append(.warning(refusal, at: location)) }
            } catch {
                diagnostics += Diagnostic.readingCatalog(error, at: location)
            }
        }
    }

    /// Registers every bundle's tools. A module owns the ids under its own id; a plugin may add
    /// ids under its own id or under a module it requires, never take one that exists: modules
    /// register first, and a second tool with a taken id is an error naming both files (the
    /// owner's tool is the one that runs).
    private func registerTools() {
        let ordered = bundles.filter { $0.kind == .module } + bundles.filter { $0.kind == .plugin }
        for bundle in ordered {
            for (id, file) in bundle.manifest.tools.sorted(by: { $0.key < $1.key }) {
                let namespace = String(id.split(separator: "/").first ?? "")
                if bundle.kind == .plugin && namespace != bundle.id && !bundle.manifest.requires.contains(namespace) {
                    diagnostics.append(.error(
                        "plugin \(bundle.id): tool '\(id)' goes in '\(namespace)', "
                            + "which is neither this plugin nor a module "
                            + "it requires (add requires = { '\(namespace)' } if it adapts that module's tools)",
                        at: bundle.manifest.source))
                    continue
                }
                if let existing = tools[id] {
                    let first = self.bundle(existing.bundle)
                        .map { Catalog.display($0.folder.appendingPathComponent(existing.file)) }
                        ?? existing.file
                    diagnostics.append(.error(
                        "the tool id '\(id)' is taken by \(first); "
                            + "\(Catalog.display(bundle.folder.appendingPathComponent(file))) "
                            + "cannot take it: give this tool an id of its own (the owner's tool is the one that runs)",
                        at: SourceLocation(bundle: bundle.id, file: file)))
                    continue
                }
                tools[id] = ToolEntry(id: id, bundle: bundle.id, file: file)
            }
        }
    }

    public func bundle(_ id: String) -> ContentBundle? {
        guard let place = placeByBundle[id], bundles.indices.contains(place), bundles[place].id == id else {
            return bundles.first { $0.id == id }
        }
        return bundles[place]
    }

    /// The loaded bundles under `folders` (each a bundle or a folder of bundles); all of them
    /// when `folders` is empty.
    public func bundles(under folders: [URL]) -> [ContentBundle] {
        guard !folders.isEmpty else { return bundles }
        let targets = Set(folders.flatMap(SearchPath.bundleFolders(in:)).map(Catalog.key))
        return bundles.filter { targets.contains(Catalog.key($0.folder)) }
    }

    /// A folder's identity: its path, standardised, links resolved.
    static func key(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return BundleFile.realPath(path) ?? path
    }

    public var modules: [ContentBundle] { bundles.filter { $0.kind == .module } }
    public var plugins: [ContentBundle] { bundles.filter { $0.kind == .plugin } }

    /// The tool entries, sorted by id.
    public var toolEntries: [ToolEntry] { tools.values.sorted { $0.id < $1.id } }

    /// The catalog's errors (warnings left out).
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// How a location reads in messages: the file's path from the current folder (or absolute)
    /// and the line: `modules/networks/tools/partner-map.lua:42`.
    public func display(_ location: SourceLocation) -> String {
        guard let id = location.bundle, let folder = folderByBundle[id] else { return location.description }
        let path = Catalog.display(folder.appendingPathComponent(location.file))
        return location.line.map { "\(path):\($0)" } ?? path
    }

    /// A diagnostic as a user reads it: `path:line: error: message`.
    public func display(_ diagnostic: Diagnostic) -> String {
        (diagnostic.location.map { "\(display($0)): " } ?? "")
            + "\(diagnostic.severity.rawValue): \(diagnostic.message)"
    }

    /// A file's path relative to the current folder when it is inside it, else absolute.
    public static func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
