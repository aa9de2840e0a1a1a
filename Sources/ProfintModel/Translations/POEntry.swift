/// One message of a gettext PO file: its source text, its translation and the comments and flags
/// translators' tools (Poedit, Weblate, Lokalize, msgmerge) read and write.
///
/// A plural message has `pluralID` and one translation per plural form (`msgstr[0]`, `msgstr[1]`…);
/// a singular one has exactly one translation (`msgstr`). An empty translation means "not
/// translated". Equality ignores `line`, where the entry was read.
public struct POEntry: Equatable, Hashable, Sendable {
    /// `msgctxt`: tells apart identical source texts that translate differently.
    public var context: String?
    /// `msgid`: the source text.
    public var id: String
    /// `msgid_plural`: the source text's plural, for a message with plural forms.
    public var pluralID: String?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… for a plural message.
    public var translations: [String]
    /// `# …` lines, written by translators.
    public var translatorComments: [String]
    /// `#. …` lines, written by the program that extracted the texts.
    public var extractedComments: [String]
    /// `#: file:line` references, one per item.
    public var references: [String]
    /// `#, …` flags, such as `fuzzy` or `c-format`.
    public var flags: [String]
    /// `#| msgctxt`, `#| msgid`, `#| msgid_plural`: the source text a fuzzy translation was made for.
    public var previousContext: String?
    public var previousID: String?
    public var previousPluralID: String?
    /// `#~`: an entry kept for its translation although its source text is gone.
    public var isObsolete: Bool
    /// The line of the file its `msgid` (or first keyword) was read from; not part of equality.
    public var line: Int?

    public init(
        context: String? = nil, id: String, pluralID: String? = nil, translations: [String]? = nil,
        translatorComments: [String] = [], extractedComments: [String] = [], references: [String] = [],
        flags: [String] = [], previousContext: String? = nil, previousID: String? = nil,
        previousPluralID: String? = nil, isObsolete: Bool = false, line: Int? = nil
    ) {
        self.context = context
        self.id = id
        self.pluralID = pluralID
        self.translations = translations ?? (pluralID == nil ? [""] : ["", ""])
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.flags = flags
        self.previousContext = previousContext
        self.previousID = previousID
        self.previousPluralID = previousPluralID
        self.isObsolete = isObsolete
        self.line = line
    }

    /// `#, fuzzy`: the translation is a suggestion a translator has not confirmed; gettext does
    /// not use it.
    public var isFuzzy: Bool {
        get { flags.contains("fuzzy") }
        set {
            if newValue, !isFuzzy { flags.insert("fuzzy", at: 0) }
            if !newValue { flags.removeAll { $0 == "fuzzy" } }
        }
    }

    /// The header entry: an empty `msgid` without context.
    public var isHeader: Bool { id.isEmpty && context == nil && !isObsolete }

    /// Whether every form has a translation.
    public var isTranslated: Bool { POEntry.isTranslated(translations) }

    /// Whether `forms` translate a message: there is one at least, and none is empty.
    static func isTranslated(_ forms: [String]) -> Bool { !forms.isEmpty && forms.allSatisfy { !$0.isEmpty } }

    /// The entry's key in a catalog: its context and source text.
    public var key: POKey { POKey(context: context, id: id) }

    public static func == (lhs: POEntry, rhs: POEntry) -> Bool {
        lhs.context == rhs.context && lhs.id == rhs.id && lhs.pluralID == rhs.pluralID
            && lhs.translations == rhs.translations && lhs.translatorComments == rhs.translatorComments
            && lhs.extractedComments == rhs.extractedComments && lhs.references == rhs.references
            && lhs.flags == rhs.flags && lhs.previousContext == rhs.previousContext
            && lhs.previousID == rhs.previousID && lhs.previousPluralID == rhs.previousPluralID
            && lhs.isObsolete == rhs.isObsolete
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(context)
        hasher.combine(id)
        hasher.combine(pluralID)
        hasher.combine(translations)
        hasher.combine(isObsolete)
    }
}

/// What identifies a message in a PO file: gettext allows one entry per context and source text.
public struct POKey: Hashable, Sendable, CustomStringConvertible {
    public var context: String?
    public var id: String

    public init(context: String?, id: String) {
        self.context = context
        self.id = id
    }

    public var description: String { context.map { "\($0) | \(id)" } ?? id }
}
