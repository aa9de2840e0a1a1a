/// profint's own words in one language, read from a PO file (or its compiled MO form, for the
/// catalogs profint ships: ``MOReader``): each message's `msgctxt` is its key
/// (`Phrases.text("planned", …)`), its `msgid` the English words the translator starts from, and
/// its `msgstr` (or `msgstr[0]`, `msgstr[1]`… for a plural message) the words shown.
///
/// Untranslated and fuzzy messages are left out, so they fall back to English, as gettext does.
public struct MessageCatalog: Sendable {
    /// The language code, e.g. `el`.
    public let language: String
    /// Which plural form a count takes.
    public let pluralForms: PluralForms
    /// Where the catalog comes from, for messages: `profint.fr.po` (the file a shipped catalog is
    /// compiled from) or a plugin's file.
    public let origin: String
    private let messages: [String: [String]]

    /// The catalog of `file` in `language`, else the language its `Language` header names.
    /// - Throws: `POReadError` when the header's `Plural-Forms` is malformed.
    public init(_ file: POFile, origin: String, language: String? = nil) throws {
        var messages: [String: [String]] = [:]
        messages.reserveCapacity(file.entries.count)
        for entry in file.entries where !entry.isObsolete && !entry.isFuzzy && entry.isTranslated {
            messages[entry.context ?? entry.id] = entry.translations
        }
        try self.init(header: file.header, messages: messages, origin: origin, language: language)
    }

    /// The catalog of the MO file `bytes` (see ``MOReader``), as of the PO file it was compiled
    /// from.
    /// - Throws: `POReadError` when the bytes are not an MO file or its `Plural-Forms` is malformed.
    public init(compiled bytes: [UInt8], file: String, origin: String, language: String? = nil) throws {
        let (header, messages) = try MOReader.messages(bytes, file: file)
        try self.init(header: header, messages: messages, origin: origin, language: language)
    }

    private init(header: POEntry?, messages: [String: [String]], origin: String, language: String?) throws {
        let file = POFile(header: header)
        self.language = Language.normalise(language ?? file.language ?? "en")
        self.origin = origin
        do {
            pluralForms = try file.pluralForms() ?? .germanic
        } catch let problem as PluralFormsError {
            throw POReadError("Plural-Forms: \(problem.message)",
                              at: SourceLocation(bundle: nil, file: origin, line: header?.line ?? 1))
        }
        self.messages = messages
    }

    /// Reads the PO text of `origin`.
    public init(reading text: String, origin: String, language: String? = nil) throws {
        try self.init(POReader.read(text, file: origin), origin: origin, language: language)
    }

    /// The words of `key` (the singular of a plural message), or nil when not translated here.
    public func text(_ key: String) -> String? { messages[key]?.first }

    /// The form of the plural message `key` that `count` takes, or nil when not translated here.
    public func plural(_ key: String, count: Int) -> String? {
        guard let forms = messages[key] else { return nil }
        let index = pluralForms.form(for: count)
        return index < forms.count ? forms[index] : forms.last
    }

    /// The forms of `key` (one for a singular message), or nil when not translated here.
    public func forms(_ key: String) -> [String]? { messages[key] }

    /// The keys this catalog translates.
    public var keys: Set<String> { Set(messages.keys) }
}
