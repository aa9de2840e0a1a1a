import Foundation
import LuaBridge
import ProfintModel

/// Loads tools from a catalog: runs the tool's file, resolves `extends` by loading the base and
/// applying the derived tool's changes, and reads the result into the model.
public final class ToolLoader {
    public let catalog: Catalog
    let runtime: ContentRuntime
    private(set) var loaded: [String: LoadedTool] = [:]
    private var loading: [String] = []
    /// Whether ``release()`` ended the loader.
    private var released = false

    /// A loader with a Lua state of its own: the tools it loads, and the bundles they come from,
    /// share nothing with the catalog's manifests or with another loader's tools. The state is
    /// `spare`, the one a released loader left, when its limits are these; else, for the first
    /// loader of a catalog, the state the manifests ran in, settled as a fresh one: one state,
    /// not two, for a command that loads a tool.
    public init(
        catalog: Catalog, limits: ScriptLimits? = nil, reusing spare: consuming SpareState? = nil,
        print: @escaping (String) -> Void = { _ in }
    ) throws {
        self.catalog = catalog
        let limits = limits ?? .default
        var reused: ContentRuntime?
        if let spare = spare.take(), spare.runtime.state.limits == limits.lua { reused = spare.runtime }
        runtime = try reused ?? catalog.handOverRuntime(limits: limits) ?? ContentRuntime(limits: limits)
        runtime.state.printHandler = print
        for bundle in catalog.bundles { runtime.catalogFolders[bundle.id] = bundle.folder }
    }

    /// Ends the loader and gives its Lua state, settled as a fresh one, to one more loader on
    /// this thread (``init(catalog:limits:reusing:print:)``): making a state and loading the
    /// host's Lua in it is then paid once per thread, not once per loader. The tools it loaded
    /// are let go: neither the loader nor they may be used after (``load(_:)`` refuses).
    /// - Throws: ``ProfintError/scriptFailure(message:location:traceback:)`` when the loader was
    ///   released already: its state went to another loader.
    public func release() throws -> SpareState {
        guard !released else {
            throw ProfintError.scriptFailure(message: "this tool loader was released already",
                                             location: nil, traceback: nil)
        }
        released = true
        loaded = [:]
        try runtime.settle()
        return SpareState(runtime: runtime)
    }

    /// The tool with this id, loaded and derived.
    /// - Throws: ``ProfintError/notFound(_:)`` for an unknown id; ``ProfintError/invalidContent(_:)``
    ///   with every problem, each with its file and line.
    public func load(_ id: String) throws -> LoadedTool {
        guard !released else {
            throw ProfintError.scriptFailure(message: "this tool loader was released: make another",
                                             location: nil, traceback: nil)
        }
        if let done = loaded[id] { return done }
        guard let entry = catalog.tools[id], let bundle = catalog.bundle(entry.bundle) else {
            throw ProfintError.notFound(ToolLoader.unknownTool(id, among: catalog.tools.keys))
        }
        if loading.contains(id) {
            throw ProfintError.invalidContent([.error(
                "tools extend each other in a loop: \((loading + [id]).joined(separator: " → "))",
                at: SourceLocation(bundle: bundle.id, file: entry.file))])
        }
        loading.append(id)
        defer { loading.removeLast() }
        runtime.state.resetLimits()
        let others = bundle.manifest.requires.compactMap(catalog.bundle)
        // The file is read once: run, hashed, and searched for the lines Lua keeps none of.
        let source = try runtime.read(entry.file, of: bundle)
        let raw = try runtime.run(source, named: entry.file, of: bundle, requiring: others)
        let state = runtime.state
        do {
            // Read only the head of what the file returned: the whole tool is copied once, below,
            // sealed just before. Its kind is the host's record, not its __kind field.
            func head(_ field: String) -> LuaValue { (try? state.field(field, of: raw)) ?? .nil }
            guard try state.call(runtime.kindFunction, [.reference(raw)]).first?.stringValue == "tool" else {
                let typeName = (try? raw.value())?.typeName ?? "value"
                throw ProfintError.invalidContent([.error(
                    "the file must return tool { ... }, not \(typeName == "table" ? "another table" : "a \(typeName)")",
                    at: SourceLocation(bundle: bundle.id, file: entry.file))])
            }
            if let declared = head("id").stringValue, declared != id,
               declared != String(id.split(separator: "/").last ?? "") {
                throw ProfintError.invalidContent([.error(
                    "the tool says id = '\(declared)' but is registered as '\(id)'",
                    at: SourceLocation.firstLine(containing: ["id ="], in: source, file: entry.file,
                                                 bundle: bundle.id))])
            }
            try state.setField("id", of: raw, to: .string(id))
            let toolLine = SourceLocation.firstLine(containing: ["return tool", "tool {", "tool{"], in: source,
                                                    file: entry.file, bundle: bundle.id)
            var final = raw
            var base: LoadedTool?
            var hash = ContentHash()
            hash.add(bytes: source)
            if let baseID = head("extends").stringValue {
                if let owner = catalog.tools[baseID]?.bundle, owner != bundle.id,
                   !bundle.manifest.requires.contains(owner) {
                    throw ProfintError.invalidContent([.error(
                        "extends = '\(baseID)', a tool of \(owner), "
                            + "which \(bundle.kind.rawValue) \(bundle.id) does not "
                            + "require: add requires = { '\(owner)' } to its \(bundle.kind.rawValue).lua",
                        at: SourceLocation.firstLine(containing: ["extends"], in: source, file: entry.file,
                                                     bundle: bundle.id))])
                }
                let loadedBase: LoadedTool
                do { loadedBase = try load(baseID) } catch ProfintError.notFound {
                    throw ProfintError.invalidContent([.error(
                        "extends = '\(baseID)': no such tool. "
                            + "\(ToolLoader.unknownTool(baseID, among: catalog.tools.keys))",
                        at: SourceLocation.firstLine(containing: ["extends"], in: source, file: entry.file,
                                                     bundle: bundle.id))])
                }
                // derive reads the changes' stamps (where each was written): the host's, first.
                _ = try state.callForReference(runtime.sealFunction, [.reference(raw)])
                final = try state.callForReference(
                    runtime.deriveFunction, [.reference(loadedBase.table), .reference(raw)])
                hash.add(text: loadedBase.contentHash)
                base = loadedBase
            } else if !(head("changes").tableValue?.isEmpty ?? true) {
                throw ProfintError.invalidContent([.error(
                    "this tool makes changes (remove, modify...) but extends no tool: add extends = 'module/tool'",
                    at: toolLine)])
            }
            // Count before copying: a tool past the limits is refused without copying it.
            let numbered = try state.call(runtime.numberFunction, [.reference(final)]).first?.intValue ?? -1
            if numbered > Int64(ContentLimits.questions) {
                throw ProfintError.invalidContent([.error(
                    "tool \(id) has \(numbered) questions; a tool may have at most \(ContentLimits.questions)",
                    at: toolLine)])
            }
            var value = try runtime.sealedValue(final)
            if value["__where"].isNil, case .table(var table) = value {
                // `return tool { ... }` is a tail call, where Lua keeps no line: use the file's.
                table.fields["__where"] = .string(toolLine.description)
                value = .table(table)
            }
            var reader = ToolReader()
            for bundle in catalog.bundles { reader.languageByBundle[bundle.id] = bundle.language }
            // The owners whose catalogs translate the tool: its own id, then its bases'.
            let owners = [id] + (base?.chain.map(\.tool.id) ?? [])
            let tool = ToolTranslator(catalog: catalog, chain: owners)
                .translated(reader.tool(value, id: id, bundle: bundle.id, languages: bundle.manifest.languages))
            var diagnostics = reader.diagnostics
            for problem in value["__errors"].tableValue?.array ?? [] {
                diagnostics.append(.error(problem["message"].stringValue ?? "a change failed",
                                          at: SourceLocation(lua: problem["where"].stringValue,
                                                             bundle: problem["bundle"].stringValue)))
            }
            let errors = diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty { throw ProfintError.invalidContent(diagnostics) }
            let read = tool.steps.reduce(0) { $0 + $1.questions.count }
            guard numbered == read else {
                throw ProfintError.invalidContent([.error(
                    "the tool changed while it was read (\(numbered) questions numbered, \(read) read)", at: toolLine)])
            }
            let result = LoadedTool(
                tool: tool, warnings: diagnostics, table: final, runtime: runtime, base: base,
                languageByBundle: reader.languageByBundle, contentHash: hash.hex)
            loaded[id] = result
            return result
        } catch let error as LuaError {
            // A value that cannot cross into the host (a cycle, a boolean key, text that is not
            // UTF-8) has no line of its own: it is the tool file's.
            let location = SourceLocation(lua: error.location, bundle: bundle.id)
                ?? SourceLocation(bundle: bundle.id, file: entry.file)
            throw ProfintError.invalidContent([.error(error.message, at: location)])
        }
    }

    /// "no tool 'x'", with the nearest ids as suggestions.
    static func unknownTool(_ id: String, among ids: some Collection<String>) -> String {
        let near = ids.filter {
            $0.contains(id) || id.contains($0) || $0.split(separator: "/").last == id.split(separator: "/").last
        }.sorted()
        let hint = near.isEmpty ? " (profint list shows the tools)"
            : "; did you mean \(near.prefix(3).joined(separator: ", "))?"
        return "no tool '\(id)'\(hint)"
    }
}

/// The Lua state a released ``ToolLoader`` left, settled as a fresh one, for one more loader on
/// the same thread. Not copyable: a state serves one loader at a time.
public struct SpareState: ~Copyable {
    let runtime: ContentRuntime
}
