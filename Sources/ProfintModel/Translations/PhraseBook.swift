import Foundation

/// Every catalog of profint's own words this process knows: the ones profint ships (English,
/// French, Italian: `Sources/ProfintModel/Locale/profint.<lang>.po`, embedded in the binary in
/// their compiled form, `profint.<lang>.mo`)
/// and the ones plugins bring for other languages (`translations/profint.<lang>.po`).
///
/// A plugin cannot replace a shipped language's words; for a language profint does not ship, the
/// first plugin on the search path that brings it is used.
public final class PhraseBook: @unchecked Sendable {
    /// The book `Phrases` reads.
    public static let shared = PhraseBook(loading: PhraseBook.shippedCatalog)

    /// The languages profint ships catalogs for.
    public static let shippedLanguages = ["en", "fr", "it"]

    private let lock = NSLock()
    /// Reads a shipped language's catalog; called once per language, when it is first needed
    /// (a process that speaks French reads English and French, not Italian).
    private let load: @Sendable (String) -> MessageCatalog?
    /// The shipped catalogs read so far (nil: that language is not shipped).
    private var shipped: [String: MessageCatalog?] = [:]
    private var added: [String: MessageCatalog] = [:]

    /// A book of `shipped` catalogs, by language.
    public convenience init(shipped catalogs: [String: MessageCatalog]) {
        self.init(loading: { catalogs[$0] })
    }

    /// A book whose shipped catalogs `load` reads when first asked for.
    public init(loading load: @escaping @Sendable (String) -> MessageCatalog?) { self.load = load }

    /// The catalog used for `language` (`fr_FR` → `fr`), or nil.
    public func catalog(_ language: String) -> MessageCatalog? {
        let code = Language.normalise(language)
        if let catalog = cachedShippedCatalog(code) { return catalog }
        lock.lock()
        defer { lock.unlock() }
        return added[code]
    }

    /// English, the catalog every other falls back to.
    public var english: MessageCatalog? { cachedShippedCatalog("en") }

    /// The shipped catalog of `code`, read on first use.
    private func cachedShippedCatalog(_ code: String) -> MessageCatalog? {
        lock.lock()
        defer { lock.unlock() }
        if let known = shipped[code] { return known }
        let catalog = load(code)
        shipped[code] = .some(catalog)
        return catalog
    }

    /// Adds a plugin's catalog. Returns why it is not used, when profint ships that language or
    /// another catalog (from `origin`) already brings it; nil when it is used from now on.
    @discardableResult
    public func add(_ catalog: MessageCatalog) -> String? {
        if cachedShippedCatalog(catalog.language) != nil {
            return "profint ships its own words in '\(catalog.language)'; this catalog is not used "
                + "(a plugin's catalog of profint's words is for a language profint does not ship)"
        }
        lock.lock()
        defer { lock.unlock() }
        if let existing = added[catalog.language] {
            if existing.origin == catalog.origin { return nil }
            return "profint's words in '\(catalog.language)' already come from \(existing.origin); "
                + "this catalog is not used"
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

    /// A shipped catalog, read from its compiled form (the MO file `scripts/compile-catalogs`
    /// makes of the PO file, embedded at build time); nil for a language profint does not ship.
    @Sendable public static func shippedCatalog(_ language: String) -> MessageCatalog? {
        guard let compiled = shippedCompiled(language) else { return nil }
        return try? MessageCatalog(compiled: compiled, file: "profint.\(language).mo",
                                   origin: "profint.\(language).po", language: language)
    }

    /// The bytes of a shipped catalog's MO file.
    static func shippedCompiled(_ language: String) -> [UInt8]? {
        switch language {
        case "en": return PackageResources.profint_en_mo
        case "fr": return PackageResources.profint_fr_mo
        case "it": return PackageResources.profint_it_mo
        default: return nil
        }
    }
}
