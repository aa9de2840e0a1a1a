import Foundation
import LuaBridge
import Testing

@Suite("require finds Lua files in the host's folders only")
struct RequireTests {
    @Test func requireLoadsFilesOnceWithBundleRelativeNames() throws {
        let folder = try temporaryFolder([
            "lib/util.lua": "calls = (calls or 0) + 1\nreturn { double = function(x) return 2 * x end }",
            "lib/broken.lua": "local x = nil\nreturn x.y",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder, chunkPrefix: "")])
        let chunk = try state.load(source: """
            local a = require 'lib.util'
            local b = require 'lib.util'
            return a.double(21), a == b, calls
            """, chunkName: "tools/main.lua", environment: env)
        #expect(try state.call(chunk) == [42, true, 1])
        let broken = try state.load(source: "return require 'lib.broken'", chunkName: "tools/b.lua", environment: env)
        let error = luaError { _ = try state.call(broken) }
        #expect(error?.location == "lib/broken.lua:2")
    }

    @Test func requireCannotLeaveItsFolders() throws {
        let folder = try temporaryFolder(["ok.lua": "return 1"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        for name in ["../etc/passwd", "/etc/passwd", "a..b", "socket.core"] {
            let chunk = try state.load(source: "return require(...)", chunkName: "t.lua", environment: env)
            #expect(luaError { _ = try state.call(chunk, [.string(name)]) } != nil, "\(name) should not load")
        }
    }

    @Test func syntaxErrorsNameTheChunkAndLine() throws {
        let state = try LuaState()
        let error = luaError { _ = try state.load(source: "local x = 1\nlocal = 2", chunkName: "tools/partner-map.lua", environment: nil) }
        #expect(error?.kind == .syntax)
        #expect(error?.location == "tools/partner-map.lua:2")
        #expect(error?.message.hasPrefix("tools/partner-map.lua:2:") == true)
    }
}
