import Foundation
import LuaBridge
import ProfintTestSupport
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

    @Test func symbolicLinksOutOfTheFolderAreRefusedWithoutQuotingTheFile() throws {
        let outside = try temporaryFolder(["secret.lua": "return 'leaked'", "notes.txt": "SECRET first line\n"])
        let folder = try temporaryFolder(["ok.lua": "return 'ok'"])
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: outside) }
        let lib = folder.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: lib.appendingPathComponent("leak.lua"),
                                                   withDestinationURL: outside.appendingPathComponent("secret.lua"))
        try FileManager.default.createSymbolicLink(at: lib.appendingPathComponent("notes.lua"),
                                                   withDestinationURL: outside.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(at: lib.appendingPathComponent("root"),
                                                   withDestinationURL: URL(fileURLWithPath: "/"))
        try FileManager.default.createSymbolicLink(at: lib.appendingPathComponent("inside.lua"),
                                                   withDestinationURL: folder.appendingPathComponent("ok.lua"))
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        let chunk = try state.load(source: "local x = 1\nlocal m = require(...)\nreturn m", chunkName: "tools/t.lua",
                                   environment: env)
        for (name, file) in [("lib.leak", "lib/leak.lua"), ("lib.notes", "lib/notes.lua"),
                             ("lib.root.etc.x", "lib/root/etc/x.lua")] {
            let error = luaError { _ = try state.call(chunk, [.string(name)]) }
            if name == "lib.root.etc.x" {
                #expect(error?.message.contains("not found") == true
                        || error?.message.contains("outside the bundle") == true)
            } else {
                #expect(error?.message == "tools/t.lua:2: require '\(name)': \(file) resolves to a file outside the bundle's folders (a symbolic link?); only files inside them can be required")
            }
            #expect(error?.message.contains("SECRET") == false)
            #expect(error?.location == "tools/t.lua:2")
        }
        #expect(try state.call(chunk, ["lib.inside"]).first == "ok", "a link that stays inside the folder is fine")
    }

    @Test func aLinkToTheRootReachesNoFileOnDisk() throws {
        let folder = try temporaryFolder(["ok.lua": "return 'ok'"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try temporaryFolder(["x.lua": "return 'outside'"])
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("root"),
                                                   withDestinationURL: URL(fileURLWithPath: "/"))
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        let relative = target.path.dropFirst().replacingOccurrences(of: "/", with: ".")
        let chunk = try state.load(source: "return require(...)", chunkName: "t.lua", environment: env)
        let error = try #require(luaError { _ = try state.call(chunk, [.string("root.\(relative).x")]) })
        #expect(error.message.contains("resolves to a file outside the bundle's folders"), "\(error.message)")
    }

    @Test func aFailedRequireCanBeTriedAgain() throws {
        let folder = try temporaryFolder([
            "flaky.lua": "attempts = (attempts or 0) + 1\nif attempts == 1 then error('first time') end\n"
                + "return 'second time'"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        let chunk = try state.load(source: "return require 'flaky'", chunkName: "t.lua", environment: env)
        let first = try #require(luaError { _ = try state.call(chunk) })
        #expect(first.message == "flaky.lua:2: first time")
        #expect(try state.call(chunk) == ["second time", "flaky.lua"])
        let caught = try state.load(source: "local ok = pcall(require, 'other')\nreturn ok", chunkName: "u.lua",
                                    environment: env)
        #expect(try state.call(caught) == [false])
    }

    @Test func aRequireLoopIsLocatedInTheScript() throws {
        let folder = try temporaryFolder(["a.lua": "local x = 1\nlocal b = require 'b'\nreturn b",
                                          "b.lua": "local a = require 'a'\nreturn a"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        let chunk = try state.load(source: "local a = require 'a'\nreturn a", chunkName: "t.lua", environment: env)
        let error = try #require(luaError { _ = try state.call(chunk) })
        #expect(error.message == "b.lua:1: require: 'a' requires itself (a loop of requires)")
        #expect(error.location == "b.lua:1")
    }

    @Test func aModuleRunningOutOfMemoryIsLocatedAtItsLine() throws {
        let folder = try temporaryFolder(["hog.lua": "local t = {}\nfor i = 1, math.huge do t[i] = { i } end"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try LuaState(limits: LuaLimits(memoryCap: 8 << 20))
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder)])
        let chunk = try state.load(source: "return require 'hog'", chunkName: "t.lua", environment: env)
        let error = try #require(luaError { _ = try state.call(chunk) })
        #expect(error.kind == .memoryLimit)
        #expect(error.location == "hog.lua:2")
    }

    @Test func syntaxErrorsNameTheChunkAndLine() throws {
        let state = try LuaState()
        let error = luaError {
            _ = try state.load(source: "local x = 1\nlocal = 2", chunkName: "tools/partner-map.lua", environment: nil)
        }
        #expect(error?.kind == .syntax)
        #expect(error?.location == "tools/partner-map.lua:2")
        #expect(error?.message.hasPrefix("tools/partner-map.lua:2:") == true)
    }
}
