import Foundation
import ProfintModel

/// Editor support for a bundle's Lua, written by `profint stubs` and `profint new`
/// (docs/authoring.md, "Editor support"): LuaLS annotation files of the authoring API and the
/// sandbox, a `.luarc.json` pointing LuaLS at them, and a luacheck configuration whose standard
/// is the sandbox's and the API's globals. Everything comes from ``AuthoringSchema`` and from a
/// live sandboxed environment, never from a list kept by hand.
public struct EditorSupport: Sendable {
    /// The files, by path relative to the folder they go in.
    public let files: [(path: String, text: String)]

    /// The folder of the annotation files, relative to the folder the files go in.
    public static let annotationFolder = ".profint"

    /// - Parameter producer: who writes the files, as their headers say (e.g. "profint 0.2.0").
    public init(producer: String) throws {
        let globals: ScriptGlobals
        do { globals = try ScriptGlobals(runtime: ContentRuntime()) } catch {
            throw ProfintError.scriptFailure(message: "cannot start Lua: \(error)", location: nil, traceback: nil)
        }
        let annotations = LuaAnnotations(globals: globals, producer: producer)
        let folder = EditorSupport.annotationFolder
        files = [
            ("\(folder)/profint.lua", annotations.api),
            ("\(folder)/sandbox.lua", annotations.sandbox),
            (".luarc.json", EditorSupport.luarc),
            (".luacheckrc", LuacheckStandard(globals: globals, producer: producer).text),
        ]
    }

    /// LuaLS settings: Lua 5.4, the annotation folder as a library, the partial libraries'
    /// stock annotations off (the sandbox file describes what is left of them).
    static var luarc: String {
        let builtins = LuaAnnotations.partialLibraries.map { "    \"\($0)\": \"disable\"" }.joined(separator: ",\n")
        return """
            {
              "$schema": "https://raw.githubusercontent.com/LuaLS/vscode-lua/master/setting/schema.json",
              "runtime.version": "Lua 5.4",
              "runtime.builtin": {
            \(builtins)
              },
              "workspace.library": ["\(annotationFolder)"],
              "workspace.checkThirdParty": false
            }

            """
    }

    /// Writes the files under `folder`, replacing earlier copies of them; returns their URLs.
    /// - Throws: ``ProfintError/io(_:)`` naming the file that cannot be written.
    @discardableResult
    public func write(to folder: URL) throws -> [URL] { try TextFiles.write(files, in: folder) }
}
