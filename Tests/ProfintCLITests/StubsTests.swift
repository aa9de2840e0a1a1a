import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// `profint stubs`: editor support written from the authoring schema and the live sandbox
/// (docs/authoring.md, "Editor support").
@Suite("profint stubs")
struct StubsTests {
    /// Runs `profint stubs` into a new folder and returns it.
    func stubs() throws -> URL {
        let folder = try temporaryFolder(prefix: "profint-stubs")
        let written = try profint(["stubs", "--out", folder.path])
        #expect(written.status == 0, "\(written.err)")
        return folder
    }

    @Test func theAnnotationsNameEveryKindFieldAndChangeFunction() throws {
        let folder = try stubs()
        let api = try String(contentsOf: folder.appendingPathComponent(".profint/profint.lua"), encoding: .utf8)
        #expect(api.hasPrefix("---@meta profint\n"))
        for kind in AuthoringSchema.kinds {
            #expect(api.contains("function ask.\(kind.rawValue)(spec) end"), "\(kind)")
        }
        for change in AuthoringSchema.changes { #expect(api.contains("function \(change.name)("), "\(change.name)") }
        #expect(api.contains("---@overload fun(item: profint.Step|profint.Question): profint.Change"), "append(step)")
        for constructor in ["tool", "step", "module", "plugin", "exercise"] {
            #expect(api.contains("function \(constructor)(spec) end"), "\(constructor)")
        }
        for field in AuthoringSchema.question { #expect(api.contains("---@field \(field.name)? "), "\(field.name)") }
        #expect(api.contains("---@field constraint? (fun(value: any, a: profint.Answers, ctx: profint.Context): any)"))
        #expect(api.contains("---@field run? (fun(s: profint.StepSession): any)"))
        let sandbox = try String(contentsOf: folder.appendingPathComponent(".profint/sandbox.lua"), encoding: .utf8)
        #expect(sandbox.contains("function os.clock(...) end"))
        #expect(!sandbox.contains("os.execute"), "what the sandbox removes is not offered")

        let settings = try Data(contentsOf: folder.appendingPathComponent(".luarc.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: settings) as? [String: Any])
        #expect(json["workspace.library"] as? [String] == [".profint"])
        #expect(json["runtime.version"] as? String == "Lua 5.4")
        #expect((json["runtime.builtin"] as? [String: String])?["os"] == "disable")
    }

    @Test(.enabled(if: Programs.has("luac5.4"))) func theAnnotationFilesParseAsLua() throws {
        let folder = try stubs()
        for file in [".profint/profint.lua", ".profint/sandbox.lua", ".luacheckrc"] {
            let parsed = try runProgram(try #require(Programs.path("luac5.4")),
                                        ["-p", folder.appendingPathComponent(file).path])
            #expect(parsed.status == 0, "\(file): \(parsed.err)")
        }
    }

    @Test(.enabled(if: Programs.has("luacheck"))) func luacheckPassesTheBundledContent() throws {
        let config = try stubs().appendingPathComponent(".luacheckrc")
        let lint = try runProgram(try #require(Programs.path("luacheck")), [
            "--no-color", "--config", config.path, "modules", "plugins",
        ], in: checkout)
        #expect(lint.status == 0, "\(lint.out)")
        #expect(lint.out.contains("Total: 0 warnings / 0 errors"))
    }

    @Test(.enabled(if: Programs.has("luacheck"))) func luacheckFlagsAMisspelledChangeAndWhatTheSandboxRemoves() throws {
        let folder = try stubs()
        let luacheck = try #require(Programs.path("luacheck"))
        let config = folder.appendingPathComponent(".luacheckrc").path
        let typo = try runProgram(luacheck, ["--no-color", "--config", config, "Tests/Fixtures/bad/misspelled-change"],
                                  in: checkout)
        #expect(typo.status == 1)
        #expect(typo.out.contains("misspelled-change.lua:6:3: accessing undefined variable 'insert_afer'"),
                "\(typo.out)")
        #expect(typo.out.contains("1 warning / 0 errors"))

        try "dofile('x.lua')\nos.execute('ls')\nlocal f = io.open('x')\nreturn f, os.time(), string.dump\n"
            .write(to: folder.appendingPathComponent("removed.lua"), atomically: true, encoding: .utf8)
        let removed = try runProgram(luacheck, ["--no-color", "removed.lua"], in: folder)
        for flagged in ["1:1: accessing undefined variable 'dofile'",
                        "2:1: accessing undefined field 'execute' of global 'os'",
                        "3:11: accessing undefined field 'open' of global 'io'",
                        "4:22: accessing undefined field 'dump' of global 'string'"] {
            #expect(removed.out.contains(flagged), "\(flagged)\n\(removed.out)")
        }
        #expect(!removed.out.contains("'time'"), "os.time is kept")
    }
}
