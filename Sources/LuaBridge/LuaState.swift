import CLua
import CLuaShim
import Foundation

/// One sandboxed Lua 5.4 state with its limits.
///
/// Scripts see only the safe libraries (base, string, table, math, utf8, coroutine, `os` clock
/// and dates, `debug.traceback`), load text chunks only, and `require` only files under the
/// folders the host names for their environment. Every script runs under the state's
/// ``LuaLimits``.
///
/// A state is not thread-safe: use it from one thread at a time. Closing it (or dropping the
/// last reference) releases every Swift closure it holds.
public final class LuaState {
    /// Where `print` and `warn` output goes; by default it is dropped. At most
    /// ``LuaLimits/outputBytes`` per run reach it, then one notice.
    public var printHandler: (String) -> Void = { _ in }

    /// The limits this state enforces.
    public let limits: LuaLimits

    let runtime: UnsafeMutablePointer<shim_runtime>
    private(set) var main: OpaquePointer?
    /// The thread host code must use for stack work: the main thread, or the coroutine whose
    /// call into Swift is running.
    var current: OpaquePointer?
    private var hostFunctions: [HostFunctionBox] = []
    /// The sandbox's environment factory, kept by registry index so the state holds no
    /// reference to itself.
    private var newEnvironment: Int32 = LUA_NOREF
    /// The sandbox's `settle` (see ``settle()``), by registry index.
    private var settleFunction: Int32 = LUA_NOREF
    private var requireRoots: [[LuaSearchFolder]] = []
    /// The weak-keyed set of threads that run a top level (see ``LuaCoroutine``), by registry index.
    private var sealedThreads: Int32 = LUA_NOREF
    /// The real `coroutine.yield`, by registry index, for ``hostYield()``.
    private var rawYield: Int32 = LUA_NOREF
    /// Chunk names (`=name`) of the host's own Lua code: errors are never located in them.
    private(set) var hostChunks: Set<String> = []
    /// Output bytes written in this run, and whether the cap's notice was given.
    private var outputUsed = 0
    /// The last error a host function threw, to attach to the Lua error it became.
    var lastHostError: (message: String, error: any Error)?

    /// Creates a sandboxed state.
    /// - Parameters:
    ///   - limits: the instruction budget and memory cap.
    ///   - randomSeed: the seed of `math.random`, so runs are repeatable.
    public init(limits: LuaLimits = .default, randomSeed: Int64 = 0) throws {
        self.limits = limits
        runtime = .allocate(capacity: 1)
        runtime.initialize(to: shim_runtime(
            memory_used: 0, memory_peak: 0, memory_cap: limits.memoryCap, lua_depth: 0,
            instruction_budget: Int64(limits.instructionBudget), instructions_used: 0,
            hook_interval: Int32(limits.checkInterval), limit_hit: SHIM_LIMIT_NONE,
            dispatch: hostDispatch))
        guard let state = shim_newstate(runtime) else {
            runtime.deallocate()
            throw LuaError(.memoryLimit, "not enough memory to create a Lua state")
        }
        main = state
        current = state
        do {
            try installSandbox(randomSeed: randomSeed)
        } catch {
            close()
            throw error
        }
        resetLimits()
    }

    deinit { close() }

    /// Closes the state and releases every Swift closure it holds. Safe to call twice.
    public func close() {
        guard let state = main else { return }
        runtime.pointee.limit_hit = SHIM_LIMIT_INSTRUCTIONS   // finalizers get no budget
        lua_close(state)
        main = nil
        current = nil
        hostFunctions.removeAll()
        runtime.deallocate()
    }

    /// Whether ``close()`` has been called.
    public var isClosed: Bool { main == nil }

    /// Bytes the state holds now.
    public var memoryInUse: Int { isClosed ? 0 : runtime.pointee.memory_used }

    /// The most bytes the state has held.
    public var peakMemory: Int { isClosed ? 0 : runtime.pointee.memory_peak }

    /// VM instructions used since the last ``resetLimits()``, to the check interval.
    public var instructionsUsed: Int { isClosed ? 0 : Int(runtime.pointee.instructions_used) }

    /// The limit scripts hit since the last ``resetLimits()`` (`.instructionLimit` or
    /// `.memoryLimit`), or nil: a limit hit is sticky until then.
    public var limitHit: LuaError.Kind? {
        guard !isClosed else { return nil }
        switch runtime.pointee.limit_hit {
        case SHIM_LIMIT_INSTRUCTIONS: return .instructionLimit
        case SHIM_LIMIT_MEMORY: return .memoryLimit
        default: return nil
        }
    }

    /// Frees everything no script can reach any more (a full garbage collection), from the host.
    /// Scripts cannot set finalizers in the sandbox, so no script code runs here.
    public func collectGarbage() {
        guard let state = main else { return }
        shim_collect_garbage(state)
    }

    /// Gives scripts a fresh instruction budget and output allowance and clears a limit hit, for
    /// a new run.
    public func resetLimits() {
        guard let state = main else { return }
        shim_reset_limits(state)
        outputUsed = 0
    }

    /// Passes script output to ``printHandler`` up to ``LuaLimits/outputBytes`` per run.
    private func emit(_ text: String) {
        let cap = limits.outputBytes
        guard outputUsed <= cap else { return }
        outputUsed += text.utf8.count + 1
        if outputUsed <= cap {
            printHandler(text)
        } else {
            printHandler("[output limit of \(LuaState.formatBytes(cap)) per run reached: further output is dropped]")
        }
    }

    /// The real `coroutine.yield`, for host Lua code (such as a session driver run with
    /// ``LuaCoroutine``) that must yield to Swift even where scripts may not. Never give it to
    /// a script's environment.
    public func hostYield() throws -> LuaReference {
        let state = try thread()
        lua_rawgeti(state, shim_registryindex(), lua_Integer(rawYield))
        return LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
    }

    /// Marks the thread on top of `host`'s stack as running a top level (not a coroutine, for
    /// scripts). Leaves the stack as it was.
    func seal(threadOnTop host: OpaquePointer) {
        lua_rawgeti(host, shim_registryindex(), lua_Integer(sealedThreads))
        lua_pushvalue(host, -2)
        lua_pushboolean(host, 1)
        lua_rawset(host, -3)
        shim_pop(host, 1)
    }

    /// The thread for stack work, or an error once closed.
    func thread() throws -> OpaquePointer {
        guard let state = current else { throw LuaError(.closed, "the Lua state is closed") }
        return state
    }

    // MARK: Sandbox

    private func installSandbox(randomSeed: Int64) throws {
        guard let state = main else { return }
        let status = shim_open_safe_libs(state)
        guard status == LUA_OK else {
            let message = (try? string(at: -1, in: state)) ?? "unknown error"
            throw LuaError(.runtime, "cannot open the Lua libraries: \(message)")
        }
        shim_newtable(state)
        shim_newtable(state)
        lua_pushstring(state, "k")
        lua_setfield(state, -2, "__mode")
        _ = lua_setmetatable(state, -2)
        sealedThreads = luaL_ref(state, shim_registryindex())
        _ = lua_getglobal(state, "coroutine")
        _ = lua_getfield(state, -1, "yield")
        rawYield = luaL_ref(state, shim_registryindex())
        shim_pop(state, 1)
        shim_push_budget_functions(state)
        let budget = LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
        lua_rawgeti(state, shim_registryindex(), lua_Integer(sealedThreads))
        let sealed = LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
        shim_push_format_maker(state)
        let formatMaker = LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
        let matcher = try load(HostBytecode.matcher, source: PatternMatcher.source, environment: nil)
        let hooks = LuaValue.map([
            "print": .function(try function { [weak self] arguments in
                self?.emit(arguments.first?.stringValue ?? "")
                return []
            }),
            "find_module": .function(try function { [weak self] arguments in
                guard let self else { return [] }
                return self.findModule(roots: arguments.first?.intValue, name: arguments.dropFirst().first ?? .nil)
            }),
            "budget": .reference(budget),
            "hiding_format": .reference(formatMaker),
            "sealed": .reference(sealed),
            "matcher": .function(matcher),
            "pattern_cost_limit": .integer(Int64(limits.patternCostLimit)),
        ])
        let setup = try load(HostBytecode.sandbox, source: LuaState.sandboxSource, environment: nil)
        let made = try call(setup, [hooks, .integer(randomSeed)])
        guard made.count == 2, case .function(let factory) = made[0], case .function(let settle) = made[1] else {
            throw LuaError(.runtime, "the sandbox did not set up")
        }
        lua_rawgeti(state, shim_registryindex(), lua_Integer(factory.ref))
        newEnvironment = luaL_ref(state, shim_registryindex())
        lua_rawgeti(state, shim_registryindex(), lua_Integer(settle.ref))
        settleFunction = luaL_ref(state, shim_registryindex())
    }

    /// Makes the state, to the scripts that run next, as a fresh one, for a new owner (the
    /// catalog's state passing to a tool loader): output a script left without its newline goes
    /// to the print handler now, `math.random` starts again from the state's seed, objects are
    /// numbered from 1 again (`table: #1`), everything no script can reach is freed, and the
    /// limits and the peak of memory are reset. What scripts left in environments the owner
    /// kept stays: the owner drops them first.
    public func settle() throws {
        let state = try thread()
        lua_rawgeti(state, shim_registryindex(), lua_Integer(settleFunction))
        let settle = LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
        resetLimits()
        _ = try call(settle)
        collectGarbage()
        resetLimits()
        runtime.pointee.memory_peak = runtime.pointee.memory_used
    }

    /// The sandbox's source, `Lua/sandbox.lua`, embedded at build time (read once per process).
    private static let sandboxSource = String(decoding: PackageResources.sandbox_lua, as: UTF8.self)

    /// A fresh global table for one script or bundle, with its own copy of the builtins (the
    /// library tables in it are shared and read-only).
    ///
    /// - Parameter searchPath: the folders `require "a.b"` searches for `a/b.lua`, then
    ///   `a/b/init.lua`, in order. With none, `require` finds nothing.
    public func makeEnvironment(searchPath: [LuaSearchFolder] = []) throws -> LuaReference {
        let state = try thread()
        requireRoots.append(searchPath)
        lua_rawgeti(state, shim_registryindex(), lua_Integer(newEnvironment))
        let factory = LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
        return try callForReference(factory, [.integer(Int64(requireRoots.count - 1))])
    }

    /// Finds and compiles a module for `require`: the compiled chunk (its `_ENV` set by the
    /// sandbox) and the file name errors give it, or nil and why not.
    private func findModule(roots: Int64?, name: LuaValue) -> [LuaValue] {
        guard let name = name.stringValue else { return [.nil, "require: module name must be a string"] }
        guard let roots, roots >= 0, roots < requireRoots.count else { return [.nil, "require: no search path"] }
        let folders = requireRoots[Int(roots)]
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !name.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
        guard valid else {
            return [.nil, .string(
                "require: '\(name)' is not a module name (use letters, digits, _ and -, parts joined by dots)")]
        }
        let base = parts.joined(separator: "/")
        var searched: [String] = []
        for folder in folders {
            for relative in [base + ".lua", base + "/init.lua"] {
                let chunkName = folder.chunkPrefix + relative
                searched.append(chunkName)
                switch ModuleFile.read(relative, in: folder.url) {
                case .missing:
                    continue
                case .refused(let why):
                    return [.nil, .string("require '\(name)': \(chunkName) \(why)")]
                case .found(let bytes):
                    do {
                        return [.function(try load(bytes: bytes, chunkName: chunkName, environment: nil)),
                                .string(chunkName)]
                    } catch let error as LuaError {
                        return [.nil, .string(error.message)]
                    } catch {
                        return [.nil, .string("require '\(name)': \(error)")]
                    }
                }
            }
        }
        let list = searched.isEmpty ? "no folders to search" : "searched " + searched.joined(separator: ", ")
        return [.nil, .string("module '\(name)' not found (\(list)); "
                              + "only Lua files of the bundle can be required, C modules are not available")]
    }

    // MARK: Loading

    /// Compiles a text chunk. Binary chunks are refused.
    /// - Parameters:
    ///   - chunkName: how errors name the chunk: a path such as `tools/map.lua`, or a name
    ///     starting with `=` to use it verbatim. Chunks named with `=` are the host's own code:
    ///     errors are located at the script line that called into them, never inside them.
    ///   - environment: the chunk's global table (from ``makeEnvironment(searchPath:)``).
    /// A chunk named with a leading `=` is the host's own: it is compiled once per process and
    /// later states load its bytecode (``HostChunkCache``).
    public func load(source: String, chunkName: String, environment: LuaReference?) throws -> LuaReference {
        try load(source: source, chunkName: chunkName, environment: environment, precompiled: nil)
    }

    /// The host's own chunk `precompiled.name`, compiled from `source`, as
    /// ``load(source:chunkName:environment:)`` does; even the first state of a process loads it
    /// from bytecode (made by `scripts/precompile-lua`), when that is the bytecode of `source`.
    public func load(
        _ precompiled: PrecompiledChunk, source: String, environment: LuaReference?
    ) throws -> LuaReference {
        try load(source: source, chunkName: precompiled.name, environment: environment, precompiled: precompiled)
    }

    private func load(
        source: String, chunkName: String, environment: LuaReference?, precompiled: PrecompiledChunk?
    ) throws -> LuaReference {
        guard chunkName.hasPrefix("=") else {
            return try load(bytes: Array(source.utf8), chunkName: chunkName, environment: environment)
        }
        hostChunks.insert(chunkName)
        let state = try thread()
        if let bytecode = HostChunkCache.shared.bytecode(name: chunkName, source: source),
           loadBinary(bytecode[...], as: chunkName, on: state) {
            return try finish(loaded: state, environment: environment)
        }
        if let precompiled, precompiled.matches(source),
           loadBinary(precompiled.bytecode, as: chunkName, on: state) {
            HostChunkCache.shared.keep(name: chunkName, source: source, bytecode: Array(precompiled.bytecode))
            return try finish(loaded: state, environment: environment)
        }
        let reference = try load(bytes: Array(source.utf8), chunkName: chunkName, environment: nil)
        try reference.push(on: state)
        HostChunkCache.shared.keep(name: chunkName, source: source, from: state)
        shim_pop(state, 1)
        guard let environment else { return reference }
        try reference.push(on: state)
        return try finish(loaded: state, environment: environment)
    }

    /// Pushes the host's binary chunk `bytes` onto `state`; false, and the stack as it was, when
    /// this Lua cannot load it.
    private func loadBinary(_ bytes: ArraySlice<UInt8>, as name: String, on state: OpaquePointer) -> Bool {
        let status = bytes.withUnsafeBufferPointer { shim_load_binary(state, $0.baseAddress, $0.count, name) }
        if status != LUA_OK { shim_pop(state, 1) }
        return status == LUA_OK
    }

    /// Sets the environment of the chunk on top of `state` and keeps it in the registry.
    private func finish(loaded state: OpaquePointer, environment: LuaReference?) throws -> LuaReference {
        if let environment {
            try environment.push(on: state)
            _ = shim_set_env(state, -2)
        }
        return LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
    }

    /// Compiles a text chunk given as bytes: as in stock Lua, string literals may hold any byte
    /// (a Latin-1 file loads); only strings that cross into Swift as text must be UTF-8.
    public func load(bytes: [UInt8], chunkName: String, environment: LuaReference?) throws -> LuaReference {
        let state = try thread()
        let name = chunkName.hasPrefix("=") || chunkName.hasPrefix("@") ? chunkName : "@" + chunkName
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    shim_load_text(state, $0, buffer.count, name)
                }
            } ?? shim_load_text(state, "", 0, name)
        }
        guard status == LUA_OK else {
            let message = (try? string(at: -1, in: state, what: "the syntax error")) ?? "cannot load \(chunkName)"
            shim_pop(state, 1)
            let kind: LuaError.Kind = status == LUA_ERRMEM ? .memoryLimit : .syntax
            throw LuaError(kind, message, location: LuaState.location(in: message))
        }
        if let environment {
            try environment.push(on: state)
            _ = shim_set_env(state, -2)
        }
        return LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
    }

    /// Reads and compiles a text file. `chunkName` is the path errors show, e.g. relative to a bundle.
    public func load(file: URL, chunkName: String, environment: LuaReference?) throws -> LuaReference {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw LuaError(.file, "\(chunkName): cannot read \(file.path)")
        }
        return try load(bytes: Array(data), chunkName: chunkName, environment: environment)
    }

    /// `chunk:line` at the start of a Lua message, if it has one.
    static func location(in message: String) -> String? {
        let parts = message.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, Int(parts[1]) != nil else { return nil }
        return "\(parts[0]):\(parts[1])"
    }

    // MARK: Host functions

    /// Makes a Swift closure callable from Lua.
    ///
    /// The closure gets the call's arguments and returns its results. If it throws, Lua sees an
    /// error with the caller's position, which `pcall` can catch; uncaught, it reaches Swift as
    /// a ``LuaError`` of kind `.host` with the thrown error as `underlying`. The closure is
    /// retained until the state closes; capture the state weakly to avoid a cycle.
    public func function(_ body: @escaping ([LuaValue]) throws -> [LuaValue]) throws -> LuaReference {
        let state = try thread()
        let box = HostFunctionBox(state: self, body: body)
        hostFunctions.append(box)
        shim_push_host_function(state, Unmanaged.passUnretained(box).toOpaque())
        return LuaReference(state: self, ref: luaL_ref(state, shim_registryindex()))
    }

    /// A Lua function `where(level)` that returns `"chunk:line"` of the Lua function `level`
    /// calls up from its caller (1: the caller itself), or nil. Lets a Lua library record where
    /// its users called it, without giving them the debug library.
    public func locationFunction() throws -> LuaReference {
        try function { [weak self] arguments in
            guard let thread = self?.current else { return [.nil] }
            let level = Int32(clamping: arguments.first?.intValue ?? 1)
            var buffer = [CChar](repeating: 0, count: 256)
            guard level >= 0, shim_where_at(thread, level, &buffer, buffer.count) != 0 else { return [.nil] }
            return [.string(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))]
        }
    }

    /// `chunk:line` where a Lua function is defined, if it is one.
    func definition(of function: LuaReference) -> String? {
        guard let state = current, (try? function.push(on: state)) != nil else { return nil }
        var buffer = [CChar](repeating: 0, count: 256)
        guard shim_defined_at(state, &buffer, buffer.count) != 0 else { return nil }
        let place = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The host's own Lua code (the sandbox, a library the host loaded) is no place to name:
        // the caller knows which script the value came from.
        let chunk = "=" + (place.split(separator: ":").first.map(String.init) ?? "")
        return hostChunks.contains(chunk) ? nil : place
    }

    /// Sets `table[key] = value` without metamethods.
    public func setField(_ key: String, of table: LuaReference, to value: LuaValue) throws {
        let state = try thread()
        try table.push(on: state)
        guard lua_type(state, -1) == LUA_TTABLE else {
            shim_pop(state, 1)
            throw LuaError(.conversion, "setField: the reference is not a table")
        }
        try push(value, on: state)
        key.withCString { _ = lua_setfield_raw(state, $0) }
        shim_pop(state, 1)
    }

    /// Reads `table[key]` without metamethods.
    public func field(_ key: String, of table: LuaReference) throws -> LuaValue {
        let state = try thread()
        try table.push(on: state)
        defer { shim_pop(state, 1) }
        guard lua_type(state, -1) == LUA_TTABLE else {
            throw LuaError(.conversion, "field: the reference is not a table")
        }
        lua_pushlstring(state, key, key.utf8.count)
        lua_rawget(state, -2)
        defer { shim_pop(state, 1) }
        return try value(at: -1, in: state)
    }

    // MARK: Calls

    /// Calls a Lua function and returns its results, tables copied deeply.
    ///
    /// The call runs in a fresh coroutine so that errors, limits included, keep their traceback;
    /// a function that yields here is an error of kind `.coroutine`.
    public func call(_ function: LuaReference, _ arguments: [LuaValue] = []) throws -> [LuaValue] {
        try withCall(function, arguments) { co, count in
            do { return try values(top: count, in: co, what: "result") } catch let error as LuaError {
                throw error.returned(by: definition(of: function))
            }
        }
    }

    /// Calls a Lua function and keeps its first result in the state, as a reference (to nil when
    /// it returned nothing).
    public func callForReference(_ function: LuaReference, _ arguments: [LuaValue] = []) throws -> LuaReference {
        try withCall(function, arguments) { co, count in
            if count == 0 { lua_pushnil(co) }
            lua_settop(co, lua_gettop(co) - Int32(max(count, 1)) + 1)
            return LuaReference(state: self, ref: luaL_ref(co, shim_registryindex()))
        }
    }

    private func withCall<T>(
        _ function: LuaReference, _ arguments: [LuaValue], results: (OpaquePointer, Int) throws -> T
    ) throws -> T {
        let coroutine = try LuaCoroutine(state: self, function: function, yieldable: false)
        defer { coroutine.discard() }
        let (outcome, co) = try coroutine.resumeRaw(arguments)
        guard case .returned(let count) = outcome else {
            throw LuaError(.coroutine, "attempt to yield from outside a coroutine")
        }
        return try results(co, count)
    }
}

/// A folder that `require` searches, and the prefix errors give its files (e.g. `lib/`).
public struct LuaSearchFolder: Sendable, Equatable {
    public var url: URL
    public var chunkPrefix: String

    public init(url: URL, chunkPrefix: String = "") {
        self.url = url
        self.chunkPrefix = chunkPrefix
    }
}

/// `lua_rawset` of a string key: pops the value on top into the table below it.
private func lua_setfield_raw(_ state: OpaquePointer, _ key: UnsafePointer<CChar>) -> Int32 {
    lua_pushstring(state, key)
    shim_insert(state, -2)
    lua_rawset(state, -3)
    return 0
}
