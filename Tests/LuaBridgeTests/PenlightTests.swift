import Foundation
import LuaBridge
import ProfintTestSupport
import Testing

/// Penlight, from Debian's lua-penlight package, when it is installed.
private let penlight = ["/usr/share/lua/5.4/pl", "/usr/share/lua/5.1/pl"].first {
    FileManager.default.fileExists(atPath: $0 + "/utils.lua")
}

@Suite("Well-known pure Lua libraries load unmodified")
struct PenlightTests {
    @Test(.enabled(if: penlight != nil, "lua-penlight is not installed (scripts/install-deps)"))
    func penlightsPureModulesLoadFromABundleFolder() throws {
        let source = URL(fileURLWithPath: try #require(penlight))
        let folder = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("pl")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".lua") {
            // The package's files are links into another folder: copy their contents.
            let data = try Data(contentsOf: source.appendingPathComponent(name).resolvingSymlinksInPath())
            try data.write(to: copy.appendingPathComponent(name))
        }
        let state = try LuaState()
        let env = try state.makeEnvironment(searchPath: [LuaSearchFolder(url: folder, chunkPrefix: "lib/")])
        let chunk = try state.load(source: """
            local stringx = require 'pl.stringx'
            local tablex = require 'pl.tablex'
            local List = require 'pl.List'
            local pretty = require 'pl.pretty'
            local class = require 'pl.class'
            local Point = class()
            function Point:_init(x) self.x = x end
            return stringx.strip('  a b  '), tablex.size({ a = 1, b = 2 }), List({ 3, 1, 2 }):sort():join(','),
                   pretty.write({ 1, 2 }, ''), Point(4).x
            """, chunkName: "tools/pl.lua", environment: env)
        #expect(try state.call(chunk) == ["a b", 2, "1,2,3", "{1,2}", 4])
    }
}
