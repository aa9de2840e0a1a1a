/// Reads a GNU MO file, the binary form of a PO file that gettext's `msgfmt` writes, into a
/// ``POFile``: its header and its messages. An MO file keeps no comments, flags or lines, and
/// `msgfmt` leaves out fuzzy and untranslated messages, so what reads back is what a
/// ``MessageCatalog`` uses.
///
/// profint ships its own words both ways: the PO files translators edit, and the MO files
/// `scripts/compile-catalogs` makes of them, which a process reads (half the instructions of
/// reading the PO text: docs/performance.md).
///
/// Layout (little- or big-endian, as the magic number says): a header of seven 32-bit words
/// (magic, revision, count, offset of the originals' table, offset of the translations' table,
/// hash table size and offset), then two tables of (length, offset) pairs. An original is
/// `msgctxt` EOT `msgid`, with NUL `msgid_plural` after it for a plural message; a translation
/// holds its plural forms separated by NUL.
public enum MOReader {
    /// The messages of the MO file `bytes`, named `file` in errors.
    /// - Throws: ``POReadError`` when the bytes are not an MO file or an offset leads outside them.
    public static func read(_ bytes: [UInt8], file: String) throws -> POFile {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, fileName: file)
            return try reader.poFile()
        }
    }

    /// The header and the translated words of the MO file `bytes`, by key (a message's context,
    /// else its msgid), the way ``MessageCatalog`` keeps them: read without the ``POEntry`` of each
    /// message (the English catalog of profint's words in 0.7 million instructions, not 2.0).
    /// - Throws: ``POReadError`` as ``read(_:file:)`` does.
    public static func messages(
        _ bytes: [UInt8], file: String
    ) throws -> (header: POEntry?, messages: [String: [String]]) {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, fileName: file)
            return try reader.messages()
        }
    }

    /// A walk over the bytes of one MO file; every read is checked against their end.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let fileName: String
        var bigEndian = false

        func failure(_ why: String) -> POReadError {
            POReadError("not a compiled catalog (GNU MO): \(why); make it again with scripts/compile-catalogs",
                        at: SourceLocation(bundle: nil, file: fileName))
        }

        /// The 32-bit word at `offset`.
        func word(at offset: Int) throws -> Int {
            guard offset >= 0, offset <= bytes.count - 4 else { throw failure("it ends at byte \(bytes.count)") }
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            return Int(bigEndian ? value.byteSwapped : value)
        }

        /// The bytes whose (length, offset) pair is entry `index` of the table at `table`.
        func span(table: Int, index: Int) throws -> UnsafeBufferPointer<UInt8> {
            let length = try word(at: table + 8 * index), offset = try word(at: table + 8 * index + 4)
            guard offset <= bytes.count, length <= bytes.count - offset else {
                throw failure("string \(index) lies outside the file")
            }
            return UnsafeBufferPointer(rebasing: bytes[offset..<offset + length])
        }

        /// The string whose (length, offset) pair is entry `index` of the table at `table`, as
        /// its parts between NUL bytes.
        func strings(table: Int, index: Int) throws -> [String] {
            try span(table: table, index: index).split(separator: 0, omittingEmptySubsequences: false).map { part in
                String(decoding: UnsafeBufferPointer(rebasing: part), as: UTF8.self)
            }
        }

        /// Checks the header; the number of messages and the offsets of the two tables.
        mutating func tables() throws -> (count: Int, originals: Int, translations: Int) {
            switch try word(at: 0) {
            case 0x9504_12DE: bigEndian = false
            case 0xDE12_0495: bigEndian = true
            default: throw failure("its magic number is wrong")
            }
            guard try word(at: 4) >> 16 == 0 else { throw failure("its format revision is not 0") }
            let count = try word(at: 8), originals = try word(at: 12), translations = try word(at: 16)
            guard count <= bytes.count / 16 else { throw failure("it says it holds \(count) messages") }
            return (count, originals, translations)
        }

        /// See ``MOReader/messages(_:file:)``. Untranslated forms are left out, as a PO file's are.
        mutating func messages() throws -> (header: POEntry?, messages: [String: [String]]) {
            let (count, originals, translations) = try tables()
            var header: POEntry?
            var messages: [String: [String]] = [:]
            messages.reserveCapacity(count)
            for index in 0..<count {
                let original = try span(table: originals, index: index)
                let forms = try strings(table: translations, index: index)
                // msgctxt EOT msgid, or msgid; then NUL msgid_plural for a plural message. The
                // key is the context, else the msgid; an empty msgid without context, the header.
                let single = original[..<(original.firstIndex(of: 0) ?? original.endIndex)]
                let key = single[..<(single.firstIndex(of: 0x04) ?? single.endIndex)]
                if single.isEmpty {
                    header = POEntry(id: "", translations: forms)
                } else if POEntry.isTranslated(forms) {
                    messages[String(decoding: UnsafeBufferPointer(rebasing: key), as: UTF8.self)] = forms
                }
            }
            return (header, messages)
        }

        /// The header and the messages, in the file's order.
        mutating func poFile() throws -> POFile {
            let (count, originals, translations) = try tables()
            var result = POFile()
            result.entries.reserveCapacity(count)
            for index in 0..<count {
                let original = try strings(table: originals, index: index)
                let translated = try strings(table: translations, index: index)
                let key = original[0]
                let (context, id) = key.utf8.firstIndex(of: 0x04).map { separator in
                    (String(key[..<separator]), String(key[key.utf8.index(after: separator)...]))
                } ?? (nil, key)
                let entry = POEntry(context: context, id: id, pluralID: original.count > 1 ? original[1] : nil,
                                    translations: translated)
                if context == nil && id.isEmpty { result.header = entry } else { result.entries.append(entry) }
            }
            return result
        }
    }
}
