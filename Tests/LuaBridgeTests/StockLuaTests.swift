import LuaBridge
import ProfintTestSupport
import Testing

@Suite("Stock Lua 5.4 behaviour wherever it is safe")
struct StockLuaTests {
    @Test func removedNamesReadAsNil() throws {
        let out = try run("""
            local loadstring = loadstring or load
            return io.open == nil, dofile == nil, loadfile == nil, loadstring == load, os.execute == nil,
                   string.dump == nil, debug.getinfo == nil, package.config:sub(1, 1)
            """)
        #expect(out == [true, true, true, true, true, true, true, "/"])
    }

    @Test func anErrorOnARemovedNameSaysWhy() throws {
        let error = try #require(luaError { _ = try run("local x = 1\nlocal f = dofile('/etc/passwd')") })
        #expect(error.message == "test.lua:2: attempt to call a nil value (global 'dofile') (dofile is not available in the sandbox: use require to load Lua files of the bundle)")
        #expect(error.location == "test.lua:2")
    }

    /// The sandbox wraps some library functions (to charge their loops, to hide addresses); their
    /// errors still name the script's line and the function (a method call's argument is counted
    /// from the string itself, where stock Lua counts from the first in the parentheses).
    @Test func aWrappedLibraryFunctionsErrorNamesItAndTheLine() throws {
        for (source, name) in [("string.rep('x', {})", "string.rep"), ("table.move({}, 'a', 1, 1)", "table.move"),
                               ("table.remove({}, {})", "table.remove"), ("string.format('%d', 'x')", "string.format"),
                               ("('%d'):format({})", "string.format")] {
            let error = try #require(luaError { _ = try run("\nlocal v = " + source) })
            #expect(error.message.hasPrefix("test.lua:2: bad argument #"), "\(error.message)")
            #expect(error.message.contains(" to '\(name)'"), "\(error.message)")
        }
    }

    @Test func ioWritesToTheHostLineByLine() throws {
        let state = try LuaState()
        var lines: [String] = []
        state.printHandler = { lines.append($0) }
        _ = try run("io.write('a', 1, '\\nb') io.stdout:write('c\\n') io.write('partial') print('p')", in: state)
        #expect(lines == ["a1", "bc", "partial", "p"])
        let error = try #require(luaError { _ = try run("local f = io.open('/etc/passwd')", in: state) })
        #expect(error.message.hasSuffix(
            "(field 'open') (io.open is not available in the sandbox: scripts cannot read or write files)"))
    }

    @Test func warnFollowsOnAndOff() throws {
        let state = try LuaState()
        var lines: [String] = []
        state.printHandler = { lines.append($0) }
        _ = try run("warn('hidden') warn('@on') warn('a', 'b') warn('@off') warn('hidden')", in: state)
        #expect(lines == ["Lua warning: ab"])
    }

    @Test func loadAcceptsTextModesAndRefusesBinaryChunksStockStyle() throws {
        let out = try run(#"""
            local f = load("return 1", "n", "bt")
            local b, bmessage = load("return 1", "n", "b")
            local d, dmessage = load("\27Lua\84\0garbage", "n", "bt")
            local e = load("return x", "n", "t", { x = 5 })
            local n = load("return x", "n", "t", nil)
            return f(), b, bmessage, d, dmessage:find("binary chunk") ~= nil, e(), pcall(n)
            """#)
        #expect(out[0] == 1)
        #expect(out[1] == .nil)
        #expect(out[2] == "attempt to load a text chunk (mode is 'b')")
        #expect(out[3] == .nil)
        #expect(out[4] == true)
        #expect(out[5] == 5)
        #expect(out[6] == false, "an explicit nil environment is no environment")
    }

    @Test func pairsOfGListsTheBuiltins() throws {
        let out = try run("""
            local seen = {}
            for name in pairs(_G) do seen[name] = true end
            return seen.print, seen.string, seen.require, seen.package, seen.warn, seen._G, rawget(_G, 'pairs') == pairs
            """)
        #expect(out == [true, true, true, true, true, true, true])
    }

    @Test func requireReturnsTheLibrariesAndTwoValues() throws {
        let folder = try temporaryFolder(["pkg/init.lua": "return { name = ... }", "mod.lua": "return 'm'"])
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder, chunkPrefix: "lib/")])
        let chunk = try state.load(source: """
            local p, file = require 'pkg'
            local m, mfile = require 'mod'
            return require 'string' == string, require 'utf8' == utf8, require 'table' == table,
                   require 'math' == math, require 'coroutine' == coroutine, p.name, file, m, mfile,
                   package.loaded.mod, package.path, next(package.preload) == nil, package.loaded._G == _G
            """, chunkName: "t.lua", environment: env)
        #expect(try state.call(chunk) == [true, true, true, true, true, "pkg", "lib/pkg/init.lua", "m", "lib/mod.lua",
                                         "m", "./?.lua;./?/init.lua", true, true])
    }

    @Test func latin1SourcesLoadAsBytes() throws {
        let state = try LuaState()
        let env = try state.makeEnvironment()
        let source: [UInt8] = Array("local s = \"caf".utf8) + [0xE9] + Array("\"\nreturn #s, s".utf8)
        let chunk = try state.load(bytes: source, chunkName: "tools/latin1.lua", environment: env)
        let error = try #require(luaError { _ = try state.call(chunk) })
        #expect(error.kind == .conversion)
        #expect(error.message == "result 2 is not valid UTF-8 text")
        let count = try state.load(bytes: source + Array(":sub(1, 3)".utf8), chunkName: "tools/latin1.lua",
                                   environment: env)
        #expect(try state.call(count) == [4, "caf"])
    }

    @Test func invalidTextNamesTheValueAndTheFunction() throws {
        let error = try #require(luaError {
            _ = try run("local function make()\n  return { steps = { { title = 'ok' }, { title = '\\xff' } } }\n"
                        + "end\nreturn make")
                .first?.functionValue?.call()
        })
        #expect(
            error.message == "result.steps[2].title is not valid UTF-8 text (returned by the function at test.lua:1)")
        #expect(error.location == "test.lua:1")
    }

    @Test func aMemoryErrorInsideTheSandboxIsLocatedAtTheScriptLine() throws {
        let error = try #require(luaError {
            _ = try run("local s = string.rep('x', 3 << 20)\nprint(s, s, s)", limits: LuaLimits(memoryCap: 8 << 20))
        })
        #expect(error.kind == .memoryLimit)
        #expect(error.location == "test.lua:2")
    }

    /// Pattern functions give the same results in the Lua matcher as in Lua's C matcher.
    static let patternCases = [
        #"return string.find("hello world", "o w")"#,
        #"return string.find("hello world", "(o)%s(w)")"#,
        #"return string.find("hello", "l+")"#,
        #"return string.find("hello", "xyz")"#,
        #"return string.find("a.b", ".", 1, true)"#,
        #"return string.find("hello", "l", -2)"#,
        #"return string.match("  trim me  ", "^%s*(.-)%s*$")"#,
        #"return string.match("key = value", "(%w+)%s*=%s*(%w+)")"#,
        #"return string.match("f(a(b)c)", "%b()")"#,
        #"return string.match("THE (quick) fox", "%f[%a]%a+", 5)"#,
        #"return string.match("hello", "()ll()")"#,
        #"return string.match("abcabc", "(abc)%1")"#,
        #"return string.match("[x]", "[%[]x[]]")"#,
        #"return string.match("a-b", "[a%-]+")"#,
        #"return string.match("2024-01-05", "^(%d%d%d%d)-(%d%d)-(%d%d)$")"#,
        #"return string.gsub("hello world", "o", "0")"#,
        #"return string.gsub("hello world", "(%w+)", "<%1>")"#,
        #"return string.gsub("hello world", "%w+", "%0 %0", 1)"#,
        #"return string.gsub("abc", "", "-")"#,
        #"return string.gsub("$name is $age", "%$(%w+)", { name = "Ann", age = 7 })"#,
        #"return string.gsub("a b c", "%a", function(c) if c ~= "b" then return c:upper() end end)"#,
        #"return string.gsub("x^y", "^x", "z")"#,
        #"local t = {} for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do t[#t + 1] = k .. v end return table.concat(t, ";")"#,
        #"local t = {} for w in string.gmatch("one two  three", "%a+") do t[#t + 1] = w end return table.concat(t, ",")"#,
        #"local t = {} for w in ("abc"):gmatch("") do t[#t + 1] = "." end return #t"#,
        #"return pcall(string.find, "x", "[a")"#,
        #"return pcall(string.find, "x", "%")"#,
        #"return pcall(string.gsub, "x", "x", "%2")"#,
        #"return pcall(string.match, "x", "(()")"#,
    ]

    @Test(arguments: patternCases)
    func theLuaMatcherAgreesWithTheCMatcher(source: String) throws {
        let stock = try run(source, limits: LuaLimits(patternCostLimit: Int.max))
        let sandboxed = try run(source, limits: LuaLimits(patternCostLimit: 0))
        func strip(_ values: [LuaValue]) -> [LuaValue] {
            values.map { value in
                guard let text = value.stringValue,
                      let range = text.range(of: #"^[^:]*:\d+: "#, options: .regularExpression) else { return value }
                return .string(String(text[range.upperBound...]))
            }
        }
        #expect(strip(sandboxed) == strip(stock))
    }
}
