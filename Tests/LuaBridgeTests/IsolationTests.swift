import LuaBridge
import Testing

@Suite("No environment can observe or change another's state")
struct IsolationTests {
    /// Each attack tries to change what every environment shares; a second environment must then
    /// see exactly the stock library.
    static let attacks = [
        "local _, S = pairs(string)\nS.format = function() return 'owned' end",
        "local _, S = pairs(string)\nrawset(S, 'upper', function() return 'owned' end)",
        "local f, s, k = pairs(table)\nlocal key, value = f(s, k)\nrawset(s, key, print)",
        "getmetatable('').__index.upper = function() return 'owned' end",
        "rawset(getmetatable(''), '__index', { upper = function() return 'owned' end })",
        "local mt = getmetatable('')\nlocal _, real = pairs(mt.__index)\nreal.upper = nil",
        "string = { upper = function() return 'owned' end }\n_G.table = {}",
        "package.loaded.string = { upper = function() return 'owned' end }",
        "local ok, e = pcall(error, string)\nrawset(e, 'upper', nil)",
    ]

    @Test(arguments: attacks.indices)
    func sharedLibrariesStayIntact(index: Int) throws {
        let state = try LuaState()
        _ = luaError { _ = try run(IsolationTests.attacks[index], in: state) }
        let out = try run(
            "return ('abc'):upper(), string.format('%d', 7), table.concat({ 'a', 'b' }), #string.rep('x', 3)",
            in: state)
        #expect(out == ["ABC", "7", "ab", 3])
    }

    @Test func pairsOverALibraryGivesItsFunctionsNotItsTable() throws {
        let out = try run("""
            local n, f, s = 0, pairs(string)
            for name, value in pairs(string) do n = n + 1 end
            return n > 10, s == string, next(string) == nil, string.upper ~= nil
            """)
        #expect(out == [true, true, true, true])
    }

    @Test func theStringMetatableIsAReadOnlyView() throws {
        let out = try run("""
            local mt = getmetatable('')
            local ok = pcall(function() mt.__index = {} end)
            return type(mt), mt.__index == string, ok
            """)
        #expect(out == ["table", true, false])
    }

    @Test func aSecondEnvironmentSeesOnlyItsOwnGlobals() throws {
        let state = try LuaState()
        _ = try run(
            "title = 'hostile'; print = nil; setmetatable(_G, { __index = function() return 'x' end })", in: state)
        #expect(try run("return title, type(print), missing", in: state) == [.nil, "function", .nil])
    }
}
