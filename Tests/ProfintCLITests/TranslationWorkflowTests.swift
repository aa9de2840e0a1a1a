import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// The translation workflow as a partner goes through it, with the real binary: a template of
/// accompaniment/activity-planning, filled in Greek, dropped in a plugin's translations/el.po;
/// a session in Greek; then a change in the base, `translate update` and `check`.
@Suite("A Greek plugin made from a translation template")
struct TranslationWorkflowTests {
    static let tool = "accompaniment/activity-planning"

    /// Words of profint's own allowed to stay English in the Greek session: none, since the
    /// plugin brings a Greek catalog of profint's words (translations/profint.el.po) beside the
    /// tool's (translations/el.po).
    static let profintWordsNotYetInGreek: Set<String> = []

    /// Latin letters turned into Greek ones, placeholders (`{item}`, `{count}`...) kept: a Greek
    /// text made from the English one, in which any English word left over shows.
    static func greek(_ text: String) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let greek = Array("αβκδεφγηιξκλμνοπθρστυβωχψζ")
        var inPlaceholder = false
        return String(text.map { character -> Character in
            if character == "{" { inPlaceholder = true }
            if character == "}" { inPlaceholder = false }
            let lower = Character(character.lowercased())
            guard !inPlaceholder, let index = letters.firstIndex(of: lower) else { return character }
            return character.isUppercase ? Character(greek[index].uppercased()) : greek[index]
        })
    }

    /// Words of three Latin letters or more.
    static func latinWords(_ text: String) -> Set<String> {
        Set(text.split { !($0.isASCII && $0.isLetter) }.map { $0.lowercased() }.filter { $0.count >= 3 })
    }

    /// A content home (PROFINT_HOME) with a copy of the Accompaniment module, and the plugin
    /// `accompaniment-el` that requires it, with no catalog yet.
    static func home() throws -> URL {
        let home = try temporaryFolder([
            "plugins/accompaniment-el/plugin.lua": """
                return plugin { id = "accompaniment-el", version = "1.0", author = "A Greek partner", api = 1,
                  title = { en = "Greek for the Accompaniment module", el = "Ελληνικά για την ενότητα Συνοδεία" },
                  languages = { "en", "el" }, requires = { "accompaniment" } }
                """,
        ])
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("modules/accompaniment"),
                                         to: home.appendingPathComponent("modules/accompaniment"))
        return home
    }

    /// The template of the tool, every message filled with ``greek(_:)``, written as the plugin's
    /// translations/el.po; returns the template's text and the catalog's path.
    static func fillCatalog(in home: URL) throws -> (template: String, catalog: URL) {
        let pot = home.appendingPathComponent("activity-planning.pot")
        let made = try profint(["translate", "template", tool, "--out", pot.path],
                               environment: ["PROFINT_HOME": home.path])
        #expect(made.status == 0, "\(made.err)")
        let template = try String(contentsOf: pot, encoding: .utf8)
        var file = try POReader.read(template, file: "activity-planning.pot")
        file.setHeaderField("Language", "el")
        file.header?.flags = []
        file.entries = file.entries.map { entry in
            var entry = entry
            entry.translations = [greek(entry.id)]
            return entry
        }
        let catalog = home.appendingPathComponent("plugins/accompaniment-el/translations/el.po")
        try FileManager.default.createDirectory(at: catalog.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try POWriter.write(file).write(to: catalog, atomically: true, encoding: .utf8)
        try greekProfintWords().write(to: catalog.deletingLastPathComponent().appendingPathComponent("profint.el.po"),
                                      atomically: true, encoding: .utf8)
        return (template, catalog)
    }

    /// profint's own words in Greek (the other half of the plugin): the shipped English catalog,
    /// every message turned Greek by ``greek(_:)``.
    static func greekProfintWords() throws -> String {
        let english = checkout.appendingPathComponent("Sources/ProfintModel/Locale/profint.en.po")
        var file = try POReader.read(try String(contentsOf: english, encoding: .utf8), file: "profint.en.po")
        file.setHeaderField("Language", "el")
        file.setHeaderField("Language-Team", "Greek")
        file.entries = file.entries.map { entry in
            var entry = entry
            entry.translations = entry.translations.map(greek)
            return entry
        }
        return POWriter.write(file)
    }

    static let answers = """
        lang: el
        answers:
          activity.name: Ο δρόμος προς τη δουλειά
          activity.idea: Οι συμμετέχοντες επικοινωνούν με επιχειρήσεις και τις συναντούν.
          activity.setting: Η συλλογική φάση του προγράμματος
          activity.participants: 12
          activity.migrants: 5
          activity.mode: project
          traits.traits: [language, confidence, labour-market]
          traits.adaptations: Μικτές ομάδες και παιχνίδια ρόλων.
          participation.stages: [name, plan, tasks, tools, deliver, report]
          participation.decisions: Το όνομα, με ψηφοφορία.
          participation.support: Παρουσίαση του σχεδίου στους νέους.
          learning.professional: Επαγγελματική στάση.
          learning.social: Ομαδική δουλειά.
          learning.linguistic: Προφορική και γραπτή επικοινωνία.
          learning.language_mission: false
          learning.language_support: Με τα σενάρια των τηλεφωνημάτων.
          reinforcement.links: Η επαφή με τις επιχειρήσεις εξασκεί τη γλώσσα.
          reinforcement.balance: 5
          objectives.objectives: [Επαγγελματικές δεξιότητες, Συμμετοχή σε σχέδιο]
          objectives.indicators:
            - { indicator: Ο αριθμός των ραντεβού, how: Τα φύλλα συνέντευξης }
          planning.phases: [Προετοιμασία, Συναντήσεις, Απολογισμός]
          planning.retro: true
          planning.subgroups: [Ο κατάλογος των εταίρων]
          planning.actions:
            - { action: Παρουσίαση του σχεδίου, who: Ο σύμβουλος, processes: [S, L] }
            - { action: Τηλεφωνήματα στις επιχειρήσεις, who: Οι νέοι, processes: [P, S, L] }
          roles.roles:
            - { who: Ο σύμβουλος, role: Συντονίζει }
            - { who: Οι νέοι, role: Σχεδιάζουν και συναντούν }
            - { who: Οι επιχειρήσεις, role: Δέχονται τους νέους }
            - { who: Η μέντορας, role: Βοηθά }
          roles.challenges: Ο χρόνος.
        """

    @Test func aWholeSessionInGreekShowsNoEnglishWordOfTheTool() throws {
        let home = try Self.home()
        let (template, _) = try Self.fillCatalog(in: home)
        let file = home.appendingPathComponent("answers.yaml")
        try Self.answers.write(to: file, atomically: true, encoding: .utf8)
        let run = try profint(["run", Self.tool, "--lang", "el", "--answers", file.path, "--no-store"],
                              environment: ["PROFINT_HOME": home.path])
        #expect(run.status == 0, "\(run.err)")
        let report = run.out
        #expect(report.contains(Self.greek("The activity and the group")), "step titles are in Greek:\n\(report)")
        #expect(report.contains("12 " + Self.greek("people")), "the unit is in Greek")
        #expect(report.contains(Self.greek("P: professional")), "a table column's options are in Greek")
        #expect(report.contains(Self.greek("External partners")), "fixed rows are in Greek")
        #expect(report.contains(Self.greek("Action") + " 2"), "the row label is in Greek")
        let toolWords = Self.latinWords(
            try POReader.read(template, file: "t.pot").entries.map(\.id).joined(separator: " "))
        // The tool's id is a name, not a text: it stays as it is in every language.
        let words = Self.latinWords(report.replacingOccurrences(of: Self.tool, with: ""))
        let leftover = words.intersection(toolWords).subtracting(Self.profintWordsNotYetInGreek)
        #expect(leftover.isEmpty, "English words of the tool in the Greek report: \(leftover.sorted())\n\(report)")

        let check = try profint(["check", home.appendingPathComponent("plugins/accompaniment-el").path],
                                environment: ["PROFINT_HOME": home.path])
        let count = try POReader.read(template, file: "t.pot").entries.count
        #expect(check.out.contains("\(Self.tool) el: \(count) of \(count) texts translated"), "\(check.out)")
        #expect(check.out.contains("0 errors, 0 warnings"), "\(check.out)")
    }

    @Test func changingOneEnglishTextMarksExactlyItsMessageFuzzy() throws {
        let home = try Self.home()
        let (template, catalog) = try Self.fillCatalog(in: home)
        let count = try POReader.read(template, file: "t.pot").entries.count
        let toolFile = home.appendingPathComponent("modules/accompaniment/tools/activity-planning.lua")
        let source = try String(contentsOf: toolFile, encoding: .utf8)
        let old = "What is the activity called, for now?"
        #expect(source.contains(old))
        try source.replacingOccurrences(of: old, with: "What do you call the activity, for now?")
            .write(to: toolFile, atomically: true, encoding: .utf8)

        let update = try profint(["translate", "update", Self.tool, "--po", catalog.path],
                                 environment: ["PROFINT_HOME": home.path])
        #expect(update.status == 0, "\(update.err)")
        #expect(update.out.contains("0 new, 1 changed (marked fuzzy), 0 obsolete, \(count - 1) unchanged"),
                "\(update.out)")
        let merged = try POReader.read(try String(contentsOf: catalog, encoding: .utf8), file: "el.po")
        let fuzzy = merged.entries.filter(\.isFuzzy)
        #expect(fuzzy.count == 1)
        #expect(fuzzy.first?.context == "\(Self.tool) activity.name text")
        #expect(fuzzy.first?.id == "What do you call the activity, for now?")
        #expect(fuzzy.first?.previousID == old)
        #expect(fuzzy.first?.translations == [Self.greek(old)], "the old translation is kept as a suggestion")
        #expect(merged.entries.count == count && !merged.entries.contains(where: \.isObsolete))

        let check = try profint(["check", "--verbose", home.appendingPathComponent("plugins/accompaniment-el").path],
                                environment: ["PROFINT_HOME": home.path])
        #expect(check.out.contains("warning: \(Self.tool) el: \(count - 1) of \(count) texts translated, 1 fuzzy"),
                "\(check.out)")
        #expect(check.out.contains("activity.name text \"What do you call the activity, for now?\" (fuzzy)"),
                "\(check.out)")
        let quiet = try profint(["check", home.appendingPathComponent("plugins/accompaniment-el").path],
                                environment: ["PROFINT_HOME": home.path])
        #expect(!quiet.out.contains("What do you call"), "the missing texts are listed only with --verbose")
    }

    @Test(.enabled(if: Programs.has("msgfmt")))
    func everyCatalogWrittenPassesMsgfmtCheck() throws {
        let home = try Self.home()
        let (_, catalog) = try Self.fillCatalog(in: home)
        let pot = home.appendingPathComponent("networks.pot")
        let bundled = ["PROFINT_HOME": checkout.path]
        #expect(try profint(["translate", "template", "networks", "mcg-networks", "--out", pot.path],
                            environment: bundled).status == 0)
        let created = home.appendingPathComponent("new/fr.po")
        #expect(
            try profint(["translate", "update", "networks", "--po", created.path], environment: bundled).status == 0)
        try """
            return tool { title = "Activity planning tool for accompaniers of migrants and refugees",
              step { id = "activity", title = "The activity and the group", ask.text { id = "name", text = "A new question" } } }
            """.write(to: home.appendingPathComponent("modules/accompaniment/tools/activity-planning.lua"),
                      atomically: true, encoding: .utf8)
        let update = try profint(["translate", "update", Self.tool, "--po", catalog.path],
                                 environment: ["PROFINT_HOME": home.path])
        #expect(update.out.contains("obsolete"), "\(update.out) \(update.err)")
        let profintWords = catalog.deletingLastPathComponent().appendingPathComponent("profint.el.po")
        for file in [home.appendingPathComponent("activity-planning.pot"), pot, created, catalog, profintWords] {
            let check = try runProgram(Programs.path("msgfmt") ?? "msgfmt", ["--check", "-o", "/dev/null", file.path])
            #expect(check.status == 0, "\(file.lastPathComponent): \(check.err)")
        }
    }

    @Test func aCatalogNamedByPoPastOneMegabyteIsRefusedAndNoCatalogWritten() throws {
        let home = try Self.home()
        let big = home.appendingPathComponent("big/el.po")
        let new = home.appendingPathComponent("big/fr.po")
        try FileManager.default.createDirectory(at: big.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = "# " + String(repeating: "x", count: 1_048_576) + "\n"
        try text.write(to: big, atomically: true, encoding: .utf8)
        let update = try profint(["translate", "update", "networks", "--po", new.path, "--po", big.path],
                                 environment: ["PROFINT_HOME": checkout.path])
        #expect(update.status == 78, "\(update.out) \(update.err)")
        #expect(update.err.contains("at most 1 MB"))
        #expect(try String(contentsOf: big, encoding: .utf8) == text, "the file is left as it was")
        #expect(!FileManager.default.fileExists(atPath: new.path), "no catalog is written when one is refused")
    }
}
