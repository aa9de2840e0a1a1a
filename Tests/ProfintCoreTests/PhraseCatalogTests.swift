import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// The shipped PO files, as translators edit them in the checkout.
private let localeFolder = Fixtures.checkout.appendingPathComponent("Sources/ProfintModel/Locale")

@Suite("profint's own words come from its PO catalogs")
struct PhraseCatalogTests {
    func shipped(_ language: String) throws -> POFile {
        let url = localeFolder.appendingPathComponent("profint.\(language).po")
        return try POReader.read(String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
    }

    @Test(arguments: ["fr", "it"])
    func everyLanguageTranslatesEveryEnglishMessageWithItsPlaceholders(_ language: String) throws {
        let english = try shipped("en"), translated = try shipped(language)
        #expect(translated.language == language)
        let englishKeys = english.activeEntries.map { $0.context ?? "" }
        #expect(translated.activeEntries.map { $0.context ?? "" } == englishKeys)
        for entry in english.activeEntries {
            let key = try #require(entry.context, "every message has a key")
            let other = try #require(translated.entry(context: key, id: entry.id),
                                     "\(language): '\(key)' has a stale msgid")
            #expect(other.isTranslated && !other.isFuzzy, "\(language): '\(key)' is not translated")
            #expect(entry.translations == [entry.id] + (entry.pluralID.map { [$0] } ?? []),
                    "en: '\(key)' msgstr is its msgid")
            #expect(other.pluralID == entry.pluralID)
        }
        let catalog = try #require(PhraseBook.shared.catalog(language))
        #expect(PhraseBook.placeholderProblems(of: catalog) == [])
    }

    @Test(.enabled(if: Programs.has("msgfmt")))
    func msgfmtAcceptsEveryShippedCatalog() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: localeFolder.path)
            .filter { $0.hasSuffix(".po") }
        #expect(Set(files) == Set(PhraseBook.shippedLanguages.map { "profint.\($0).po" }))
        for file in files + ["../../../Tests/Fixtures/greek/demo-el/translations/profint.el.po"] {
            let outcome = try ProcessRunner.run(
                try #require(Programs.path("msgfmt")),
                ["--check", "-o", "/dev/null", localeFolder.appendingPathComponent(file).path])
            #expect(outcome.status == 0, "\(file): \(outcome.err)")
        }
    }

    @Test func pluralFormsFollowEachLanguage() {
        #expect([0, 1, 2].map { Phrases.plural("step count", count: $0, "en") } == ["0 steps", "1 step", "2 steps"])
        #expect(
            [0, 1, 2].map { Phrases.plural("step count", count: $0, "fr") } == ["0 étape", "1 étape", "2 étapes"])
        #expect(Phrases.plural("answers restored", count: 1, "fr") == "1 réponse restaurée")
        #expect(Phrases.plural("answers restored", count: 3, "it") == "3 risposte ripristinate")
    }

    @Test func aCatalogWithThreeFormsPicksByItsOwnExpression() throws {
        let text = """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

            msgctxt "step count"
            msgid "{count} step"
            msgid_plural "{count} steps"
            msgstr[0] "{count} krok-one"
            msgstr[1] "{count} kroki-few"
            msgstr[2] "{count} kroków-many"
            """
        let catalog = try MessageCatalog(reading: text, origin: "profint.pl.po", language: "pl")
        #expect([1, 3, 5, 21, 22, 111].map { catalog.plural("step count", count: $0) } == [
            "{count} krok-one", "{count} kroki-few", "{count} kroków-many", "{count} krok-one", "{count} kroki-few",
            "{count} kroków-many",
        ])
    }

    @Test func placeholdersAreNamedAndFilledAfterTypography() {
        #expect(Phrases.text("scale hint", "en", ["min": "1", "max": "5"]) == "type a whole number from 1 to 5")
        #expect(Phrases.text("scale hint", "en", ["min": "1"]) == "type a whole number from 1 to {max}")
        let refused = Phrases.text("not one of the options", "fr", ["text": "Pourquoi pas ?:x", "count": "6"])
        #expect(refused == "« Pourquoi pas ?:x » ne fait pas partie des options : tapez un numéro de 1 à 6"
            .replacingOccurrences(of: "« ", with: "«\u{202F}").replacingOccurrences(of: " »", with: "\u{202F}»")
            .replacingOccurrences(of: " :", with: "\u{202F}:"))
        #expect(Phrases.text("no such key", "fr") == "no such key")
        #expect(Phrases.text("{x} and {y and {x}", "en", ["x": "é"]) == "é and {y and {x}",
                "a brace inside is left as written")
        #expect(Phrases.text("{x} {unclosed", "en", ["x": "1"]) == "1 {unclosed")
        // A mark that combines with a brace does not hide it, and is written once.
        #expect(Phrases.text("{x}\u{301} {y}", "en", ["y": "2"]) == "{x}\u{301} 2")
        #expect(Phrases.text("{x}\u{301}", "en", ["x": "1"]) == "1\u{301}")
        #expect(Phrases.placeholders("{x}\u{301} and {y}") == ["x", "y"], "the names render fills")
        #expect(Phrases.text("step", "el-GR") == "Step", "a language nobody brings falls back to English")
    }

    @Test func frenchTypographyPutsNoBreakSpacesWhereFrenchAsksForThem() {
        let nnbsp = "\u{202F}", nbsp = "\u{00A0}"
        #expect(Phrases.text("commands heading", "fr") == "Commandes\(nnbsp):")
        #expect(Phrases.text("add row", "fr") == "Ajouter une ligne\(nnbsp)?")
        #expect(Typography.apply("Étape 1: fin; vraiment! « oui »", language: "fr")
            == "Étape 1\(nnbsp): fin\(nnbsp); vraiment\(nnbsp)! «\(nnbsp)oui\(nnbsp)»")
        #expect(Typography.apply("tapez :help, ::30 ou 10:30 (http://x)", language: "fr")
            == "tapez :help, ::30 ou 10:30 (http://x)")
        #expect(Typography.apply("Step 1: done!", language: "en") == "Step 1: done!")
        #expect(AnswerText.minutes(67, language: "fr") == "1\(nbsp)h\(nbsp)7\(nbsp)min")
        #expect(AnswerText.minutes(67, language: "en") == "1 h 7 min")
        #expect(Phrases.label("Outil", "fr") == "Outil\(nnbsp):")
        #expect(Phrases.label("Que ferons-nous ?", "fr") == "Que ferons-nous ?", "a question takes no colon")
        #expect(Phrases.label("Tool", "en") == "Tool:")
    }

    @Test func validationMessagesSpeakTheSessionsLanguage() {
        let number = Question(id: "n", kind: .number, text: LocalizedText("N"), min: .int(1), max: .int(5))
        func reason(_ value: JSONValue, _ question: Question, _ language: String) -> String? {
            if case .failure(let rejection) = AnswerValidator.validate(value, for: question, language: language) {
                return rejection.reason
            }
            return nil
        }
        #expect(reason(.int(6), number, "en") == "must be at most 5, got 6")
        #expect(reason(.int(6), number, "fr") == "doit valoir au plus 5\u{202F}; reçu\u{202F}: 6")
        #expect(reason(.int(6), number, "it") == "deve essere al massimo 5; ricevuto: 6")
        let date = Question(id: "d", kind: .date, text: LocalizedText("D"))
        #expect(reason(.string("2027-02-30"), date, "fr")
            == "«\u{202F}2027-02-30\u{202F}» n'est pas un jour du calendrier")
        let list = Question(id: "l", kind: .list, text: LocalizedText("L"), min: .int(2))
        #expect(reason(.array([.string("a")]), list, "fr") == "il faut au moins 2 éléments\u{202F}; reçu\u{202F}: 1")
        #expect(reason(.array([.string("a")]), list, "en") == "at least 2 items needed, got 1")
    }

    @Test func aPluginCannotReplaceAShippedLanguageAndTheFirstCatalogOfALanguageWins() throws {
        let book = PhraseBook(shipped: ["en": try #require(PhraseBook.shared.english)])
        let header = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            + "msgctxt \"step\"\nmsgid \"Step\"\nmsgstr \"Βήμα\"\n"
        #expect(book.add(try MessageCatalog(reading: header, origin: "a/profint.el.po", language: "el")) == nil)
        #expect(book.add(try MessageCatalog(reading: header, origin: "b/profint.el.po", language: "el"))?
            .contains("a/profint.el.po") == true)
        #expect(book.catalog("el")?.origin == "a/profint.el.po")
        #expect(book.add(try MessageCatalog(reading: header, origin: "c/profint.en.po", language: "en"))?
            .contains("ships") == true)
        let wrong = "msgctxt \"step of\"\nmsgid \"Step {number} of {total}\"\nmsgstr \"Βήμα {n}\"\n"
        #expect(PhraseBook.placeholderProblems(
            of: try MessageCatalog(reading: wrong, origin: "x.po", language: "el")) == [
            "message 'step of': its placeholders are [\"n\"], the English has [\"number\", \"total\"]",
        ])
    }
}
