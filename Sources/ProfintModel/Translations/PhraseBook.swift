import Foundation

/// Every catalog of profint's own words this process knows: the ones profint ships (English,
/// French, Italian, embedded in the binary from `Sources/ProfintModel/Locale/profint.<lang>.po`)
/// and the ones plugins bring for other languages (`translations/profint.<lang>.po`).
///
/// A plugin cannot replace a shipped language's words; for a language profint does not ship, the
/// first plugin on the search path that brings it is used.
public final class PhraseBook: @unchecked Sendable {
    /// The book `Phrases` reads.
    public static let shared = PhraseBook(shipped: PhraseBook.shippedCatalogs())

    /// The languages profint ships catalogs for.
    public static let shippedLanguages = ["en", "fr", "it"]

    private let lock = NSLock()
    private let shipped: [String: MessageCatalog]
    private var added: [String: MessageCatalog] = [:]

    /// A book of `shipped` catalogs, by language.
    public init(shipped: [String: MessageCatalog]) { self.shipped = shipped }

    /// The catalog used for `language` (`fr_FR` → `fr`), or nil.
    public func catalog(_ language: String) -> MessageCatalog? {
        let code = Language.normalise(language)
        if let catalog = shipped[code] { return catalog }
        lock.lock()
        defer { lock.unlock() }
        return added[code]
    }

    /// English, the catalog every other falls back to.
    public var english: MessageCatalog? { shipped["en"] }

    /// Adds a plugin's catalog. Returns why it is not used, when profint ships that language or
    /// another catalog (from `origin`) already brings it; nil when it is used from now on.
    @discardableResult
    public func add(_ catalog: MessageCatalog) -> String? {
        if shipped[catalog.language] != nil {
            return "profint ships its own words in '\(catalog.language)'; this catalog is not used "
                + "(a plugin's catalog of profint's words is for a language profint does not ship)"
        }
        lock.lock()
        defer { lock.unlock() }
        if let existing = added[catalog.language] {
            if existing.origin == catalog.origin { return nil }
            return "profint's words in '\(catalog.language)' already come from \(existing.origin); this catalog is not used"
        }
        added[catalog.language] = catalog
        return nil
    }

    /// The messages of `catalog` whose `{placeholders}` differ from the English ones: a missing
    /// one loses a value, an unknown one is shown as written.
    public static func placeholderProblems(of catalog: MessageCatalog) -> [String] {
        guard let english = shared.english else { return [] }
        return catalog.keys.sorted().compactMap { key in
            guard let forms = catalog.forms(key), let englishForms = english.forms(key) else { return nil }
            let expected = englishForms.reduce(into: Set<String>()) { $0.formUnion(Phrases.placeholders($1)) }
            let found = forms.reduce(into: Set<String>()) { $0.formUnion(Phrases.placeholders($1)) }
            let fits = forms.count == 1
                ? found == expected
                : found.isSubset(of: expected) && expected.subtracting(found).isSubset(of: ["count"])
            if fits { return nil }
            return "message '\(key)': its placeholders are \(found.sorted()), the English has \(expected.sorted())"
        }
    }

    /// The shipped catalogs, read from the PO files embedded at build time.
    static func shippedCatalogs() -> [String: MessageCatalog] {
        let sources: [(String, [UInt8])] = [
            ("en", PackageResources.profint_en_po), ("fr", PackageResources.profint_fr_po),
            ("it", PackageResources.profint_it_po),
        ]
        var catalogs: [String: MessageCatalog] = [:]
        for (language, bytes) in sources {
            let origin = "profint.\(language).po"
            if let catalog = try? MessageCatalog(reading: String(decoding: bytes, as: UTF8.self), origin: origin, language: language) {
                catalogs[language] = catalog
            }
        }
        return catalogs
    }

    /// The text of a shipped PO file, for checks and for translators starting a new language.
    public static func shippedSource(_ language: String) -> String? {
        switch language {
        case "en": return String(decoding: PackageResources.profint_en_po, as: UTF8.self)
        case "fr": return String(decoding: PackageResources.profint_fr_po, as: UTF8.self)
        case "it": return String(decoding: PackageResources.profint_it_po, as: UTF8.self)
        default: return nil
        }
    }
}
