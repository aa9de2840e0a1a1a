import Foundation
@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Bundles, the catalog and the search path")
struct CatalogTests {
    @Test func theFixturesLoadWithTheirToolsAndBases() throws {
        let catalog = try fixtureCatalog()
        #expect(catalog.modules.map(\.id) == ["demo"])
        #expect(catalog.plugins.map(\.id) == ["demo-plus"])
        #expect(catalog.toolEntries.map(\.id) == ["demo/plan", "demo/plan-b"])
        #expect(catalog.errors.isEmpty)
        let summaries = catalog.toolSummaries()
        #expect(summaries.map(\.base) == [nil, "demo/plan"])
    }

    /// The base a tool's file names, read without running it (the order of `profint test`'s work):
    /// the bundled tools' agree with the bases loading finds; the field is told from look-alikes.
    @Test func theDeclaredBaseIsTheBaseTheToolExtends() throws {
        let catalog = try fixtureCatalog()
        #expect(catalog.declaredBase(of: "demo/plan-b") == "demo/plan")
        #expect(catalog.declaredBase(of: "demo/plan") == nil)
        #expect(catalog.declaredBase(of: "no/such") == nil)
        let bundled = try Catalog(searchPath: SearchPath(folders: [
            Fixtures.checkout.appendingPathComponent("modules"), Fixtures.checkout.appendingPathComponent("plugins"),
        ]))
        let loader = try ToolLoader(catalog: bundled)
        for entry in bundled.toolEntries {
            #expect(bundled.declaredBase(of: entry.id) == (try loader.load(entry.id).base?.tool.id), "\(entry.id)")
        }
        let cases: [(source: String, base: String?)] = [
            ("return tool { id = \"t\", extends=\"m/base\" }", "m/base"),
            ("return tool { id = \"t\", extends  =  'm/base' }", "m/base"),
            ("-- was: extends = 'm/old'\nreturn tool { id = \"t\", extends = 'm/base' }", "m/base"),
            ("local my_extends = 'm/no'\nreturn tool { id = \"t\", extends = 'm/base' }", "m/base"),
            ("-- extends nothing (extends = nothing)\nreturn tool { id = \"t\" }", nil),
            ("return tool { id = \"t\", extends = [[m/base]] }", nil),
            ("return tool { id = \"t\", extends = 'm/' .. 'base' }", nil),
        ]
        for (source, base) in cases {
            let (_, catalog) = try moduleWithTool(tool: source)
            #expect(catalog.declaredBase(of: "m/t") == base, "\(source)")
        }
    }

    @Test func twoBundlesWithOneIdAreAnErrorNamingBothFolders() throws {
        let catalog = try Catalog(searchPath: SearchPath(
            folders: [fixtures.appendingPathComponent("bad/twin-a"), fixtures.appendingPathComponent("bad/twin-b")]))
        let error = try #require(catalog.errors.first)
        #expect(error.message.contains("twin-a"))
        #expect(error.message.contains("twin-b"))
        #expect(catalog.bundles.count == 1)
    }

    @Test func aPluginNeedingANewerAPIIsRefused() throws {
        let catalog = try fixtureCatalog([fixtures.appendingPathComponent("bad/future-api")])
        #expect(catalog.errors.contains {
            $0.message == "plugin future-api needs authoring API 2, but this profint provides API 1: upgrade profint"
        })
    }

    @Test func theSearchPathIsBundledThenProfintPathThenPathFlags() throws {
        let path = SearchPath.standard(
            extra: [URL(fileURLWithPath: "/flag")],
            environment: ["PROFINT_HOME": "/home-content", "PROFINT_PATH": "/one:/two"],
            executable: URL(fileURLWithPath: "/usr/bin/profint"))
        #expect(path.folders.map(\.path) == ["/home-content", "/one", "/two", "/flag"])
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let built = SearchPath.bundledContent(environment: [:],
                                              executable: checkout.appendingPathComponent(".build/debug/profint"))
        #expect(built?.standardizedFileURL.path == checkout.standardizedFileURL.path,
                "a binary in .build finds its checkout")
    }

    @Test func aBundleFolderAFolderOfBundlesAndAProjectRootAllWork() {
        let good = fixtures.appendingPathComponent("good")
        #expect(SearchPath.bundleFolders(in: good).map(\.lastPathComponent) == ["demo", "demo-plus"])
        #expect(SearchPath.bundleFolders(in: good.appendingPathComponent("modules")).map(\.lastPathComponent)
                == ["demo"])
        #expect(SearchPath.bundleFolders(in: good.appendingPathComponent("modules/demo")).map(\.lastPathComponent)
                == ["demo"])
    }

    @Test func aModulesCaseTextHasItsFrontMatter() throws {
        let root = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en', 'fr' }, "
                + "title = 'M' }",
            "m/case.en.md": "---\ntitle: The case\nsource: written for this module\n---\n# The case\nText.\n",
            "m/case.fr.md": "# Le cas\n",
        ])
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        let bundle = try #require(catalog.bundle("m"))
        let english = try #require(try CaseText.load(bundle, language: "en"))
        #expect(english.frontMatter["source"] == "written for this module")
        #expect(english.body == "# The case\nText.\n")
        #expect(try CaseText.load(bundle, language: "fr")?.body == "# Le cas\n")
        #expect(try CaseText.load(bundle, language: "it")?.language == "en", "falls back to English")
    }
}

@Suite("profint check finds each planted problem")
struct CheckerTests {
    @Test func everyPlantedErrorIsReportedAtItsFileAndLine() throws {
        let bad = fixtures.appendingPathComponent("bad")
        let catalog = try Catalog(searchPath: SearchPath(folders: [fixtures.appendingPathComponent("good"), bad]))
        let found = Checker(catalog: catalog).check([bad]).filter { $0.severity == .error }.map { catalog.display($0) }
        let expected = [
            "bad-change/tools/bad-change.lua:3: error: remove('needs.nothing')",
            "bad-change/tools/bad-change.lua:4: error: move('cover')",
            "bad-manifest/module.lua:1: error: module bad-manifest needs languages",
            "dup-ids/tools/twice.lua:5: error: step a has two questions with the id 'same'",
            "endless/tools/spin.lua:2: error: instruction budget of 100000000 instructions exhausted",
            "future-api/plugin.lua:1: error: plugin future-api needs authoring API 2",
            "hog/tools/grow.lua:2: error: memory limit of 64 MiB exceeded",
            "missing-base/tools/missing-base.lua:2: error: extends = 'demo/no-such-tool': no such tool",
            "no-options/tools/choice.lua:4: error: question pick of step a needs options",
            "runtime-error/tools/nil-index.lua:2: error: attempt to index a nil value (local 'settings')",
            "syntax/tools/broken.lua:3: error: '}' expected near 'title'",
            "twin-b/module.lua:1: error: two bundles have the id 'twin'",
        ]
        for piece in expected {
            #expect(found.contains { $0.contains(piece) },
                    "missing: \(piece)\nfound:\n\(found.joined(separator: "\n"))")
        }
    }

    @Test func theGoodFixturesPassWithoutWarnings() throws {
        let catalog = try fixtureCatalog()
        #expect(Checker(catalog: catalog).check([fixtures.appendingPathComponent("good")]).isEmpty)
    }

    @Test func missingTranslationsAreWarnings() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = { en = "T", fr = "T" },
              step { id = "s", title = { en = "S" }, ask.text { id = "q", text = { en = "Q", fr = "Q" } } } }
            """, languages: "{ 'en', 'fr' }")
        let found = Checker(catalog: catalog).check()
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.map(\.message) == ["m fr: 0 of 1 text translated", "m/t fr: 2 of 3 texts translated"],
                "one line per tool and language, not one warning per text")
        let missing = Checker(catalog: catalog).report().translations.flatMap(\.missing)
        #expect(missing.count == 2 && missing.contains { $0.hasSuffix("tools/t.lua:2: s title \"S\"") }, "\(missing)")
    }

    @Test func aCaseTextWithWindowsLineEndsHasItsFrontMatterAndParagraphs() throws {
        let text = "---\r\ntitle: Madame S.\r\n---\r\nFirst paragraph,\r\nstill the first.\r\n\r\nSecond.\r\n"
        let parsed = try CaseText.parse(text, language: "en", file: URL(fileURLWithPath: "/tmp/case.en.md"))
        #expect(parsed.frontMatter["title"] == "Madame S.")
        #expect(parsed.blocks.map(\.text) == ["First paragraph,\nstill the first.", "Second."])
        #expect(parsed.blocks.map(\.line) == [4, 7])
    }
}
