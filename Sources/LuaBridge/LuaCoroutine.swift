import CLua
import CLuaShim

/// A Lua coroutine driven from Swift: resume it with values, get back what it yields, then
/// what it returns, or the error it raised with the coroutine's own traceback.
public final class LuaCoroutine {
    /// Where the coroutine stands.
    public enum Status: Sendable, Equatable {
        /// Not started, or waiting after a yield: it can be resumed.
        case suspended
        /// It returned.
        case finished
        /// It raised an error; it cannot be resumed.
        case failed
    }

    /// What one resume gave back.
    public enum Outcome: Equatable {
        case yielded([LuaValue])
        case returned([LuaValue])
    }

    public private(set) var status: Status = .suspended
    private let state: LuaState
    private var thread: OpaquePointer?
    private var threadRef: Int32 = LUA_NOREF

    /// A coroutine that will run `function`.
    ///
    /// - Parameter yieldable: whether scripts see the coroutine as one. With `false`, it runs a
    ///   top level as stock Lua's main thread does: `coroutine.isyieldable()` is false there and
    ///   `coroutine.yield` is the error "attempt to yield from outside a coroutine". Host Lua
    ///   code that must still yield to Swift uses the raw yield of ``LuaState/hostYield()``.
    public init(state: LuaState, function: LuaReference, yieldable: Bool = true) throws {
        self.state = state
        let host = try state.thread()
        guard let co = lua_newthread(host) else { throw LuaError(.memoryLimit, "cannot create a coroutine") }
        if !yieldable { state.seal(threadOnTop: host) }
        threadRef = luaL_ref(host, shim_registryindex())
        thread = co
        do { try function.push(on: co) } catch {
            discard()
            throw error
        }
        guard lua_type(co, -1) == LUA_TFUNCTION else {
            discard()
            throw LuaError(.coroutine, "a coroutine needs a function")
        }
    }

    deinit { discard() }

    /// Resumes the coroutine with `arguments`.
    public func resume(_ arguments: [LuaValue] = []) throws -> Outcome {
        let (outcome, co) = try resumeRaw(arguments)
        switch outcome {
        case .yielded(let count): return .yielded(try state.values(top: count, in: co, what: "yielded value"))
        case .returned(let count): return .returned(try state.values(top: count, in: co, what: "result"))
        }
    }

    /// How a resume ended, its values left on top of the coroutine's stack.
    enum RawOutcome {
        case yielded(Int)
        case returned(Int)
    }

    func resumeRaw(_ arguments: [LuaValue]) throws -> (RawOutcome, OpaquePointer) {
        guard status == .suspended, let co = thread, let host = state.current else {
            throw LuaError(
                .coroutine,
                status == .finished ? "cannot resume a finished coroutine" : "cannot resume a failed coroutine")
        }
        if shim_limit_hit(co) != SHIM_LIMIT_NONE {
            status = .failed
            throw state.spentError()
        }
        if lua_status(co) == LUA_YIELD { lua_settop(co, 0) }
        for argument in arguments { try state.push(argument, on: co) }
        var count: Int32 = 0
        state.lastHostError = nil
        let result = shim_resume(co, host, Int32(arguments.count), &count)
        if (result == LUA_OK || result == LUA_YIELD) && shim_limit_hit(co) != SHIM_LIMIT_NONE {
            // The script went on after a limit stopped part of it (a coroutine, a message
            // handler): the limit still stops the call.
            status = .failed
            lua_settop(co, 0)
            throw state.spentError()
        }
        switch result {
        case LUA_OK:
            status = .finished
            return (.returned(Int(count)), co)
        case LUA_YIELD:
            return (.yielded(Int(count)), co)
        default:
            status = .failed
            let error = state.error(in: co, status: result)
            // A thread a limit stopped may have hooks off (Lua leaves them off after an error
            // raised by the count hook): its to-be-closed variables must not run.
            if shim_limit_hit(co) == SHIM_LIMIT_NONE { _ = shim_reset_thread(co) }
            throw error
        }
    }

    /// Lets the coroutine go; any pending to-be-closed variables are closed.
    func discard() {
        guard let co = thread else { return }
        thread = nil
        if let host = state.current {
            if status == .suspended && shim_limit_hit(co) == SHIM_LIMIT_NONE { _ = shim_reset_thread(co) }
            luaL_unref(host, shim_registryindex(), threadRef)
        }
    }
}
