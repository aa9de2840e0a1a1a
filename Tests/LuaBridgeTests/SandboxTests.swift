import LuaBridge
import Testing

@Suite("The sandbox refuses what scripts must not do")
struct SandboxTests {
    /// Each escape attempt, and what the error must say.
    static let refusals: [(source: String, says: String)] = [
        ("io.open('/etc/passwd')",
         "(field 'open') (io.open is not available in the sandbox: scripts cannot read or write files)"),
        ("os.execute('true')", "os.execute is not available in the sandbox"),
        ("os.remove('/tmp/x')", "os.remove: it is not available in the sandbox"),
        ("os.exit(1)", "os.exit is not available in the sandbox"),
        ("os.getenv('HOME')", "os.getenv is not available in the sandbox"),
        ("require 'socket'", "module 'socket' not found"),
        ("package.loadlib('libc.so.6', 'puts')", "package.loadlib is not available in the sandbox"),
        ("load(string.dump(function() end))", "string.dump is not available in the sandbox"),
        ("debug.sethook(function() end, '', 1)", "debug.sethook is not available in the sandbox"),
        ("dofile('/etc/passwd')", "dofile is not available in the sandbox"),
        ("loadfile('/etc/passwd')", "loadfile is not available in the sandbox"),
        ("collectgarbage('stop')", "collectgarbage('stop') is not allowed in the sandbox"),
    ]

    @Test(arguments: refusals.indices)
    func eachEscapeFailsWithAClearError(index: Int) throws {
        let (source, says) = SandboxTests.refusals[index]
        let error = try #require(luaError { _ = try run(source) }, "\(source) did not fail")
        #expect(error.kind == .runtime, "\(source): \(error.kind)")
        #expect(error.message.contains(says), "\(source): \(error.message)")
        #expect(error.location == "test.lua:1", "\(source): \(error.message)")
    }

    @Test func binaryChunksAreRefusedEvenWithoutAMode() throws {
        let out = try run(#"return load("\27Lua\84\0garbage")"#)
        #expect(out[0] == .nil)
        #expect(out[1].stringValue?.contains("binary chunk") == true)
    }

    @Test func whatIsAllowedStillWorks() throws {
        let out = try run("""
            return string.format('%d-%s', 3, ('x'):rep(2)), math.floor(2.5), #table.concat({'a','b'}),
                   utf8.char(233), type(os.time()), type(os.clock()), debug.traceback('m'):sub(1, 1),
                   collectgarbage('count') > 0, load('return 7')()
            """)
        #expect(out[0] == "3-xx")
        #expect(out[1] == 2)
        #expect(out[2] == 2)
        #expect(out[3] == "é")
        #expect(out[4] == "number")
        #expect(out[5] == "number")
        #expect(out[6] == "m")
        #expect(out[7] == true)
        #expect(out[8] == 7)
    }

    @Test func libraryTablesAreSharedButReadOnly() throws {
        let state = try LuaState()
        let attempts = ["string.upper = nil", "rawset(table, 'insert', print)", "getmetatable('').__index.upper = nil"]
        for attempt in attempts {
            #expect(luaError { _ = try run(attempt, in: state) } != nil, "\(attempt) should fail")
        }
        #expect(try run("return ('a'):upper(), table.insert ~= nil", in: state) == ["A", true])
    }

    @Test func eachEnvironmentHasItsOwnGlobals() throws {
        let state = try LuaState()
        _ = try run("shared = 'from the first script'", in: state)
        #expect(try run("return shared", in: state) == [.nil])
    }

    @Test func randomNumbersAreRepeatable() throws {
        let first = try run("return math.random(1, 1000000), math.random()")
        let second = try run("return math.random(1, 1000000), math.random()")
        #expect(first == second)
    }
}
