extension String {
    /// The text without white space (spaces, tabs, line breaks, and other Unicode white space)
    /// at either end. Native Swift, so it costs no bridging on Linux: answers are trimmed often.
    public var trimmed: String { trimming(where: \.properties.isWhitespace) }

    /// The text without spaces at either end: tabs, Unicode's space separators (U+0020, the
    /// no-break and thin spaces...) and U+200B, the set Foundation's `CharacterSet.whitespaces`
    /// names, but native: Foundation's set costs a process a million instructions the first time.
    public var trimmingSpaces: String { trimming(where: String.isSpace) }

    /// The text without spaces (``trimmingSpaces``) or line breaks (U+000A to U+000D, U+0085,
    /// U+2028, U+2029) at either end: Foundation's `CharacterSet.whitespacesAndNewlines`, native.
    public var trimmingSpacesAndLineBreaks: String {
        trimming { scalar in
            String.isSpace(scalar) || ("\n"..."\r").contains(scalar) || scalar == "\u{85}"
                || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
            || (!scalar.isASCII && (scalar.properties.generalCategory == .spaceSeparator || scalar == "\u{200B}"))
    }

    /// The text without the scalars `isTrimmed` names at either end (itself when there are none).
    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// The first of the text's UTF-8 bytes that `predicate` accepts, or nil: read from the
    /// string's own storage where it has one, where a byte costs several times less than through
    /// its UTF-8 view (texts are searched whole for control characters and Markdown marks).
    @inlinable
    public func firstUTF8Byte(where predicate: (UInt8) -> Bool) -> UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.first(where: predicate) } ?? utf8.first(where: predicate)
    }

    /// Whether the text holds nothing but white space.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    /// The text with every occurrence of `target` replaced, matched byte for byte (no locale, no
    /// Unicode folding), in one pass. Native Swift: reports and prompts replace a lot.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self, needle = target
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty, var match = ByteSearch.firstIndex(of: pattern, in: bytes, from: 0) else {
                    return self
                }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count)
                var written = 0
                while true {
                    out.append(contentsOf: bytes[written..<match])
                    out.append(contentsOf: replacement.utf8)
                    written = match + pattern.count
                    guard let next = ByteSearch.firstIndex(of: pattern, in: bytes, from: written) else { break }
                    match = next
                }
                out.append(contentsOf: bytes[written...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// The text without line breaks at either end.
    public var trimmingLineBreaks: String { trimming { $0 == "\n" || $0 == "\r" } }
}
