import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("PO files are read and written as gettext does")
struct POFileTests {
    /// A file with every part of the format: a header with plural forms, a context, a plural
    /// message, comments of every kind, a fuzzy entry with its previous source text, an obsolete
    /// entry, escapes and a string over several lines.
    static let full = """
        # Greek translation of profint's own words.
        msgid ""
        msgstr ""
        "Project-Id-Version: profint 1\\n"
        "Report-Msgid-Bugs-To: \\n"
        "PO-Revision-Date: 2025-01-01 00:00+0000\\n"
        "Last-Translator: A Translator <a@example.org>\\n"
        "Language-Team: Greek\\n"
        "Language: el\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        # checked with the trainers
        #. a heading of reports
        #: Sources/ProfintReports/SessionDocument.swift:12 tools/map.lua:3
        msgctxt "step"
        msgid "Step"
        msgstr "Βήμα"

        #, fuzzy
        #| msgctxt "steps"
        #| msgid "step"
        msgctxt "steps"
        msgid "{count} step"
        msgid_plural "{count} steps"
        msgstr[0] "{count} βήμα"
        msgstr[1] "{count} βήματα"

        msgid ""
        "First line\\n"
        "Second \\"quoted\\" line with a \\\\ and a\\ttab\\n"
        msgstr ""

        #~ msgctxt "old"
        #~ msgid "Gone"
        #~ msgstr "Χάθηκε"

        """

    @Test func readsEveryPart() throws {
        let file = try POReader.read(Self.full, file: "el.po")
        #expect(file.language == "el")
        #expect(file.headerField("plural-forms") == "nplurals=2; plural=(n != 1);")
        #expect(file.header?.translatorComments == ["Greek translation of profint's own words."])
        #expect(file.entries.count == 4)
        let step = try #require(file.entry(context: "step", id: "Step"))
        #expect(step.translations == ["Βήμα"])
        #expect(step.translatorComments == ["checked with the trainers"])
        #expect(step.extractedComments == ["a heading of reports"])
        #expect(step.references == ["Sources/ProfintReports/SessionDocument.swift:12", "tools/map.lua:3"])
        #expect(step.line == 19)
        let steps = try #require(file.entry(context: "steps", id: "{count} step"))
        #expect(steps.isFuzzy)
        #expect(steps.pluralID == "{count} steps")
        #expect(steps.translations == ["{count} βήμα", "{count} βήματα"])
        #expect(steps.previousContext == "steps" && steps.previousID == "step")
        let long = try #require(file.entry(context: nil,
                                           id: "First line\nSecond \"quoted\" line with a \\ and a\ttab\n"))
        #expect(!long.isTranslated)
        let gone = try #require(file.entries.last)
        #expect(gone.isObsolete && gone.id == "Gone" && gone.translations == ["Χάθηκε"])
        #expect(file.entry(context: "old", id: "Gone") == nil)
    }

    @Test func whatItWritesReadsBackEqual() throws {
        let file = try POReader.read(Self.full, file: "el.po")
        let written = POWriter.write(file)
        #expect(try POReader.read(written, file: "again.po") == file)
        #expect(POWriter.write(try POReader.read(written, file: "again.po")) == written)
    }

    /// A catalog saved with Windows line ends (CR LF) reads as the same file.
    @Test func windowsLineEndsReadTheSame() throws {
        let crlf = Self.full.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try POReader.read(crlf, file: "el.po") == POReader.read(Self.full, file: "el.po"))
    }

    @Test func headerFieldsAreTrimmedAndLinesWithoutAColonLeftOut() {
        let header = "Language :\t el  \nno colon here\n\n X-Empty:\nNote: a: b \n"
        let file = POFile(header: POEntry(id: "", translations: [header]))
        #expect(file.headerFields.map(\.name) == ["Language", "X-Empty", "Note"])
        #expect(file.headerFields.map(\.value) == ["el", "", "a: b"])
        #expect(file.language == "el")
        let spaced = POFile(
            header: POEntry(id: "", translations: ["Language:\u{A0}el\u{2009}\nLast-Translator: Zoé\n"]))
        #expect(spaced.language == "el", "other spaces are trimmed too")
        #expect(spaced.headerField("last-translator") == "Zoé")
    }

    @Test func anEntryBuiltInCodeRoundTrips() throws {
        var file = POFile(headerFields: [("Content-Type", "text/plain; charset=UTF-8"), ("Language", "fr")])
        var entry = POEntry(context: "a\"b", id: "tab\there\r\n", pluralID: "many", translations: ["un", "plusieurs"])
        entry.isFuzzy = true
        entry.previousID = "old\nline"
        entry.isObsolete = true
        file.entries = [entry, POEntry(id: "« guillemets » ; ok ?", translations: ["x"]),
                        POEntry(id: "#~ not a comment")]
        file.setHeaderField("Plural-Forms", "nplurals=2; plural=(n > 1);")
        let again = try POReader.read(POWriter.write(file), file: "built.po")
        #expect(again == file)
        #expect(try again.pluralForms()?.form(for: 1) == 0)
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"b\n", 2, "no closing double quote"),
        ("msgid \"a\"\nmsgtxt \"b\"\n", 2, "unknown keyword 'msgtxt'"),
        ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n", 1, "has no msgstr"),
        ("msgstr \"b\"\n", 1, "msgstr comes after msgid"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\n", 3, "msgstr[0], msgstr[1]"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n", 3, "expected msgstr[0] here"),
        ("msgid \"a\"\nmsgstr[0] \"b\"\n", 2, "needs a msgid_plural"),
        ("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n", 4, "already defined at line 1"),
        ("msgid \"a\\q\"\nmsgstr \"\"\n", 1, "unknown escape \\q"),
        ("msgid \"a\"\nmsgstr \"Βήμα \\é\"\n", 2, "unknown escape \\é"),
        ("msgid \"a\" x\nmsgstr \"\"\n", 1, "follows the string"),
        ("\"orphan\"\n", 1, "follows no keyword"),
        ("#~ msgid \"a\"\nmsgstr \"b\"\n", 2, "either obsolete"),
        ("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3, "already has a msgstr"),
    ])
    func malformedInputNamesFileAndLine(_ text: String, _ line: Int, _ words: String) {
        #expect {
            _ = try POReader.read(text, file: "translations/el.po")
        } throws: { error in
            guard let error = error as? POReadError else { return false }
            return error.location.file == "translations/el.po" && error.location.line == line
                && error.description.hasPrefix("translations/el.po:\(line): ") && error.message.contains(words)
        }
    }

    @Test func escapesAmongOtherScriptsAndWindowsLineEnds() throws {
        let text = "msgid \"« x »\"\r\nmsgstr \"Βήμα\\t\\101\\0\\n\" \r\n\"ένα\\\\δύο\\\"\"\r\n"
        let file = try POReader.read(text, file: "el.po")
        #expect(file.entries.first?.id == "« x »")
        #expect(file.entries.first?.translations == ["Βήμα\tA\u{0}\nένα\\δύο\""])
    }

    @Test(.enabled(if: Programs.has("msgfmt")))
    func writtenFilesPassMsgfmtCheck() throws {
        let file = try POReader.read(Self.full, file: "el.po")
        var built = POFile(headerFields: Array(file.headerFields))
        built.entries = file.entries + [
            POEntry(context: "multi", id: "one\ntwo\n", translations: ["ένα\nδύο\n"]),
            POEntry(id: "quote \" and \\ backslash", translations: ["εισαγωγικά \" και \\"]),
        ]
        for text in [POWriter.write(file), POWriter.write(built)] {
            let folder = try temporaryFolder(["el.po": text])
            let outcome = try ProcessRunner.run(
                try #require(Programs.path("msgfmt")),
                ["--check", "-o", "/dev/null", folder.appendingPathComponent("el.po").path])
            #expect(outcome.status == 0, "\(outcome.err)\n\(text)")
        }
    }
}

@Suite("Plural forms follow the catalog's Plural-Forms expression")
struct PluralFormsTests {
    @Test func englishAndFrench() throws {
        let english = try PluralForms(parsing: "nplurals=2; plural=(n != 1);")
        #expect([0, 1, 2, 5].map(english.form) == [1, 0, 1, 1])
        let french = try PluralForms(parsing: "nplurals=2; plural=(n > 1);")
        #expect([0, 1, 2, 5].map(french.form) == [0, 0, 1, 1])
    }

    @Test func threeFormsLikePolish() throws {
        let polish = try PluralForms(parsing: """
            nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);
            """)
        #expect(polish.count == 3)
        #expect([1, 2, 4, 5, 12, 21, 22, 25, 112, 0].map(polish.form) == [0, 1, 1, 2, 2, 2, 1, 2, 2, 2])
    }

    @Test func precedenceAndUnaryOperators() throws {
        let rule = try PluralForms(parsing: "nplurals=4; plural=!(n - 1) + 2 * (n % 3 == 0) + -(-1) * 0;")
        #expect([1, 3, 4, 6].map(rule.form) == [1, 2, 0, 2])
        let outOfRange = try PluralForms(parsing: "nplurals=2; plural=n;")
        #expect(outOfRange.form(for: 7) == 0)
        #expect(try PluralForms(parsing: "nplurals=2; plural=n / 0;").form(for: 3) == 0)
    }

    /// Int.min / -1 and Int.min % -1 overflow: a header can reach Int.min by wrapping products,
    /// and a count of Int.max by n+1; the form is then out of range (0), never a trap.
    @Test func overflowingDivisionIsNoTrap() throws {
        let wrapped = "(536870912 * 536870912 * 32)"
        let quotient = try PluralForms(parsing: "nplurals=2; plural=\(wrapped) / (0 - 1);")
        #expect(quotient.form(for: 1) == 0)
        let remainder = try PluralForms(parsing: "nplurals=2; plural=\(wrapped) % (0 - 1) + 1;")
        #expect(remainder.form(for: 1) == 1)
        let count = try PluralForms(parsing: "nplurals=2; plural=(n + 1) / -1 != 0;")
        #expect(count.form(for: Int.max) == 1)
    }

    @Test(arguments: [
        ("plural=(n != 1);", "no nplurals"),
        ("nplurals=2;", "no plural="),
        ("nplurals=x; plural=n;", "whole number"),
        ("nplurals=2; plural=(n != 1;", "expected ')'"),
        ("nplurals=2; plural=n ? 1;", "expected ':'"),
        ("nplurals=2; plural=n $ 1;", "unexpected '$'"),
        ("nplurals=2; plural=" + String(repeating: "n+", count: 100_000) + "n;", "at most 1000"),
        ("nplurals=2; plural=" + String(repeating: "(", count: 200) + "n" + String(repeating: ")", count: 200) + ";",
         "nested too deeply"),
    ])
    func malformedRulesAreRefused(_ text: String, _ words: String) {
        #expect {
            _ = try PluralForms(parsing: text)
        } throws: { error in
            (error as? PluralFormsError)?.message.contains(words) == true
        }
    }
}
