import Foundation
@testable import ProfintContent
import ProfintModel
import Testing

/// The globals editor support is written from are those of a live environment, and the API's
/// are exactly what the authoring schema describes.
@Suite("The globals scripts see")
struct ScriptGlobalsTests {
    @Test func theAPIGlobalsAreTheSchemasConstructorsAndChangeFunctions() throws {
        let globals = try ScriptGlobals(runtime: ContentRuntime())
        let constructors = LuaAnnotations.constructors.map(\.name)
        #expect(Set(globals.api.map(\.name)) == Set(constructors + ["ask"] + AuthoringSchema.changes.map(\.name)))
        let ask = try #require(globals.api.first { $0.name == "ask" })
        #expect(Set(ask.fields.keys) == Set(AuthoringSchema.kinds.map(\.rawValue)))
        #expect(globals.api.allSatisfy { $0.name == "ask" || $0.type == "function" })
    }

    @Test func theSandboxGlobalsAreWhatItKeeps() throws {
        let globals = try ScriptGlobals(runtime: ContentRuntime())
        let names = Set(globals.sandbox.map(\.name))
        for kept in ["print", "require", "pairs", "string", "table", "math", "os", "io", "load", "warn"] {
            #expect(names.contains(kept), "\(kept)")
        }
        for removed in ["dofile", "loadfile", "tool", "step"] { #expect(!names.contains(removed), "\(removed)") }
        let os = try #require(globals.sandbox.first { $0.name == "os" })
        #expect(Set(os.fields.keys) == ["clock", "date", "time", "difftime"])
    }
}
