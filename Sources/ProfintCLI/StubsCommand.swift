import ArgumentParser
import Foundation
import ProfintContent

/// `profint stubs`: editor support for a bundle's Lua (docs/authoring.md, "Editor support").
struct StubsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stubs",
        abstract: "Write editor support for Lua: LuaLS annotations of the authoring API, .luarc.json, .luacheckrc.",
        discussion: """
            Writes \(EditorSupport.annotationFolder)/profint.lua and \(EditorSupport.annotationFolder)/sandbox.lua \
            (LuaLS ---@meta files of every constructor, field, change function and the sandbox's libraries), \
            .luarc.json (LuaLS settings pointing at them) and .luacheckrc (a luacheck standard of exactly the \
            sandbox's and the API's globals). Files of the same names are replaced: run it again after upgrading profint.
            """)

    @Option(help: ArgumentHelp("The folder to write in.", valueName: "dir"))
    var out: String = "."

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        let written = try EditorSupport(producer: "profint \(profintVersion)").write(to: folder)
        for url in written { Console.out("wrote \(url.path)") }
    }
}
