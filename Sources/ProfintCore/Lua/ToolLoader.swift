import Foundation
import LuaBridge

/// A tool ready to run: its model, and its final Lua table in the runtime that loaded it.
public final class LoadedTool {
    public let tool: Tool
    /// Warnings found while loading (unknown fields...). Errors stop the load instead.
    public let warnings: [Diagnostic]
    /// The tool's table after derivation, as the session driver walks it.
    let table: LuaReference
    let runtime: ContentRuntime
    /// The bundles whose code the tool runs, derived first: where a Lua error's file is looked up.
    let bundleChain: [String]
    /// Each bundle's first language: the language of its plain-string texts.
    let languageByBundle: [String: String]
    /// A hash of the files the tool is made of (its own and its bases'), to tell when it changed.
    public let contentHash: String

    /// The most memory the tool's Lua state has used, in bytes.
    public var peakLuaMemory: Int { runtime.state.peakMemory }

    init(
        tool: Tool, warnings: [Diagnostic], table: LuaReference, runtime: ContentRuntime, bundleChain: [String],
        languageByBundle: [String: String], contentHash: String
    ) {
        self.languageByBundle = languageByBundle
        self.contentHash = contentHash
        self.tool = tool
        self.warnings = warnings
        self.table = table
        self.runtime = runtime
        self.bundleChain = bundleChain
    }

    /// A Lua error from this tool's code as a script failure naming its bundle's file.
    func failure(_ error: LuaError) -> ProfintError {
        let bundle = error.file.flatMap { file in
            bundleChain.first { id in
                runtime.catalogFolders[id].map { FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path) } ?? false
            }
        } ?? bundleChain.first
        return ProfintError.script(error, bundle: bundle)
    }
}

/// Loads tools from a catalog: runs the tool's file, resolves `extends` by loading the base and
/// applying the derived tool's changes, and reads the result into the model.
public final class ToolLoader {
    public let catalog: Catalog
    let runtime: ContentRuntime
    private var loaded: [String: LoadedTool] = [:]
    private var loading: [String] = []

    /// A loader with its own Lua state (for one run), or sharing the catalog's.
    public init(catalog: Catalog, limits: LuaLimits? = nil, print: @escaping (String) -> Void = { _ in }) throws {
        self.catalog = catalog
        if let limits {
            runtime = try ContentRuntime(limits: limits, print: print)
        } else {
            runtime = catalog.runtime
            runtime.state.printHandler = print
        }
        for bundle in catalog.bundles { runtime.catalogFolders[bundle.id] = bundle.folder }
    }

    /// The tool with this id, loaded and derived.
    /// - Throws: ``ProfintError/notFound(_:)`` for an unknown id; ``ProfintError/invalidContent(_:)``
    ///   with every problem, each with its file and line.
    public func load(_ id: String) throws -> LoadedTool {
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
        let raw = try runtime.run(entry.file, of: bundle, requiring: others)
        let state = runtime.state
        do {
            let head = try raw.value()
            guard head["__kind"].stringValue == "tool" else {
                throw ProfintError.invalidContent([.error(
                    "the file must return tool { ... }, not \(head.typeName == "table" ? "another table" : "a \(head.typeName)")",
                    at: SourceLocation(bundle: bundle.id, file: entry.file))])
            }
            if let declared = head["id"].stringValue, declared != id, declared != String(id.split(separator: "/").last ?? "") {
                throw ProfintError.invalidContent([.error(
                    "the tool says id = '\(declared)' but is registered as '\(id)'",
                    at: SourceLocation.firstLine(containing: ["id ="], in: entry.file, of: bundle.folder, bundle: bundle.id))])
            }
            try state.setField("id", of: raw, to: .string(id))
            let toolLine = SourceLocation.firstLine(containing: ["return tool", "tool {", "tool{"], in: entry.file, of: bundle.folder, bundle: bundle.id)
            if head["__where"].isNil { try state.setField("__where", of: raw, to: .string(toolLine.description)) }
            var final = raw
            var chain = [bundle.id]
            var hash = ContentHash()
            hash.add(file: bundle.folder.appendingPathComponent(entry.file))
            if let baseID = head["extends"].stringValue {
                let base: LoadedTool
                do { base = try load(baseID) } catch ProfintError.notFound {
                    throw ProfintError.invalidContent([.error(
                        "extends = '\(baseID)': no such tool. \(ToolLoader.unknownTool(baseID, among: catalog.tools.keys))",
                        at: SourceLocation.firstLine(containing: ["extends"], in: entry.file, of: bundle.folder, bundle: bundle.id))])
                }
                final = try state.callForReference(runtime.deriveFunction, [.reference(base.table), .reference(raw)])
                chain += base.bundleChain
                hash.add(text: base.contentHash)
            } else if !(head["changes"].tableValue?.isEmpty ?? true) {
                throw ProfintError.invalidContent([.error(
                    "this tool makes changes (remove, modify...) but extends no tool: add extends = 'module/tool'",
                    at: toolLine)])
            }
            let value = try final.value()
            var reader = ToolReader()
            for bundle in catalog.bundles { reader.languageByBundle[bundle.id] = bundle.language }
            let tool = reader.tool(value, id: id, bundle: bundle.id, languages: bundle.manifest.languages)
            var diagnostics = reader.diagnostics
            for problem in value["__errors"].tableValue?.array ?? [] {
                diagnostics.append(.error(problem["message"].stringValue ?? "a change failed",
                                          at: SourceLocation(lua: problem["where"].stringValue, bundle: problem["bundle"].stringValue)))
            }
            let errors = diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty { throw ProfintError.invalidContent(diagnostics) }
            let result = LoadedTool(tool: tool, warnings: diagnostics, table: final, runtime: runtime, bundleChain: chain,
                                    languageByBundle: reader.languageByBundle, contentHash: hash.hex)
            loaded[id] = result
            return result
        } catch let error as LuaError {
            throw ProfintError.invalidContent([.error(error.message, at: SourceLocation(lua: error.location, bundle: bundle.id))])
        }
    }

    /// "no tool 'x'", with the nearest ids as suggestions.
    static func unknownTool(_ id: String, among ids: some Collection<String>) -> String {
        let near = ids.filter { $0.contains(id) || id.contains($0) || $0.split(separator: "/").last == id.split(separator: "/").last }.sorted()
        let hint = near.isEmpty ? " (profint list shows the tools)" : "; did you mean \(near.prefix(3).joined(separator: ", "))?"
        return "no tool '\(id)'\(hint)"
    }
}

/// FNV-1a, 64 bits: enough to notice that a tool's files changed between two runs.
struct ContentHash {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    mutating func add(file: URL) { add(bytes: FileManager.default.contents(atPath: file.path) ?? Data()) }

    mutating func add(text: String) { add(bytes: text.utf8) }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
