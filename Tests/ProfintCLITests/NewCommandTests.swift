import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// `profint new`: what it writes passes `profint check` and `profint test` as written, through
/// the real binary, with the bundled content on the search path.
@Suite("profint new")
struct NewCommandTests {
    /// The bundled content as the search path, as an installed or checkout profint has it.
    let bundled = ["PROFINT_HOME": checkout.path]

    func checkAndTest(_ folder: URL) throws {
        let check = try profint(["check", folder.path], environment: bundled)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("1 bundle checked: 0 errors, 0 warnings"), "\(check.out)")
        let test = try profint(["test", folder.path], environment: bundled)
        #expect(test.status == 0, "\(test.out)\(test.err)")
        #expect(test.out.hasSuffix("1 passed, 0 failed\n"), "\(test.out)")
    }

    @Test func aNewPluginFromThePartnerMapPassesCheckAndTestAsWritten() throws {
        let out = try temporaryFolder(prefix: "profint-new")
        let made = try profint(["new", "plugin", "x", "--from", "networks/partner-map", "--out", out.path],
                               environment: bundled)
        #expect(made.status == 0, "\(made.err)")
        let folder = out.appendingPathComponent("x")
        try checkAndTest(folder)

        let tool = try String(contentsOf: folder.appendingPathComponent("tools/partner-map.lua"), encoding: .utf8)
        #expect(tool.contains("extends = \"networks/partner-map\""))
        for change in AuthoringSchema.changes {
            #expect(tool.contains("  -- \(change.name)(\""), "a commented example of \(change.name)")
        }
        let manifest = try String(contentsOf: folder.appendingPathComponent("plugin.lua"), encoding: .utf8)
        #expect(manifest.contains("[\"x/partner-map\"] = \"tools/partner-map.lua\""))
        #expect(manifest.contains("requires = { \"networks\" }"))
        let testCase = try String(contentsOf: folder.appendingPathComponent("tests/playthrough.yaml"), encoding: .utf8)
        #expect(testCase.contains("tool: \"x/partner-map\""))
        #expect(testCase.contains("\"identify.situations\": [\"Item 1\",\"Item 2\"]"), "the list's minimum of two")
        for file in [".luacheckrc", ".luarc.json", ".profint/profint.lua"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
        }
        let listed = try profint(["list", "--path", folder.path], environment: bundled)
        #expect(listed.out.contains(
            "x/partner-map  Tool for identifying, mapping and strengthening partner relations (x)"))
    }

    @Test func aNewModulePassesCheckAndTestAsWritten() throws {
        let out = try temporaryFolder(prefix: "profint-new")
        let made = try profint(["new", "module", "y", "--out", out.path], environment: bundled)
        #expect(made.status == 0, "\(made.err)")
        let folder = out.appendingPathComponent("y")
        try checkAndTest(folder)
        let shown = try profint(["show", "y", "--path", folder.path], environment: bundled)
        #expect(shown.out.contains("The case of y"))
        let outline = try profint(["show", "y/worksheet", "--path", folder.path], environment: bundled)
        #expect(outline.out.contains("plan.steps[<each item of needs.needs>]"))
    }

    @Test func newRefusesAnExistingFolderABadNameAndAnUnknownBase() throws {
        let out = try temporaryFolder(["y/notes.txt": "mine"], prefix: "profint-new")
        let again = try profint(["new", "module", "y", "--out", out.path], environment: bundled)
        #expect(again.status == 64)
        #expect(again.err.contains("\(out.path)/y exists already: profint new never writes over a folder"))
        #expect(try String(contentsOf: out.appendingPathComponent("y/notes.txt"), encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("y/module.lua").path))

        let badName = try profint(["new", "module", "a/b", "--out", out.path], environment: bundled)
        #expect(badName.status == 64)
        #expect(badName.err.contains("'a/b' is not a bundle name"))

        let unknown = try profint(["new", "plugin", "z", "--from", "networks/no-such-map", "--out", out.path],
                                  environment: bundled)
        #expect(unknown.status == 66)
        #expect(unknown.err.contains("networks/no-such-map"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("z").path), "nothing left behind")
    }

    @Test(.enabled(if: Programs.has("luacheck"))) func luacheckPassesWhatNewWrites() throws {
        let out = try temporaryFolder(prefix: "profint-new")
        #expect(try profint(["new", "plugin", "x", "--from", "networks/partner-map", "--out", out.path],
                            environment: bundled).status == 0)
        #expect(try profint(["new", "module", "y", "--out", out.path], environment: bundled).status == 0)
        let luacheck = try #require(Programs.path("luacheck"))
        for name in ["x", "y"] {
            let lint = try runProgram(luacheck, ["--no-color", "."], in: out.appendingPathComponent(name))
            #expect(lint.status == 0, "\(name): \(lint.out)")
            #expect(lint.out.contains("0 warnings / 0 errors"))
        }
    }
}
