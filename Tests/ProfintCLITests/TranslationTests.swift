import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// The fixture plugin that brings profint's own words in Greek.
let greek = fixtures.appendingPathComponent("greek").path

/// profint's English words that a session, `show` or a report could print; none may appear
/// when the session's language has a catalog.
let englishPhrases = [
    "Step", "planned", "spent", "Commands", "go back", "skip this", "note something", "time spent", "save and stop",
    "this help", "starts an answer", "No help", "answer is required", "cannot be skipped", "at least", "at most",
    "needed", "got ", "must be", "expected", "is not one of", "not an option", "chosen twice", "type a",
    "answer y or n",
    "y or n", "not a day", "one item a line", "optional", "Enter keeps", "before", "Add another row", "Saved",
    "Resume with", "Finished", "note saved", "needs text", "unknown command", "lists them", "Row ", "column", "item",
    "steps", "languages", "Guidance", "required", "derived from", "draws a graph", "fixed row", "growing rows",
    "when relevant", "constrained", "computed at run time", "Starts from", "Languages:", "Tools:", " by ",
]

/// The English phrases found in `text`.
func englishFound(in text: String, except allowed: Set<String> = []) -> [String] {
    englishPhrases.filter { !allowed.contains($0) && text.contains($0) }
}

@Suite("profint speaks the session's language", .serialized)
struct TranslationTests {
    /// A French session of demo/plan through every error and hint path, then `:quit`.
    static let frenchInput = [
        ":help", "", "Logement", "", "Santé", "",              // list: help, none, too few (kept), then a second
        ":note", ":note le groupe hésite",                     // :note without text, then a note
        "", "peut-être", ":skip", "n",                         // yesno: empty, not o/n, skip refused, then no
        "", "argent",                                          // required text left empty
        "beaucoup", "500", "2,5", "0", ":time", ":skip",       // number: not one, too big, not whole, too small
        "Caritas", "", "ASP", "",                              // lists per item
        "9", "fort", "4",                                      // scale: out of range, not a number
        "7", "1",                                              // choice: not an option
        "1,1", "9", "1,3",                                     // multi: twice, not an option
        "demain", "2021-02-30", "2019-05-01", "2021-03-04",    // date: bad, impossible, too early
        "", "appeler", "hier", "2021-03-05", "peut-être", "n", // table: required cell, bad date, bad yes/no
        ":bogus", ":quit",                                     // unknown command, quit
    ].joined(separator: "\n") + "\n"

    @Test func aFrenchSessionPrintsNoEnglishWordOfProfints() throws {
        let run = try profint(["run", "demo/plan", "--path", good, "--store", tempStore(), "--lang", "fr"],
                              input: Self.frenchInput)
        #expect(run.status == 75, "\(run.out)\n\(run.err)")
        let nnbsp = "\u{202F}", nbsp = "\u{00A0}"
        for expected in [
            "━━ Étape 1 sur 3 · Besoins · durée prévue\(nnbsp): 30\(nbsp)min ━━",
            "Pas d'aide pour cette question.",
            "Commandes\(nnbsp):", ":note TEXTE", "✗ il faut au moins 2 éléments\(nnbsp); reçu\(nnbsp): 0",
            "✗ il faut au moins 2 éléments\(nnbsp); reçu\(nnbsp): 1", "✗ :note demande un texte",
            "✓ note enregistrée",
            "✗ une réponse est requise", "✗ répondez o ou n",
            "✗ une réponse est requise\(nnbsp): cette question ne peut pas être passée",
            "✗ tapez un nombre", "✗ doit valoir au plus 100\(nnbsp); reçu\(nnbsp): 500",
            "✗ un nombre entier est attendu",
            "✗ doit valoir au moins 1", "Étape 1\(nnbsp): temps passé 0\(nbsp)min, prévu 30\(nbsp)min · Total",
            "✗ doit être entre 1 et 5\(nnbsp); reçu\(nnbsp): 9", "✗ tapez un nombre entier de 1 à 5",
            "✗ «\(nnbsp)7\(nnbsp)» ne fait pas partie des options\(nnbsp): tapez un numéro de 1 à 2",
            "✗ «\(nnbsp)work\(nnbsp)» est choisi deux fois", "✗ une date au format AAAA-MM-JJ est attendue",
            "✗ «\(nnbsp)2021-02-30\(nnbsp)» n'est pas un jour du calendrier",
            "✗ doit être le 2020-01-01 ou après",
            "Ajouter une ligne\(nnbsp)? (o ou n)", "✗ commande inconnue :bogus",
            "Enregistré. Pour reprendre\(nnbsp): profint run --resume",
            "(facultatif)", "(tapez un numéro",
        ] {
            #expect(run.out.contains(expected), "missing: \(expected)")
        }
        #expect(englishFound(in: run.out) == [], "\(run.out)")
        for untypeset in ["Commandes:", "Étape 1:", "Pour reprendre:", "?:", " : ", "1 h"] {
            #expect(!run.out.contains(untypeset), "\(untypeset)")
        }
    }

    @Test func showInFrenchPrintsNoEnglishWordOfProfints() throws {
        let tool = try profint(["show", "demo/plan-b", "--path", good, "--lang", "fr"])
        #expect(tool.status == 0, "\(tool.err)")
        #expect(tool.out.contains("4 étapes") && tool.out.contains("langues\u{202F}: en, fr")
                && tool.out.contains("dérivé de demo/plan"))
        #expect(tool.out.contains("Conseils\u{202F}: Faites un tour de table.") && tool.out.contains("obligatoire"))
        #expect(englishFound(in: tool.out, except: ["item"]) == [],
                "{item} in a question's text is the tool's: \(tool.out)")
        let module = try profint(["show", "demo", "--path", good, "--lang", "fr"])
        #expect(module.out.contains("Langues\u{202F}: en, fr") && module.out.contains("Outils\u{202F}: demo/plan"))
        #expect(englishFound(in: module.out) == [], "\(module.out)")
    }

    @Test func aPluginsGreekCatalogMakesPromptsAndReportsGreek() throws {
        let store = tempStore()
        let input = [
            ":help", "", "Housing", "Health", "", "ο", "money", ":skip", "Caritas", "", "ASP", "", "4", "1", "1,3",
            "2021-03-04", "call", "2021-03-05", "ο", "2", "3",
        ].joined(separator: "\n") + "\n"
        let run = try profint(["run", "demo/plan", "--path", good, "--path", greek, "--store", store, "--lang", "el"],
                              input: input)
        #expect(run.status == 0, "\(run.out)\n\(run.err)")
        for expected in ["━━ Βήμα 1 από 3", "Εντολές:",
                         "✗ χρειάζονται τουλάχιστον 2 στοιχεία· δόθηκαν 0",
                         "(ν ή ο)", "Τέλος. Συνεδρία"] {
            #expect(run.out.contains(expected), "missing: \(expected)")
        }
        #expect(englishFound(in: run.out) == [], "\(run.out)")
        let list = try profint(["sessions", "list", "--store", store, "--format", "json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        let id = try #require(sessions.first?["id"] as? String)
        let report = try profint(["report", id, "--store", store, "--path", good, "--path", greek])
        #expect(report.status == 0, "\(report.err)")
        for expected in ["**Εργαλείο**:", "**Γλώσσα**: el", "## Βήμα 1. Needs", "## Χρόνος",
                         "Όχι", "Διαδικασίες μάθησης"] {
            #expect(report.out.contains(expected), "missing: \(expected)\n\(report.out)")
        }
        #expect(englishFound(in: report.out) == [], "\(report.out)")
        for heading in ["**Tool**", "**Session**", "**Language**", "**Started**", "**Status**", "## Time", "(skipped)",
                        "Learning processes"] {
            #expect(!report.out.contains(heading))
        }
    }

    @Test func aCatalogForAShippedLanguageIsNotUsedAndCheckSaysSo() throws {
        let root = try temporaryFolder([
            "fr-words/plugin.lua": """
                return plugin { id = "fr-words", version = "1", author = "P", api = 1, languages = { "fr" }, title = "F",
                  requires = { "demo" }, provides = { tools = {} } }
                """,
            "fr-words/translations/profint.fr.po": "msgctxt \"step\"\nmsgid \"Step\"\nmsgstr \"Pas\"\n",
            "bad-words/plugin.lua": """
                return plugin { id = "bad-words", version = "1", author = "P", api = 1, languages = { "el" }, title = "B",
                  requires = { "demo" }, provides = { tools = {} } }
                """,
            "bad-words/translations/profint.xx.po": "msgctxt \"step\"\nmsgid \"Step\"\nmsgstr \"Pas\n",
        ])
        let check = try profint([
            "check", root.appendingPathComponent("fr-words").path, "--path", good, "--path", root.path])
        #expect(check.out.contains("profint ships its own words in 'fr'")
                || check.err.contains("profint ships its own words in 'fr'"),
                "\(check.out)\n\(check.err)")
        let bad = try profint([
            "check", root.appendingPathComponent("bad-words").path, "--path", good, "--path", root.path])
        #expect((bad.out + bad.err).contains("translations/profint.xx.po:3: error: the string has no closing double quote"),
                "\(bad.out)\n\(bad.err)")
        let run = try profint(["run", "demo/plan", "--path", good, "--path", root.path, "--no-store", "--lang", "fr"],
                              input: ":quit\n")
        #expect(run.out.contains("Étape 1 sur 3") && !run.out.contains("Pas 1"))
    }

    @Test func theSessionsCommandsSpeakTheLanguageLANGNames() throws {
        let store = tempStore()
        let french = ["LANG": "fr_FR.UTF-8"]
        let empty = try profint(["sessions", "list", "--store", store], environment: french)
        #expect(empty.out.contains("Aucune session dans"), "\(empty.out)")
        let answers = try temporaryFolder(["answers.yaml": planYAML]).appendingPathComponent("answers.yaml").path
        let run = try profint([
            "run", "demo/plan", "--path", good, "--answers", answers, "--store", store, "--format", "json"])
        let parsed = try JSONValue.parse(run.out)
        let id: String = try #require(parsed["id"]?.stringValue, "\(run.out)\n\(run.err)")
        let list = try profint(["sessions", "list", "--store", store], environment: french)
        #expect(list.out.contains("  terminée  ") && list.out.contains(" réponses"), "\(list.out)")
        let show = try profint(["sessions", "show", id, "--store", store], environment: french)
        #expect(show.out.contains("Session\u{202F}: \(id)") && show.out.contains("Début\u{202F}:"), "\(show.out)")
        let kept = try profint(["sessions", "delete", id, "--store", store], input: "n\n", environment: french)
        #expect(kept.status == 1 && kept.err.contains("Supprimer la session \(id)")
                && kept.err.contains("pas supprimée"),
                "\(kept.err)")
        let deleted = try profint(["sessions", "delete", id, "--store", store], input: "o\n", environment: french)
        #expect(deleted.status == 0 && deleted.out.contains("session \(id) supprimée"),
                "\(deleted.out)\n\(deleted.err)")
        for output in [empty.out, list.out, show.out, kept.err, deleted.out] {
            #expect(englishFound(in: output, except: ["optional", "Saved"]) == [], "\(output)")
        }
    }
}
