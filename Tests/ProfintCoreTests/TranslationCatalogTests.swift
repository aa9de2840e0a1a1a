import Foundation
import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// A PO file's text: a header in `language`, then `messages` as (context, source, translation,
/// fuzzy).
func poText(_ language: String, _ messages: [(String, String, String, Bool)]) -> String {
    var entries = messages.map { context, id, text, fuzzy in
        POEntry(context: context, id: id, translations: [text], flags: fuzzy ? ["fuzzy"] : [])
    }
    entries.sort { ($0.context ?? "") < ($1.context ?? "") }
    return POWriter.write(POFile(headerFields: TranslationTemplate.headerFields(project: "test", language: language),
                                 entries: entries))
}

@Suite("Translation catalogs: translations/<lang>.po of a bundle, used at load")
struct TranslationCatalogTests {
    @Test func aCatalogTranslatesByContextAndFuzzyMessagesAreNotUsed() throws {
        let (_, catalog) = try baseAndPlugin(plugin: "return tool { extends = 'm/t' }", files: [
            "m/translations/el.po": poText("el", [
                ("m/t title", "Tool", "Εργαλείο", false),
                ("m/t s.actions column.what.text", "What", "Τι", false),
                ("m/t s.actions column.kind.option.a", "First", "Πρώτο", false),
                ("m/t s.actions row_label", "Action", "Ενέργεια", false),
                ("m/t s.n unit", "people", "άτομα", false),
                ("m/t s.sc label.5", "A lot", "Πολύ", false),
                ("m/t s.fixed row.r1", "Row one", "Γραμμή ένα", false),
                ("m/t s.c option.plain", "plain", "απλό", false),
                ("m/t s title", "Step", "Βήμα (προσχέδιο)", true),
                ("m/t s.n text", "An older text", "Πόσοι;", false),
            ]),
        ])
        let tool = try ToolLoader(catalog: catalog).load("m/t").tool
        let step = try #require(tool.step("s"))
        #expect(tool.title.resolve("el") == "Εργαλείο")
        #expect(tool.languages == ["en", "fr", "el"], "the catalog's language is added to the tool's")
        let table = step.questions[3]
        #expect(table.columns[0].text.resolve("el") == "Τι")
        #expect(table.columns[1].options[0].label.resolve("el") == "Πρώτο", "a column's options are reachable")
        #expect(table.rowName(1, language: "el") == "Ενέργεια 2")
        #expect(step.questions[0].unit?.resolve("el") == "άτομα")
        #expect(step.questions[2].labels[5]?.resolve("el") == "Πολύ")
        #expect(step.questions[4].rows?[0].label.resolve("el") == "Γραμμή ένα")
        #expect(step.questions[1].options[0].label.resolve("el") == "απλό")
        #expect(step.title.resolve("el") == "Step", "a fuzzy message is not used")
        #expect(step.questions[0].text.resolve("el") == "How many?", "a message for another source text is not used")
    }

    @Test func identicalTextsInTwoPlacesAreTranslatedApart() throws {
        let (_, catalog) = try moduleWithTool(tool: """
            return tool { title = "T",
              step { id = "s", title = "Action", ask.text { id = "q", text = "Action" } } }
            """)
        let folder = try #require(catalog.bundle("m")?.folder)
        try poText("fr",
                   [("m/t s title", "Action", "Passer à l'action", false), ("m/t s.q text", "Action", "Geste", false)])
            .write(to: folder.appendingPathComponent("translations/fr.po").creatingFolder(),
                   atomically: true, encoding: .utf8)
        let tool = try ToolLoader(catalog: try Catalog(searchPath: catalog.searchPath)).load("m/t").tool
        #expect(tool.steps[0].title.resolve("fr") == "Passer à l'action")
        #expect(tool.steps[0].questions[0].text.resolve("fr") == "Geste")
    }

    @Test func aTranslationWrittenInLuaWinsOverACatalog() throws {
        let (_, catalog) = try baseAndPlugin(plugin: """
            return tool { extends = "m/t", translate("el", { [""] = { title = "Από τη Lua" } }) }
            """, files: ["p/translations/el.po": poText(
                "el", [("m/t-el title", "Tool", "Από τον κατάλογο", false)])])
        #expect(try ToolLoader(catalog: catalog).load("m/t-el").tool.title.resolve("el") == "Από τη Lua")
    }

    @Test func aPluginTranslatesAModulesToolsManifestAndCaseText() throws {
        let (root, _) = try baseAndPlugin(plugin: "return tool { extends = 'm/t' }", files: [
            "m/case.en.md": "---\ntitle: The case\n---\n# The case\n\n"
                + "First paragraph,\non two lines.\n\nSecond paragraph.\n",
            "p/translations/el.po": poText("el", [
                ("m title", "Module", "Ενότητα", false),
                ("m case.title", "The case", "Η περίπτωση", false),
                ("m case", "# The case", "# Η περίπτωση", false),
                ("m case", "First paragraph,\non two lines.",
                 "Πρώτη παράγραφος,\nσε δύο γραμμές.", false),
                ("m/t title", "Tool", "Εργαλείο", false),
            ]),
        ])
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        let module = try #require(catalog.bundle("m"))
        #expect(module.manifest.title.resolve("el") == "Ενότητα")
        #expect(module.manifest.languages == ["en", "fr", "el"])
        let caseText = try #require(try catalog.caseText(of: module, language: "el"))
        #expect(caseText.frontMatter["title"] == "Η περίπτωση")
        #expect(caseText.body == "# Η περίπτωση\n\nΠρώτη παράγραφος,\nσε δύο γραμμές.\n\nSecond paragraph.\n",
                "an untranslated paragraph stays in the first language")
        #expect(try ToolLoader(catalog: catalog).load("m/t").tool.title.resolve("el") == "Εργαλείο",
                "a plugin's catalog translates the module's tool")
        #expect(try ToolLoader(catalog: catalog).load("m/t-el").tool.title.resolve("el") == "Εργαλείο",
                "and the tools derived from it, for the texts they inherit")
    }

    @Test func aBrokenCatalogIsAnErrorAtItsLine() throws {
        let (root, _) = try moduleWithTool(
            tool: "return tool { title = 'T', step { id = 's', title = 'S', ask.text { id = 'q', text = 'Q' } } }")
        try "msgid \"a\"\nmsgstr \"b\nmsgid".write(
            to: root.appendingPathComponent("m/translations/el.po").creatingFolder(), atomically: true, encoding: .utf8)
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        let problem = try #require(catalog.errors.first)
        #expect(problem.location?.file == "translations/el.po" && problem.location?.line != nil, "\(problem)")
    }

    @Test func aCatalogPastTheSizeLimitIsAnErrorAndNotRead() throws {
        let (root, _) = try moduleWithTool(
            tool: "return tool { title = 'T', step { id = 's', title = 'S', ask.text { id = 'q', text = 'Q' } } }")
        let comment = "# " + String(repeating: "x", count: 1000) + "\n"
        try String(repeating: comment, count: ContentLimits.catalogBytes / comment.utf8.count + 1)
            .write(to: root.appendingPathComponent("m/translations/el.po").creatingFolder(),
                   atomically: true, encoding: .utf8)
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        let problem = try #require(catalog.errors.first)
        #expect(problem.message.contains("at most 1 MB") && problem.location?.file == "translations/el.po",
                "\(problem)")
    }
}

@Suite("A derived tool's languages: check counts base texts as missing or falling back")
struct DerivedLanguageTests {
    let plugin = """
        return tool { extends = "m/t",
          step { id = "more", title = "More", ask.yesno { id = "ok", text = "Fine?" } },
          translate("el", { more = { title = "Κι άλλο" }, ["more.ok"] = { text = "Εντάξει;" } }),
        }
        """

    @Test func missingByDefaultIsOneSummaryLineNotAWarningPerText() throws {
        let (root, catalog) = try baseAndPlugin(plugin: plugin)
        let found = Checker(catalog: catalog).check([root.appendingPathComponent("p")])
        let lines = found.filter { $0.message.hasPrefix("m/t-el ") }.map(\.message)
        #expect(lines == ["m/t-el el: 2 of 27 texts translated"], "\(found.map(\.message))")
    }

    @Test func fallbackCountsOnlyWhatThePluginAdds() throws {
        let (root, catalog) = try baseAndPlugin(plugin: plugin, pluginExtra: ", base_texts = 'fallback'")
        let report = Checker(catalog: catalog).report([root.appendingPathComponent("p")])
        #expect(!report.diagnostics.contains { $0.message.hasPrefix("m/t-el ") },
                "\(report.diagnostics.map(\.message))")
        let summary = try #require(report.translations.first { $0.owner == "m/t-el" && $0.language == "el" })
        #expect(summary.line == "el: 2 of 2 texts translated; 25 base texts fall back to en")
        #expect(try ToolLoader(catalog: catalog).load("m/t-el").tool.title.resolve("el") == "Tool",
                "shown in the base's language")
    }

    @Test func aFuzzyMessageIsCountedInTheSummary() throws {
        let (root, catalog) = try baseAndPlugin(plugin: plugin, files: [
            "p/translations/el.po": poText("el", [("m/t-el title", "Tool", "Εργαλείο", false),
                                                  ("m/t-el s title", "Step", "Βήμα", true)]),
        ])
        let report = Checker(catalog: catalog).report([root.appendingPathComponent("p")])
        let summary = try #require(report.translations.first { $0.owner == "m/t-el" && $0.language == "el" })
        #expect(summary.line == "el: 3 of 27 texts translated, 1 fuzzy")
        #expect(summary.missing.contains { $0.contains("s title \"Step\" (fuzzy)") }, "\(summary.missing)")
    }

    @Test func anUnknownChoiceIsAnErrorInTheManifest() throws {
        let (_, catalog) = try baseAndPlugin(plugin: plugin, pluginExtra: ", base_texts = 'english'")
        #expect(catalog.errors.contains {
            $0.message.contains("base_texts must be \"fallback\"")
                && $0.location?.file.hasSuffix("p/plugin.lua") == true
        }, "\(catalog.errors.map { "\($0)" })")
    }
}

@Suite("translate update merges a template into a catalog as msgmerge does")
struct TranslationMergeTests {
    @Test func newChangedRemovedAndReturningTexts() throws {
        var old = POFile(headerFields: TranslationTemplate.headerFields(project: "t", language: "el"))
        old.entries = [
            POEntry(context: "t a", id: "Same", translations: ["Ίδιο"]),
            POEntry(context: "t b", id: "Old text", translations: ["Παλιό"], translatorComments: ["checked"]),
            POEntry(context: "t c", id: "Gone", translations: ["Φεύγει"]),
            POEntry(context: "t d", id: "Untranslated and gone"),
            POEntry(context: "t e", id: "Back", translations: ["Πίσω"], isObsolete: true),
        ]
        let template = POFile(entries: [
            POEntry(context: "t new", id: "New", references: ["m/tools/t.lua:1"]),
            POEntry(context: "t a", id: "Same", references: ["m/tools/t.lua:2"]),
            POEntry(context: "t b", id: "New text"),
            POEntry(context: "t e", id: "Back"),
        ])
        let (merged, summary) = TranslationMerge.merge(old, template: template)
        #expect(summary == TranslationMerge.Summary(unchanged: 2, added: 1, fuzzy: 1, obsolete: 1))
        #expect(merged.header == old.header)
        #expect(merged.entries.map(\.context) == ["t new", "t a", "t b", "t e", "t c"])
        #expect(merged.entries[0].translations == [""])
        #expect(merged.entries[1].translations == ["Ίδιο"] && merged.entries[1].references == ["m/tools/t.lua:2"])
        let changed = merged.entries[2]
        #expect(changed.isFuzzy && changed.previousID == "Old text" && changed.translations == ["Παλιό"])
        #expect(changed.translatorComments == ["checked"])
        #expect(!merged.entries[3].isObsolete && merged.entries[3].translations == ["Πίσω"],
                "an obsolete text that comes back is used again")
        #expect(merged.entries[4].isObsolete && merged.entries[4].translations == ["Φεύγει"])
        let again = TranslationMerge.merge(merged, template: template)
        #expect(again.0 == merged, "merging the same template twice changes nothing more")
        #expect(again.1.fuzzy == 0)
    }
}

extension URL {
    /// The URL, after creating the folder it goes in.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
