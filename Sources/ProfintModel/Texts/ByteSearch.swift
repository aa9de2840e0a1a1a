/// Searching text byte for byte, by its UTF-8: what profint does where the standard library's
/// search would compare Characters (grapheme by grapheme, some ten times slower), for text that
/// either side wrote the same way (an expected phrase and a rendered report, an ASCII keyword
/// and a line of Lua).
public enum ByteSearch {
    /// Whether `needle`'s bytes occur in `haystack`; an empty needle occurs everywhere.
    public static func contains<Haystack: Collection<UInt8>>(
        _ haystack: Haystack, _ needle: some Collection<UInt8>
    ) -> Bool where Haystack.Index == Int {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// How many times `needle` occurs in `text`, without overlaps, comparing UTF-8 bytes; 0 for an
    /// empty needle.
    public static func count(_ needle: String, in text: String) -> Int {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, haystack.count >= pattern.count else { return 0 }
                var found = 0, index = 0
                while index <= haystack.count - pattern.count {
                    if haystack[index] == first && haystack[index..<index + pattern.count].elementsEqual(pattern) {
                        found += 1
                        index += pattern.count
                    } else {
                        index += 1
                    }
                }
                return found
            }
        }
    }

    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes: "é" written as one code point
    /// does not match "é" written as "e" and a combining accent.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { contains(haystack, $0) } }
    }
}
