import Foundation
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// A module with one tool holding every kind of translatable text, and a plugin that derives
/// from it; `plugin` is the derived tool's file.
func baseAndPlugin(plugin: String, pluginLanguages: String = "{ 'en', 'el' }", pluginExtra: String = "",
                   files: [String: String] = [:]) throws -> (URL, Catalog) {
    var all = [
        "m/module.lua": """
            return module { id = "m", version = "1", author = "T", languages = { "en", "fr" },
              title = { en = "Module", fr = "Module" }, summary = { en = "What it is", fr = "Ce que c'est" } }
            """,
        "m/tools/t.lua": everyTextTool,
        "p/plugin.lua": """
            return plugin { id = "p", version = "1", author = "T", api = 1, languages = \(pluginLanguages),
              title = "P", requires = { "m" }, provides = { tools = { ["m/t-el"] = "tools/t-el.lua" } }\(pluginExtra) }
            """,
        "p/tools/t-el.lua": plugin,
    ]
    for (path, text) in files { all[path] = text }
    let root = try temporaryFolder(all)
    return (root, try Catalog(searchPath: SearchPath(folders: [root])))
}

/// A tool with a text of every translatable field: title, summary, provenance, step title,
/// guidance and text, question text, help, message, unit, options (plain and with labels),
/// scale labels, a growing table's row label and its columns (one a choice with options), and a
/// fixed-row table's rows.
let everyTextTool = """
    return tool {
      title = "Tool", summary = "Summary", provenance = "Provenance",
      step { id = "s", title = "Step", guidance = "Guidance", text = "Read this",
        ask.number { id = "n", text = "How many?", help = "Count them", unit = "people",
          constraint = function(v) return v > 0 end, message = "More than none" },
        ask.choice { id = "c", text = "Which?", options = { "plain", { id = "rich", label = "Rich" } } },
        ask.scale { id = "sc", text = "How much?", labels = { [1] = "Little", [5] = "A lot" } },
        ask.table { id = "actions", text = "Actions", row_label = "Action",
          ask.text { id = "what", text = "What" },
          ask.choice { id = "kind", text = "Kind", options = { { id = "a", label = "First" }, { id = "b", label = "Second" } } },
        },
        ask.table { id = "fixed", text = "Fixed",
          rows = { { id = "r1", label = "Row one" } },
          ask.yesno { id = "ok", text = "OK?" },
        },
      },
    }
    """

@Suite("translate() reaches every translatable text of a base tool")
struct TranslateChangeTests {
    @Test func everyFieldTheSchemaCallsTranslatableIsReached() throws {
        let (_, catalog) = try baseAndPlugin(plugin: """
            return tool { extends = "m/t",
              translate("el", {
                [""] = { title = "Εργαλείο", summary = "Περίληψη", provenance = "Προέλευση" },
                s = { title = "Βήμα", guidance = "Οδηγίες", text = "Διάβασε" },
                ["s.n"] = { text = "Πόσοι;", help = "Μέτρησε", unit = "άτομα", message = "Περισσότεροι" },
                ["s.c"] = { text = "Ποιο;", options = { plain = "Απλό", rich = { label = "Πλούσιο" } } },
                ["s.sc"] = { text = "Πόσο;", labels = { [1] = "Λίγο", [5] = "Πολύ" } },
                ["s.actions"] = { text = "Ενέργειες", row_label = "Ενέργεια",
                  columns = { what = "Τι", kind = { text = "Είδος", options = { a = "Πρώτο", b = "Δεύτερο" } } } },
                ["s.fixed"] = { text = "Σταθερός", rows = { r1 = "Γραμμή ένα" }, columns = { ok = "Εντάξει;" } },
              }),
            }
            """)
        let tool = try ToolLoader(catalog: catalog).load("m/t-el").tool
        let step = try #require(tool.step("s"))
        var texts: [(String, LocalizedText)] = [("title", tool.title)]
        texts += [tool.summary, tool.provenance, step.guidance, step.text].compactMap { $0 }
            .map { ("tool or step", $0) }
        texts.append(("step title", step.title))
        for question in step.questions { texts += question.texts }
        for (what, text) in texts {
            let greek = text.resolve("el")
            #expect(greek.unicodeScalars.contains { (0x0370...0x03FF).contains($0.value) },
                    "\(what) is not in Greek: \(greek)")
            #expect(text.resolve("en").unicodeScalars.allSatisfy { $0.isASCII }, "\(what) keeps its English")
        }
        #expect(texts.count == 25)
        let plain = step.questions[1].options[0]
        #expect(plain.id == "plain" && plain.label.resolve("en") == "plain",
                "a plain-string option keeps its id and label")
    }

    @Test func aColumnOrOptionThatIsNotThereIsAnErrorAtTheChange() throws {
        let (_, catalog) = try baseAndPlugin(plugin: """
            return tool { extends = "m/t",
              translate("el", { ["s.actions"] = { columns = { kind = { options = { c = "Τρίτο" } } } } }),
            }
            """)
        #expect {
            try ToolLoader(catalog: catalog).load("m/t-el")
        } throws: { error in
            guard case ProfintError.invalidContent(let problems) = error else { return false }
            return problems.contains {
                $0.message.contains("'s.actions': column 'kind': no option 'c'") && $0.location?.line == 2
            }
        }
    }
}
