import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("profint's own words, compiled: MO files read as their PO files")
struct CompiledCatalogTests {
    @Test(arguments: PhraseBook.shippedLanguages)
    func theShippedCatalogHoldsExactlyThePOFilesWords(language: String) throws {
        let po = Fixtures.checkout.appendingPathComponent("Sources/ProfintModel/Locale/profint.\(language).po")
        let source = try MessageCatalog(reading: String(contentsOf: po, encoding: .utf8), origin: po.lastPathComponent)
        let shipped = try #require(PhraseBook.shippedCatalog(language), "the compiled profint.\(language).mo reads")
        let advice = "profint.\(language).mo is not profint.\(language).po compiled: run scripts/compile-catalogs"
        #expect(shipped.keys == source.keys, "\(advice)")
        for key in source.keys.sorted() where shipped.forms(key) != source.forms(key) {
            Issue.record("\(key): \(advice)")
        }
        #expect(shipped.pluralForms == source.pluralForms, "\(advice)")
        #expect(source.language == language, "the PO file's Language header")
        #expect(PhraseBook.shared.catalog(language)?.language == language)
    }

    @Test(arguments: [false, true])
    func anMOFileReadsItsHeaderContextsAndPluralForms(bigEndian: Bool) throws {
        let bytes = mo([
            ("", "Language: fr\nPlural-Forms: nplurals=2; plural=(n > 1);\n"),
            ("greeting\u{4}Hello", "Bonjour"),
            ("day\u{0}days", "jour\u{0}jours"),
            ("empty\u{4}Empty", ""),
            ("file\u{0}fi\u{4}les", "fichier\u{0}fichiers"),   // EOT in a plural: not a context
        ], bigEndian: bigEndian)
        let compiled = try MessageCatalog(compiled: bytes, file: "x.mo", origin: "x.po")
        #expect(compiled.language == "fr" && compiled.pluralForms.form(for: 2) == 1)
        #expect(compiled.keys == ["greeting", "day", "file"], "an untranslated message is left out, as in a PO file")
        #expect(compiled.text("greeting") == "Bonjour")
        #expect(compiled.plural("day", count: 1) == "jour" && compiled.plural("day", count: 2) == "jours")
        let file = try MOReader.read(bytes, file: "x.mo")
        #expect(file.language == "fr")
        #expect(file.entries == [
            POEntry(context: "greeting", id: "Hello", translations: ["Bonjour"]),
            POEntry(id: "day", pluralID: "days", translations: ["jour", "jours"]),
            POEntry(context: "empty", id: "Empty", translations: [""]),
            POEntry(id: "file", pluralID: "fi\u{4}les", translations: ["fichier", "fichiers"]),
        ])
        let catalog = try MessageCatalog(file, origin: "x.po")
        #expect(catalog.keys == compiled.keys && catalog.pluralForms == compiled.pluralForms,
                "read in one pass or through PO entries, the same catalog")
        for key in catalog.keys { #expect(catalog.forms(key) == compiled.forms(key)) }
        #expect(catalog.text("greeting") == "Bonjour")
        #expect(catalog.plural("day", count: 1) == "jour" && catalog.plural("day", count: 2) == "jours")
    }

    @Test func aDamagedMOFileIsRefusedWithWhatToDo() {
        let good = mo([("", "Language: fr\n"), ("a", "b")])
        var wrongMagic = good
        wrongMagic[0] = 0
        var outside = good
        outside[28 + 12] = 0xFF  // the second original's offset, far past the end
        for bytes in [[], Array(good.prefix(20)), wrongMagic, outside, Array(good.dropLast(3))] {
            #expect {
                try MOReader.read(bytes, file: "profint.xx.mo")
            } throws: { error in
                let problem = error as? POReadError
                return problem?.location.file == "profint.xx.mo"
                    && problem?.message.contains("scripts/compile-catalogs") == true
            }
            #expect {
                try MessageCatalog(compiled: bytes, file: "profint.xx.mo", origin: "profint.xx.po")
            } throws: { error in
                let problem = error as? POReadError
                return problem?.location.file == "profint.xx.mo"
                    && problem?.message.contains("scripts/compile-catalogs") == true
            }
        }
    }

    /// An MO file of `messages` (original, translation), laid out as msgfmt lays it out (header,
    /// the two tables, the strings), without the optional hash table.
    private func mo(_ messages: [(String, String)], bigEndian: Bool = false) -> [UInt8] {
        func word(_ value: Int) -> [UInt8] {
            let bytes = (0..<4).map { UInt8(truncatingIfNeeded: UInt32(value) >> (8 * $0)) }
            return bigEndian ? bytes.reversed() : bytes
        }
        let stringsStart = 28 + 16 * messages.count
        var originals: [UInt8] = [], translations: [UInt8] = [], strings: [UInt8] = []
        for (original, _) in messages {
            originals += word(original.utf8.count) + word(stringsStart + strings.count)
            strings += Array(original.utf8) + [0]
        }
        for (_, translation) in messages {
            translations += word(translation.utf8.count) + word(stringsStart + strings.count)
            strings += Array(translation.utf8) + [0]
        }
        let header = [0x9504_12DE, 0, messages.count, 28, 28 + 8 * messages.count, 0, 0].flatMap(word)
        return header + originals + translations + strings
    }
}
