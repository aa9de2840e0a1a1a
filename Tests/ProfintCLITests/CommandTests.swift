import Foundation
import ProfintTestSupport
import Testing

@Suite("The commands, driven through the built executable")
struct CommandTests {
    @Test func versionAndHelp() throws {
        let version = try profint(["--version"])
        #expect(version.status == 0)
        let words = version.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(words.split(separator: " ").first?.split(separator: ".").count == 3, "\(words)")
        #expect(words.hasSuffix("(authoring API 1)"), "the API level plugins name")
        // `--version` alone is answered before the parser; anywhere else the parser decides, and
        // says the same words.
        for arguments in [["--version", "--version"], ["list", "--version"]] {
            let parsed = try profint(arguments)
            #expect(parsed.status == 0)
            #expect(parsed.out == version.out, "\(arguments)")
        }
        let help = try profint(["--help"])
        for command in ["list", "show", "run", "check", "test"] { #expect(help.out.contains(command)) }
        for command in ["list", "show", "run", "check", "test"] {
            let sub = try profint([command, "--help"])
            #expect(sub.status == 0, "\(command) --help")
            #expect(sub.out.contains("USAGE: profint \(command)"))
        }
    }

    /// Each option's help says its default and its values once: the argument parser adds
    /// "(values: …; default: …)", so the option's own words must not say them again.
    @Test func everyOptionsHelpSaysItsDefaultAndItsValuesOnce() throws {
        let commands = ["run", "report", "list", "show", "check", "test", "new plugin", "new module", "stubs",
                        "translate template", "translate update", "sessions list", "sessions show", "sessions export",
                        "sessions import", "sessions delete"]
        for command in commands {
            let help = try profint(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(!help.out.contains(".\nExit codes:"), "\(command): the exit codes are a paragraph of their own")
            // An option's entry: its line ("  --name <value>  words") and the indented lines after it.
            var entries: [String] = []
            for line in help.out.split(separator: "\n") {
                if line.hasPrefix("  -") { entries.append(String(line)) } else if line.hasPrefix("    "),
                    !entries.isEmpty { entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) }
            }
            for entry in entries {
                let defaults = entry.components(separatedBy: "default:").count - 1
                #expect(defaults <= 1, "\(command): \(entry)")
                if let values = entry.range(of: "(values: ") {
                    let listed = entry[values.upperBound...].prefix { $0 != ";" && $0 != ")" }
                        .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    let words = entry[..<values.lowerBound]
                    #expect(!words.contains(" or \(listed.last ?? "")") && !words.contains("  \(listed.first ?? ""):"),
                            "\(command): the values said twice: \(entry)")
                }
            }
        }
    }

    /// linker/README.md: the executable links Lua, SQLite and libedit statically, so it needs no
    /// shared library of theirs (and works where only the C library is installed).
    @Test(.enabled(if: Programs.has("readelf")))
    func theExecutableNeedsNoSharedLuaSQLiteOrLibedit() throws {
        let dynamic = try runProgram(try #require(Programs.path("readelf")), ["-d", profintBinary.path])
        #expect(dynamic.status == 0, "\(dynamic.err)")
        let needed = dynamic.out.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("[libc.so") }, "readelf lists what the executable needs:\n\(dynamic.out)")
        for name in ["liblua", "libsqlite3", "libedit", "libtinfo", "libbsd"] {
            #expect(!needed.contains { $0.contains(name) }, "\(name) in:\n\(needed.joined(separator: "\n"))")
        }
    }

    /// linker/README.md: a program linked as the release executable is (the Swift runtime
    /// static, linker/ searched first) loads only the C library's shared libraries: the C++
    /// library and the unwinder come from GCC's static archives. (The tests' own build links
    /// the Swift runtime as shared libraries, which load the C++ library themselves.)
    @Test(.enabled(if: Programs.has("swiftc") && Programs.has("ldd")))
    func aProgramLinkedAsTheReleaseLoadsOnlyTheCLibrary() throws {
        let folder = try temporaryFolder(["main.swift": "print(\"hello\")\n"])
        let hello = folder.appendingPathComponent("hello").path
        let build = try runProgram(try #require(Programs.path("swiftc")), [
            "-static-stdlib", folder.appendingPathComponent("main.swift").path,
            "-L", checkout.appendingPathComponent("linker").path, "-o", hello,
        ])
        #expect(build.status == 0, "\(build.err)")
        let libraries = try runProgram(try #require(Programs.path("ldd")), [hello])
        #expect(libraries.status == 0, "\(libraries.err)")
        let loaded = libraries.out.split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        }
        #expect(!loaded.isEmpty)
        for name in loaded {
            let ofTheCLibrary = ["linux-vdso.so", "libm.so", "libc.so"].contains { name.hasPrefix($0) }
                || name.contains("/ld-linux")
            #expect(ofTheCLibrary, "\(name) in:\n\(libraries.out)")
        }
    }

    @Test func listShowsModulesPluginsAndDerivedTools() throws {
        let text = try profint(["list", "--path", good])
        #expect(text.status == 0)
        #expect(text.out.contains("demo/plan  Plan"))
        #expect(text.out.contains("demo/plan-b  Plan B (derived from demo/plan)"))
        let json = try profint(["list", "--path", good, "--format", "json", "--lang", "fr"])
        #expect(json.out.contains("\"base\": \"demo/plan\""))
        #expect(json.out.contains("\"title\": \"Démo\""))
    }

    @Test func showPrintsAnOutlineWithAnswerPaths() throws {
        let outline = try profint(["show", "demo/plan-b", "--path", good])
        #expect(outline.status == 0)
        #expect(outline.out.contains("derived from demo/plan"))
        #expect(outline.out.contains("partners.for[<each item of needs.needs>]  list"))
        #expect(outline.out.contains("1. who: Who (15 min)"))
        let module = try profint(["show", "demo", "--path", good, "--lang", "fr"])
        #expect(module.out.contains("Démo"))
        #expect(module.out.contains("1. Pourquoi ?"))
        #expect(try profint(["show", "nothing", "--path", good]).status == 66)
    }

    @Test func aHeadlessRunPrintsTheResult() throws {
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let markdown = try profint(["run", "demo/plan", "--path", good, "--answers",
                                    folder.appendingPathComponent("answers.yaml").path])
        #expect(markdown.status == 0, "\(markdown.err)")
        #expect(markdown.out.contains("# Plan"))
        #expect(markdown.out.contains("| **Action 1** | call the agencies | 2021-03-05 |"))
        #expect(markdown.out.contains("\\<script\\>"), "answers are escaped in Markdown")
        let json = try profint(["run", "--path", good, "--answers", folder.appendingPathComponent("answers.yaml").path,
                                "--format", "json"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"format\": \"profint-session\""))
        #expect(json.out.contains("\"status\": \"complete\""))
        #expect(json.out.contains("\"organisation\": \"CRESM\""))
    }

    /// Yams prints a line on standard output when YAMS_DEFAULT_ENCODING is set and its default
    /// encoding is used: profint names UTF-8 itself, so its output stays its own (JSON clients).
    @Test func yamlIsReadTheSameWhateverYamsEnvironmentSays() throws {
        let folder = try temporaryFolder(["answers.yaml": planYAML])
        let answers = folder.appendingPathComponent("answers.yaml").path
        let json = try profint(["run", "demo/plan", "--path", good, "--answers", answers, "--format", "json"],
                               environment: ["YAMS_DEFAULT_ENCODING": "UTF16"])
        #expect(json.status == 0, "\(json.err)")
        #expect(json.out.hasPrefix("{"), "stdout is the JSON document alone: \(json.out.prefix(200))")
        #expect(!json.out.contains("YAMS_DEFAULT_ENCODING"))
        #expect(json.out.contains("\"organisation\": \"CRESM\""))
    }

    @Test func badAnswersExit65NamingFileLinePathAndReason() throws {
        let folder = try temporaryFolder([
            "short.yaml": "answers:\n  needs.needs: [Housing]\n",
            "typo.yaml": "answers:\n  needs.needs: [A, B]\n  needs.alone: false\n  needs.whyy: x\n",
            "missing.yaml": "answers:\n  needs.needs: [A, B]\n",
            "broken.yaml": "answers: [unclosed\n",
        ])
        let short = try profint(["run", "demo/plan", "--path", good, "--answers",
                                 folder.appendingPathComponent("short.yaml").path])
        #expect(short.status == 65)
        #expect(short.err.contains("short.yaml:2: needs.needs: at least 2 items needed, got 1"))
        #expect(short.out.isEmpty)
        let typo = try profint(["run", "demo/plan", "--path", good, "--answers",
                                folder.appendingPathComponent("typo.yaml").path])
        #expect(typo.status == 65)
        #expect(typo.err.contains("typo.yaml:4: needs.whyy: unknown answer path: step 'needs' has no question 'whyy'"))
        let missing = try profint(["run", "demo/plan", "--path", good, "--answers",
                                   folder.appendingPathComponent("missing.yaml").path])
        #expect(missing.err.contains("needs.alone: a required answer is missing"))
        let broken = try profint(["run", "demo/plan", "--path", good, "--answers",
                                  folder.appendingPathComponent("broken.yaml").path])
        #expect(broken.status == 65)
        #expect(broken.err.contains("broken.yaml"))
    }

    @Test func distinctExitCodesForDistinctFailures() throws {
        let folder = try temporaryFolder(["a.yaml": "answers: {}\n"])
        let answers = folder.appendingPathComponent("a.yaml").path
        #expect(try profint(["run", "demo/nothing", "--path", good, "--answers", answers]).status == 66)
        #expect(try profint(["run", "demo/plan", "--path", good, "--answers", "/no/such/file.yaml"]).status == 66)
        #expect(try profint(["run", "--bogus-flag"]).status == 64)
        let bad = fixtures.appendingPathComponent("bad/no-options").path
        let content = try profint(["run", "no-options/choice", "--path", bad, "--answers", answers])
        #expect(content.status == 78)
        #expect(content.err.contains("no-options/tools/choice.lua:4: error:"))
        let script = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": "return tool { title = 'T', "
                + "step { id = 's', title = 'S', run = function(s) error('boom') end } }\n",
        ])
        let failure = try profint(["run", "m/t", "--path", script.path, "--answers", answers])
        #expect(failure.status == 70)
        #expect(failure.err.contains("m/tools/t.lua:1: boom"))
    }

    @Test func checkReportsPlantedErrorsAndPassesCleanBundles() throws {
        let clean = try profint(["check", good, "--path", good])
        #expect(clean.status == 0)
        #expect(clean.out.contains("2 bundles checked: 0 errors, 0 warnings"))
        let bad = try profint(["check", fixtures.appendingPathComponent("bad").path, "--path", good])
        #expect(bad.status == 78)
        for piece in ["syntax/tools/broken.lua:3: error:", "dup-ids/tools/twice.lua:5: error:",
                      "bad-change/tools/bad-change.lua:3: error:",
                      "endless/tools/spin.lua:2: error: instruction budget",
                      "hog/tools/grow.lua:2: error: memory limit"] {
            #expect(bad.out.contains(piece), "\(piece)")
        }
    }

    @Test func testRunsCasesAndEndsWithTheCount() throws {
        let passing = try profint(["test", good, "--path", good])
        #expect(passing.status == 0)
        #expect(passing.out.hasSuffix("2 passed, 0 failed\n"))
        let folder = try temporaryFolder([
            "failing/plugin.lua": "return plugin { id = 'failing', version = '1', author = 'T', api = 1, "
                + "languages = { 'en' }, title = 'F', provides = {} }",
            "failing/tests/wrong.yaml": "name: expects the wrong value\ntool: demo/plan\n"
                + "answers:\n  needs.needs: [A]\nexpect:\n  complete: true\n",
        ])
        let failing = try profint(["test", folder.path, "--path", good])
        #expect(failing.status == 1)
        #expect(failing.out.contains("FAIL  expects the wrong value"))
        #expect(failing.out.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func testRunsOneCaseFileAlone() throws {
        let demo = Fixtures.good.appendingPathComponent("modules/demo")
        let one = try profint(["test", demo.appendingPathComponent("tests/short-list.yaml").path, "--path", good])
        #expect(one.status == 0, "\(one.err)")
        #expect(one.out.contains("demo/tests/short-list.yaml)"), "\(one.out)")
        #expect(!one.out.contains("complete.yaml"), "only the case named: \(one.out)")
        #expect(one.out.hasSuffix("1 passed, 0 failed\n"))
        let notACase = try profint(["test", demo.appendingPathComponent("module.lua").path, "--path", good])
        #expect(notACase.status == 66)
        #expect(notACase.err.contains("module.lua: not a test case (a bundle's tests/NAME.yaml) nor a folder"))
        let outside = try temporaryFolder(["loose/tests/a.yaml": "tool: demo/plan\n"])
        let loose = try profint(["test", outside.appendingPathComponent("loose/tests/a.yaml").path, "--path", good])
        #expect(loose.status == 66)
        #expect(loose.err.contains("loose/tests/a.yaml: not in a bundle"), "\(loose.err)")
        // A folder of bundles is not the bundle of a case beside them.
        let root = try temporaryFolder([
            "root/b/module.lua": "return module { id = 'b', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'B' }",
            "root/b/tests/a.yaml": "tool: demo/plan\n",
            "root/tests/a.yaml": "tool: demo/plan\n",
        ])
        let beside = try profint(["test", root.appendingPathComponent("root/tests/a.yaml").path, "--path", good])
        #expect(beside.status == 66)
        #expect(beside.err.contains("root/tests/a.yaml: not in a bundle"), "\(beside.err)")
    }

    @Test func aPluginDroppedInAfterTheBuildRunsAndTestsWithoutARebuild() throws {
        let folder = try temporaryFolder([
            "plugins/later/plugin.lua": """
                return plugin { id = "later", version = "1", author = "Partner", api = 1, languages = { "en", "fr" },
                  title = { en = "Later", fr = "Plus tard" }, requires = { "demo" },
                  provides = { tools = { ["demo/plan-short"] = "tools/short.lua" } } }
                """,
            "plugins/later/tools/short.lua": """
                return tool { extends = "demo/plan", title = { en = "Short plan", fr = "Plan court" },
                  remove("partners"), remove("cover") }
                """,
            "plugins/later/tests/short.yaml": """
                name: the short plan
                tool: demo/plan-short
                answers: { needs.needs: [A, B], needs.alone: true }
                expect: { complete: true, values: { needs.alone: true }, report_contains: [Short plan] }
                """,
        ])
        let answers = folder.appendingPathComponent("plugins/later/tests/short.yaml").path
        let run = try profint(["run", "demo/plan-short", "--path", good, "--path", folder.path, "--answers", answers])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("# Short plan"))
        let test = try profint(["test", folder.appendingPathComponent("plugins").path, "--path", good],
                               environment: ["PROFINT_PATH": folder.path])
        #expect(test.out.hasSuffix("1 passed, 0 failed\n"), "\(test.out)\(test.err)")
    }
}
