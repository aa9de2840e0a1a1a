import CLua
import CLuaShim

/// A Lua value kept in its state's registry: a function, or a table the host wants to keep
/// without copying it. Released when the last Swift reference goes. A reference keeps its
/// state open; a host function that captures one makes a cycle that ``LuaState/close()`` breaks.
public final class LuaReference: Equatable {
    let state: LuaState
    let ref: Int32

    init(state: LuaState, ref: Int32) {
        self.state = state
        self.ref = ref
    }

    deinit {
        guard let thread = state.current else { return }
        luaL_unref(thread, shim_registryindex(), ref)
    }

    public static func == (lhs: LuaReference, rhs: LuaReference) -> Bool {
        lhs === rhs || (lhs.state === rhs.state && lhs.ref == rhs.ref)
    }

    /// Calls the referenced function; see ``LuaState/call(_:_:)``.
    public func call(_ arguments: [LuaValue] = []) throws -> [LuaValue] {
        try state.call(self, arguments)
    }

    /// Copies the referenced value into Swift.
    public func value() throws -> LuaValue {
        let thread = try state.thread()
        try push(on: thread)
        defer { shim_pop(thread, 1) }
        return try state.value(at: -1, in: thread)
    }

    /// Pushes the referenced value on a thread of its state.
    func push(on thread: OpaquePointer) throws {
        guard !state.isClosed else { throw LuaError(.closed, "the Lua state is closed") }
        lua_rawgeti(thread, shim_registryindex(), lua_Integer(ref))
    }
}
