import CLua
import CLuaShim
import Foundation

/// Copying values between the Lua stack and Swift. These run in host context only, where the
/// allocator never refuses, so no API call here can raise a Lua error inside a Swift frame:
/// reads use raw access and never convert in place; writes only allocate.
extension LuaState {
    /// What one copy from Lua into Swift may still take (``LuaLimits``), and where it stands, so
    /// an error can name the value: `result 1.steps[2].title`.
    struct Conversion {
        var elements: Int
        var bytes: Int
        let depthLimit: Int
        /// Where the copy stands, as parts: written out only when an error names the place.
        var path: [Step]

        /// One part of a place: what is copied (numbered when there are several: `result 2`), a
        /// field, or a numbered item.
        enum Step {
            case root(String), numberedRoot(String, Int), field(String), item(Int64)
        }

        init(limits: LuaLimits, what: String) {
            elements = limits.conversionElements
            bytes = limits.conversionBytes
            depthLimit = limits.conversionDepth
            path = [.root(what)]
        }

        var place: String {
            path.map { step in
                switch step {
                case .root(let what): return what
                case .numberedRoot(let what, let number): return "\(what) \(number)"
                case .field(let key): return "." + key
                case .item(let position): return "[\(position)]"
                }
            }.joined()
        }
    }

    func values(top count: Int, in thread: OpaquePointer, what: String = "value") throws -> [LuaValue] {
        let base = Int(lua_gettop(thread)) - count
        defer { lua_settop(thread, Int32(base)) }
        var conversion = Conversion(limits: limits, what: what)
        return try (0..<count).map { position in
            conversion.path = [count == 1 ? .root(what) : .numberedRoot(what, position + 1)]
            return try value(at: Int32(base + 1 + position), in: thread, conversion: &conversion)
        }
    }

    /// A string on the stack as text; `what` names it if it is not UTF-8 (worked out only then).
    func string(
        at index: Int32, in thread: OpaquePointer, what: @autoclosure () -> String = "a string"
    ) throws -> String {
        var length = 0
        guard let bytes = shim_tolstring(thread, index, &length) else { return "" }
        guard let text = LuaState.text(bytes, count: length) else {
            throw LuaError(.conversion, "\(what()) is not valid UTF-8 text")
        }
        return text
    }

    /// The `count` bytes at `bytes` as text, or nil when they are not UTF-8. Lua ends every
    /// string with a NUL, so one without a NUL inside is read as a C string, which the standard
    /// library validates on its fast path: `String(validating:as:)` takes a generic one, some four
    /// times slower (a thousand instructions for a short table key).
    static func text(_ bytes: UnsafePointer<CChar>, count: Int) -> String? {
        if strlen(bytes) == count { return String(validatingCString: bytes) }
        return String(validating: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func value(at index: Int32, in thread: OpaquePointer) throws -> LuaValue {
        var conversion = Conversion(limits: limits, what: "the value")
        return try value(at: index, in: thread, conversion: &conversion)
    }

    private func value(
        at index: Int32, in thread: OpaquePointer, conversion: inout Conversion, depth: Int = 0
    ) throws -> LuaValue {
        let index = lua_absindex(thread, index)
        conversion.elements -= 1
        guard conversion.elements >= 0 else {
            throw LuaError(.conversion,
                           "\(conversion.place): too many values to pass to the host (the conversionElements limit, "
                           + "\(limits.conversionElements); a table reached twice counts twice)")
        }
        switch lua_type(thread, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(thread, index) != 0)
        case LUA_TNUMBER:
            return shim_isinteger(thread, index) != 0
                ? .integer(shim_tointeger(thread, index)) : .number(shim_tonumber(thread, index))
        case LUA_TSTRING:
            try spend(bytesAt: index, in: thread, conversion: &conversion)
            return .string(try string(at: index, in: thread, what: conversion.place))
        case LUA_TTABLE:
            return .table(try table(at: index, in: thread, conversion: &conversion, depth: depth))
        case LUA_TFUNCTION:
            lua_pushvalue(thread, index)
            return .function(LuaReference(state: self, ref: luaL_ref(thread, shim_registryindex())))
        default:
            let name = String(cString: lua_typename(thread, lua_type(thread, index)))
            throw LuaError(.conversion, "\(conversion.place): a \(name) value cannot be passed to the host")
        }
    }

    private func spend(bytesAt index: Int32, in thread: OpaquePointer, conversion: inout Conversion) throws {
        conversion.bytes -= Int(lua_rawlen(thread, index))
        guard conversion.bytes >= 0 else {
            throw LuaError(.conversion,
                           "\(conversion.place): too much text to pass to the host (the conversionBytes limit, "
                           + "\(LuaState.formatBytes(limits.conversionBytes)); a string reached twice counts twice)")
        }
    }

    private func table(
        at index: Int32, in thread: OpaquePointer, conversion: inout Conversion, depth: Int
    ) throws -> LuaTable {
        guard depth < conversion.depthLimit else {
            throw LuaError(.conversion, "\(conversion.place): tables nested more than \(conversion.depthLimit) deep "
                           + "(the conversionDepth limit; a table that contains itself?)")
        }
        guard lua_checkstack(thread, 4) != 0 else { throw LuaError(.conversion, "the Lua stack is full") }
        var table = LuaTable()
        // Room reserved up front: a tool is thousands of small tables, each grown step by step
        // otherwise (counting the entries first costs less than the growing did). The count
        // stops at what the copy may still take (conversionElements), so a table too big to
        // copy costs no more room than one that fits; the border `#t` can pass the count when
        // the sequence has holes: the count bounds it.
        let count = Int(clamping: shim_table_count(thread, index, lua_Integer(max(0, conversion.elements))))
        let sequence = min(Int(clamping: lua_rawlen(thread, index)), count)
        table.array.reserveCapacity(sequence)
        if count > sequence { table.fields.reserveCapacity(count - sequence) }
        var numbered: [Int64: LuaValue] = [:]
        lua_pushnil(thread)
        while lua_next(thread, index) != 0 {
            do {
                switch lua_type(thread, -2) {
                case LUA_TSTRING:
                    try spend(bytesAt: -2, in: thread, conversion: &conversion)
                    let key = try string(at: -2, in: thread, what: "a key in \(conversion.place)")
                    conversion.path.append(.field(key))
                    defer { conversion.path.removeLast() }
                    table.fields[key] = try self.value(at: -1, in: thread, conversion: &conversion, depth: depth + 1)
                case LUA_TNUMBER where shim_isinteger(thread, -2) != 0:
                    let key = shim_tointeger(thread, -2)
                    conversion.path.append(.item(key))
                    defer { conversion.path.removeLast() }
                    let item = try self.value(at: -1, in: thread, conversion: &conversion, depth: depth + 1)
                    // lua_next visits a table's array part first, in order: those items go
                    // straight to the array; any others wait in `numbered`.
                    if key == Int64(table.array.count) + 1, numbered.isEmpty {
                        table.array.append(item)
                    } else {
                        numbered[key] = item
                    }
                default:
                    let name = String(cString: lua_typename(thread, lua_type(thread, -2)))
                    throw LuaError(.conversion, "\(conversion.place): a table has a \(name) key; "
                                   + "only string and integer keys can be passed to the host")
                }
            } catch {
                shim_pop(thread, 2)
                throw error
            }
            shim_pop(thread, 1)
        }
        var position = Int64(table.array.count) + 1
        while let item = numbered.removeValue(forKey: position) {
            table.array.append(item)
            position += 1
        }
        for (key, item) in numbered { table.fields[String(key)] = item }
        return table
    }

    /// Pushes one value; on failure the stack is left as it was.
    func push(_ value: LuaValue, on thread: OpaquePointer) throws {
        let top = lua_gettop(thread)
        do { try push(value, on: thread, depth: 0) } catch {
            lua_settop(thread, top)
            throw error
        }
    }

    private func push(_ value: LuaValue, on thread: OpaquePointer, depth: Int) throws {
        guard lua_checkstack(thread, 3) != 0 else { throw LuaError(.conversion, "the Lua stack is full") }
        switch value {
        case .nil: lua_pushnil(thread)
        case .boolean(let b): lua_pushboolean(thread, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(thread, lua_Integer(i))
        case .number(let d): lua_pushnumber(thread, d)
        case .string(let s):
            s.withCString { _ = lua_pushlstring(thread, $0, s.utf8.count) }
        case .function(let reference), .reference(let reference):
            guard reference.state === self else {
                throw LuaError(.conversion, "a function of another Lua state cannot be passed here")
            }
            try reference.push(on: thread)
        case .table(let table):
            guard depth < limits.conversionDepth else {
                throw LuaError(.conversion,
                               "tables nested more than \(limits.conversionDepth) deep (the conversionDepth limit)")
            }
            lua_createtable(thread, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
            for (position, item) in table.array.enumerated() {
                try push(item, on: thread, depth: depth + 1)
                lua_rawseti(thread, -2, lua_Integer(position + 1))
            }
            for (key, item) in table.fields {
                key.withCString { _ = lua_pushlstring(thread, $0, key.utf8.count) }
                try push(item, on: thread, depth: depth + 1)
                lua_rawset(thread, -3)
            }
        }
    }
}
