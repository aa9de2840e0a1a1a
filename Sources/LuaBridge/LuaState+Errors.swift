import CLua
import CLuaShim

extension LuaState {
    /// The ``LuaError`` for a failed resume of `co`, its error object on top of `co`'s stack.
    /// The coroutine's stack is intact here, so the traceback and location are the script's.
    func error(in co: OpaquePointer, status: Int32) -> LuaError {
        let raw = describeErrorObject(in: co)
        let location = scriptLocation(in: co) ?? LuaState.location(in: raw)
        let traceback = self.traceback(of: co, message: raw)
        let hit = runtime.pointee.limit_hit
        let at = location.map { "\($0): " } ?? ""
        if hit == SHIM_LIMIT_INSTRUCTIONS {
            return LuaError(
                .instructionLimit,
                "\(at)instruction budget of \(limits.instructionBudget) instructions exhausted (an endless loop?)",
                location: location, traceback: traceback)
        }
        if hit == SHIM_LIMIT_MEMORY || status == LUA_ERRMEM {
            return LuaError(.memoryLimit, "\(at)memory limit of \(LuaState.formatBytes(limits.memoryCap)) exceeded",
                            location: location, traceback: traceback)
        }
        if raw.hasSuffix("stack overflow") || raw.contains("stack overflow (") {
            return LuaError(.stackOverflow, "\(at)stack overflow (calls nested too deeply: an endless recursion?)",
                            location: location, traceback: traceback)
        }
        if let host = lastHostError, raw.hasSuffix(host.message) {
            lastHostError = nil
            return LuaError(.host, raw, location: location, traceback: traceback, underlying: host.error)
        }
        var stated = LuaState.location(in: raw)
        if let named = stated, hostChunks.contains("=" + (named.split(separator: ":").first.map(String.init) ?? "")) {
            stated = nil
        }
        return LuaError(status == LUA_ERRSYNTAX ? .syntax : .runtime, SandboxRemovals.explain(raw),
                        location: stated ?? location, traceback: traceback)
    }

    /// `chunk:line` of the innermost function on co's stack that is a script's, not the host's
    /// own Lua code (the sandbox, the core's library), and has a line.
    func scriptLocation(in co: OpaquePointer) -> String? {
        var source = [CChar](repeating: 0, count: 512)
        var place = [CChar](repeating: 0, count: 256)
        var level: Int32 = 0
        while shim_frame(co, level, &source, source.count, &place, place.count) != 0 {
            level += 1
            let name = String(decoding: source.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard place[0] != 0, !hostChunks.contains(name) else { continue }
            return String(decoding: place.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return nil
    }

    /// The error for running anything once a limit was hit, until ``resetLimits()``.
    func spentError() -> LuaError {
        if runtime.pointee.limit_hit == SHIM_LIMIT_MEMORY {
            return LuaError(.memoryLimit, "the memory limit of \(LuaState.formatBytes(limits.memoryCap)) was exceeded; "
                            + "no more Lua runs until the limits are reset")
        }
        return LuaError(.instructionLimit, "the instruction budget of \(limits.instructionBudget) instructions "
                        + "is spent; no more Lua runs until the limits are reset")
    }

    /// The error object as text, without running any metamethod.
    private func describeErrorObject(in co: OpaquePointer) -> String {
        switch lua_type(co, -1) {
        case LUA_TSTRING:
            var length = 0
            guard let bytes = shim_tolstring(co, -1, &length) else { return "" }
            return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
        case LUA_TNUMBER:
            return (try? value(at: -1, in: co).description) ?? "error"
        case LUA_TNIL:
            return "error(nil) raised"
        default:
            return "a \(String(cString: lua_typename(co, lua_type(co, -1)))) value raised as an error"
        }
    }

    private func traceback(of co: OpaquePointer, message: String) -> String? {
        guard let host = current else { return nil }
        shim_traceback(host, co, message, 0)
        defer { shim_pop(host, 1) }
        return try? string(at: -1, in: host)
    }

    static func formatBytes(_ bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
