import Foundation

/// A gettext PO file: its header (the entry with an empty `msgid`) and its messages, in file order.
///
/// `POReader` reads one, `POWriter` writes one; what the writer writes reads back equal.
public struct POFile: Equatable, Sendable {
    /// The header entry, whose translation holds `Name: value` fields; nil when the file has none.
    public var header: POEntry?
    /// The messages, obsolete ones included, in file order, without the header.
    public var entries: [POEntry]

    public init(header: POEntry? = nil, entries: [POEntry] = []) {
        self.header = header
        self.entries = entries
    }

    /// A file with a header of `fields`, in that order.
    public init(headerFields: [(name: String, value: String)], entries: [POEntry] = []) {
        self.init(header: POEntry(id: "", translations: [POFile.headerText(headerFields)]), entries: entries)
    }

    /// The header's `Name: value` fields, in order; lines without a colon are left out.
    public var headerFields: [(name: String, value: String)] {
        guard let text = header?.translations.first else { return [] }
        // Split by bytes and trimmed natively: every process that prints a message reads the
        // English catalog's header, and Foundation's trimming costs a first use a million instructions.
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return (POFile.trimmed(line[..<colon]), POFile.trimmed(line[line.index(after: colon)...]))
        }
    }

    /// `bytes` without the spaces around them (``Swift/String/trimmingSpaces``).
    private static func trimmed(_ bytes: Substring.UTF8View) -> String { String(Substring(bytes)).trimmingSpaces }

    /// The value of the header field `name` (compared without case), or nil.
    public func headerField(_ name: String) -> String? {
        headerFields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Sets the header field `name`, keeping the others and their order; adds a header if missing.
    public mutating func setHeaderField(_ name: String, _ value: String) {
        var fields = headerFields
        if let index = fields.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            fields[index].value = value
        } else {
            fields.append((name, value))
        }
        if header == nil { header = POEntry(id: "") }
        header?.translations = [POFile.headerText(fields)]
    }

    /// The `Language` header field, e.g. `el`.
    public var language: String? { headerField("Language").flatMap { $0.isEmpty ? nil : $0 } }

    /// The header's `Plural-Forms`, parsed; nil when the header has none.
    /// - Throws: `PluralFormsError` when the field is there but malformed.
    public func pluralForms() throws -> PluralForms? {
        try headerField("Plural-Forms").map { try PluralForms(parsing: $0) }
    }

    /// The entries that are not obsolete.
    public var activeEntries: [POEntry] { entries.filter { !$0.isObsolete } }

    /// The active entry with this context and source text.
    public func entry(context: String?, id: String) -> POEntry? {
        entries.first { !$0.isObsolete && $0.context == context && $0.id == id }
    }

    public static func == (lhs: POFile, rhs: POFile) -> Bool {
        lhs.header == rhs.header && lhs.entries == rhs.entries
    }

    private static func headerText(_ fields: [(name: String, value: String)]) -> String {
        fields.map { "\($0.name): \($0.value)\n" }.joined()
    }
}
