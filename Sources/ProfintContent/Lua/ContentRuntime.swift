import Foundation
import LuaBridge
import ProfintModel

/// A sandboxed Lua state with the authoring API, where bundles' manifests and tools load and
/// tools run. Each bundle gets its own global table; `require` in it finds the bundle's own Lua
/// files and those of the bundles it requires.
final class ContentRuntime {
    let state: LuaState
    let deriveFunction: LuaReference
    let driveFunction: LuaReference
    let graphFunction: LuaReference
    let sealFunction: LuaReference
    let kindFunction: LuaReference
    let numberFunction: LuaReference
    private let installFunction: LuaReference
    private var environments: [String: LuaReference] = [:]
    /// Bundle folders by id, to find which bundle a Lua error's file belongs to.
    var catalogFolders: [String: URL] = [:]

    /// - Parameter print: where scripts' `print` output goes.
    init(limits: ScriptLimits = .default, print: @escaping (String) -> Void = { _ in }) throws {
        state = try LuaState(limits: limits.lua)
        state.printHandler = print
        let environment = try state.makeEnvironment()
        let source = AuthoringSource.text
        let chunk = try state.load(AuthoringBytecode.chunk, source: source, environment: environment)
        let library = try state.callForReference(chunk, [
            .function(try state.locationFunction()), ContentRuntime.schema, .function(try state.hostYield()),
            .function(try ContentRuntime.suggestFunction(in: state)),
        ])
        let state = self.state
        func member(_ name: String) throws -> LuaReference {
            guard let function = try state.field(name, of: library).functionValue else {
                throw LuaError(.runtime, "authoring library: no \(name)")
            }
            return function
        }
        deriveFunction = try member("derive")
        driveFunction = try member("drive")
        graphFunction = try member("graph")
        sealFunction = try member("seal")
        kindFunction = try member("kind")
        numberFunction = try member("number")
        installFunction = try member("install")
        state.resetLimits()
    }

    /// Makes the state as a fresh one for a new owner: the bundles' global tables are let go
    /// and the state settled (``LuaState/settle()``).
    func settle() throws {
        environments = [:]
        try state.settle()
    }

    /// The authoring schema as the Lua API receives it.
    private static var schema: LuaValue {
        let kinds: [(String, [AuthoringSchema.Field])] = [
            ("tool", AuthoringSchema.tool), ("step", AuthoringSchema.step), ("question", AuthoringSchema.question),
            ("option", AuthoringSchema.option),
        ]
        return .map([
            "kinds": .array(AuthoringSchema.kinds.map { .string($0.rawValue) }),
            "own": .array(AuthoringSchema.derivedOwnFields.map(LuaValue.string)),
            "changes": .array(AuthoringSchema.changes.map { .string($0.name) }),
            "fields": .map(Dictionary(uniqueKeysWithValues: kinds.map { kind, fields in
                (kind, LuaValue.array(fields.map { .string($0.name) }))
            })),
            "translatable_by_kind": .map(Dictionary(uniqueKeysWithValues: kinds.map { kind, fields in
                (kind, LuaValue.array(fields.filter(\.translatable).map { .string($0.name) }))
            })),
        ])
    }

    /// `suggest(name, names)` for the Lua API: "did you mean ...?" for the names near `name`, or
    /// nil (``NameSuggestion``, the one place profint suggests names).
    private static func suggestFunction(in state: LuaState) throws -> LuaReference {
        try state.function { arguments in
            guard let name = arguments.first?.stringValue else { return [.nil] }
            let names = (arguments.dropFirst().first?.tableValue?.array ?? []).compactMap(\.stringValue)
            return [NameSuggestion.didYouMean(name, among: names).map(LuaValue.string) ?? .nil]
        }
    }

    /// Puts the authoring API of `bundle`, in `language`, into `environment` (`install` in
    /// authoring.lua): the one way a script environment gets it, for scripts and editor support.
    func installAPI(in environment: LuaReference, bundle: String, language: String) throws {
        _ = try state.call(installFunction, [.reference(environment), .string(bundle), .string(language)])
    }

    /// The global table of a bundle's scripts, made on first use; with `shared: false` a new one
    /// that is not kept (what the script leaves in it goes with it).
    func environment(
        for bundle: ContentBundle, requiring others: [ContentBundle] = [], shared: Bool = true
    ) throws -> LuaReference {
        let key = ([bundle.id, bundle.language] + others.map(\.id)).joined(separator: " ")
        if shared, let existing = environments[key] { return existing }
        let folders = [LuaSearchFolder(url: bundle.folder)]
            + others.map { LuaSearchFolder(url: $0.folder, chunkPrefix: "\($0.id):") }
        let environment = try state.makeEnvironment(searchPath: folders)
        try installAPI(in: environment, bundle: bundle.id, language: bundle.language)
        if shared { environments[key] = environment }
        return environment
    }

    /// Runs a file of a bundle and keeps what it returns.
    /// - Throws: ``ProfintError/invalidContent(_:)`` naming the file and line.
    func run(
        _ file: String, of bundle: ContentBundle, requiring others: [ContentBundle] = [], shared: Bool = true
    ) throws -> LuaReference {
        try run(read(file, of: bundle), named: file, of: bundle, requiring: others, shared: shared)
    }

    /// The bytes of a file of a bundle, read from inside the bundle only.
    /// - Throws: ``ProfintError/invalidContent(_:)`` at the file when it leads out or cannot be read.
    func read(_ file: String, of bundle: ContentBundle) throws -> [UInt8] { Array(try bundle.contents(of: file)) }

    /// Runs the source of a file of a bundle, already read, and keeps what it returns.
    func run(
        _ source: [UInt8], named file: String, of bundle: ContentBundle, requiring others: [ContentBundle] = [],
        shared: Bool = true
    ) throws -> LuaReference {
        do {
            let environment = try environment(for: bundle, requiring: others, shared: shared)
            let chunk = try state.load(bytes: source, chunkName: file, environment: environment)
            return try state.callForReference(chunk)
        } catch let error as LuaError {
            let location = SourceLocation(lua: error.location, bundle: bundle.id)
                ?? SourceLocation(bundle: bundle.id, file: file)
            var message = error.message
            if let prefix = error.location.map({ "\($0): " }), message.hasPrefix(prefix) {
                message.removeFirst(prefix.count)
            }
            throw ProfintError.invalidContent([.error(message, at: location)])
        }
    }

    /// Memory a file may leave behind before the next file gets a full collection first.
    static let leftoverToCollect = 1 << 20

    /// Runs a file of a bundle in a global table of its own and copies what it returns, then frees
    /// everything it left behind, with a fresh budget: what one bundle's manifest or file does
    /// (hoarding memory, spending instructions) cannot reach the next one read in this state.
    func isolatedValue(
        of file: String, of bundle: ContentBundle, requiring others: [ContentBundle] = []
    ) throws -> LuaValue {
        state.resetLimits()
        let before = state.memoryInUse
        defer {
            // A full collection walks the whole heap: worth it when the file left much behind.
            if state.memoryInUse > before + ContentRuntime.leftoverToCollect { state.collectGarbage() }
            state.resetLimits()
        }
        let reference = try run(file, of: bundle, requiring: others, shared: false)
        do { return try sealedValue(reference) } catch let error as LuaError {
            throw ProfintError.invalidContent([.error(
                error.message, at: SourceLocation(bundle: bundle.id, file: file))])
        }
    }

    /// The value a script returned, its stamps rewritten from the host's own record (`seal` in
    /// authoring.lua) and copied into Swift.
    func sealedValue(_ reference: LuaReference) throws -> LuaValue {
        try state.call(sealFunction, [.reference(reference)]).first ?? .nil
    }
}
