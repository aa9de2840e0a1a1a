import LuaBridge
import Testing

@Suite("Values between Lua and Swift")
struct ValueTests {
    @Test func scalarsComeBackWithTheirTypes() throws {
        let values = try run("return nil, true, false, 42, 2.5, 'héllo', -0x7fffffffffffffff - 1")
        #expect(values == [.nil, .boolean(true), .boolean(false), .integer(42), .number(2.5), .string("héllo"),
                           .integer(Int64.min)])
    }

    @Test func tablesBecomeArraysAndMapsNested() throws {
        let values = try run("return { 'a', 'b', { x = 1, y = { true } } }, { name = 'n', list = {} }")
        #expect(values[0] == .array(["a", "b", .map(["x": 1, "y": [true]])]))
        #expect(values[1]["name"] == "n")
        #expect(values[1]["list"] == .table(LuaTable()))
    }

    @Test func swiftValuesArriveInLuaIntact() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        let describe = try state.load(source: """
            local v = ...
            return type(v.list), #v.list, v.list[2], v.map.k, math.type(v.int), math.type(v.float), v.flag, v.text
            """, chunkName: "describe.lua", environment: env)
        let input: LuaValue = .map(["list": [1, 2, 3], "map": ["k": "v"], "int": 7, "float": 7.5, "flag": false,
                                    "text": "é"])
        let out = try state.call(describe, [input])
        #expect(out == ["table", 3, 2, "v", "integer", "float", false, "é"])
    }

    @Test func invalidUTF8IsAConversionErrorNotACrash() throws {
        let error = luaError { _ = try run(#"return "\xff\xfe""#) }
        #expect(error?.kind == .conversion)
        #expect(error?.message.contains("UTF-8") == true)
    }

    @Test func tablesWithHolesOrOddKeysAreRefusedClearly() throws {
        #expect(try run("return { [1] = 'a', [3] = 'c', [-1] = 'm' }")
                == [.table(LuaTable(array: ["a"], fields: ["3": "c", "-1": "m"]))])
        #expect(luaError { _ = try run("return { [1.5] = 1 }") }?.message.contains("number key") == true)
        #expect(luaError { _ = try run("return { [true] = 1 }") }?.message.contains("boolean key") == true)
        let cycle = luaError { _ = try run("local t = {}; t.self = t; return t") }
        #expect(cycle?.kind == .conversion)
        #expect(cycle?.message.contains("nested") == true)
    }

    @Test func numberedItemsInAnyOrderBecomeTheArray() throws {
        // Keys set from the last down land in the hash part, which lua_next visits in no order.
        let values = try run("local t = {}; for i = 40, 1, -1 do t[i] = i end; t[42] = 42; return t")
        #expect(values[0].tableValue?.array == (1...40).map { .integer(Int64($0)) })
        #expect(values[0].tableValue?.fields == ["42": 42])
        let mixed = try run("local t = { 1, 2 }; t[4] = 4; t[3] = 3; t[6] = 6; return t")
        #expect(mixed[0].tableValue?.array == [1, 2, 3, 4])
        #expect(mixed[0].tableValue?.fields == ["6": 6])
    }

    @Test func aRefusedValueIsNamedByItsPlace() throws {
        let error = luaError { _ = try run(#"return { steps = { { title = 'ok' }, { title = "\xff" } } }"#) }
        #expect(error?.message.contains(".steps[2].title is not valid UTF-8") == true)
        let key = luaError { _ = try run(#"return { steps = { { ["\xfe"] = 1 } } }"#) }
        #expect(key?.message.contains(".steps[1] is not valid UTF-8") == true)
    }

    @Test func textWithANulInsideIsCopiedWholeAndStillChecked() throws {
        let values = try run(#"return "a\0b", "déjà vu", { ["k\0"] = "v" }"#)
        #expect(values[0] == .string("a\u{0}b"))
        #expect(values[1] == .string("déjà vu"))
        #expect(values[2].tableValue?.fields == ["k\u{0}": "v"])
        let error = luaError { _ = try run(#"return "a\0\xff""#) }
        #expect(error?.message.contains("is not valid UTF-8") == true)
    }

    @Test func luaFunctionsAreCallableFromSwift() throws {
        let values = try run("return function(a, b) return a * b, 'done' end")
        let multiply = try #require(values.first?.functionValue)
        #expect(try multiply.call([6, 7]) == [42, "done"])
    }
}
