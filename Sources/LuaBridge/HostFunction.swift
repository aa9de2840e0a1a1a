import CLua
import CLuaShim

/// A Swift closure callable from Lua. The state owns the box; Lua holds an unretained pointer
/// to it as the upvalue of the C trampoline.
final class HostFunctionBox {
    weak var state: LuaState?
    let body: ([LuaValue]) throws -> [LuaValue]

    init(state: LuaState, body: @escaping ([LuaValue]) throws -> [LuaValue]) {
        self.state = state
        self.body = body
    }

    /// Runs the closure with the arguments on `thread`'s stack. Returns the number of results
    /// pushed, or `SHIM_HOST_ERROR` with the message on top: the C trampoline raises it once
    /// this Swift frame has returned.
    func invoke(on thread: OpaquePointer) -> Int32 {
        guard let state else {
            return fail("the Lua state is closed", on: thread)
        }
        let saved = state.current
        state.current = thread
        defer { state.current = saved }
        do {
            let arguments = try state.values(top: Int(lua_gettop(thread)), in: thread, what: "argument")
            let results = try body(arguments)
            guard lua_checkstack(thread, Int32(clamping: results.count + 8)) != 0 else {
                return fail("too many results from a host function", on: thread)
            }
            for result in results { try state.push(result, on: thread) }
            return Int32(clamping: results.count)
        } catch let error as LuaError {
            state.lastHostError = (error.message, error)
            return fail(error.message, on: thread)
        } catch {
            let message = String(describing: error)
            state.lastHostError = (message, error)
            return fail(message, on: thread)
        }
    }

    private func fail(_ message: String, on thread: OpaquePointer) -> Int32 {
        message.withCString { _ = lua_pushlstring(thread, $0, message.utf8.count) }
        return SHIM_HOST_ERROR
    }
}

/// The one dispatch function the C trampoline calls for every host function.
let hostDispatch: shim_host_dispatch = { thread, box in
    guard let thread, let box else { return SHIM_HOST_ERROR }
    return Unmanaged<HostFunctionBox>.fromOpaque(box).takeUnretainedValue().invoke(on: thread)
}
