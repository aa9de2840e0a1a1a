import Foundation

/// Searching text byte for byte, by its UTF-8: what profint does where the standard library's
/// search would compare Characters (grapheme by grapheme, some ten times slower), for text that
/// either side wrote the same way (an expected phrase and a rendered report, an ASCII keyword
/// and a line of Lua).
public enum ByteSearch {
    /// Where `needle`'s bytes next occur in `haystack` at or after `start`, or nil; an empty
    /// needle occurs at `start`. Inlinable so that other modules get it specialized for their
    /// collections: unspecialized, it reads each byte through protocol witnesses.
    @inlinable
    public static func firstIndex<Haystack: Collection<UInt8>>(
        of needle: some Collection<UInt8>, in haystack: Haystack, from start: Int
    ) -> Int? where Haystack.Index == Int {
        guard let first = needle.first else { return start }
        guard haystack.endIndex - needle.count >= start else { return nil }
        var index = max(start, haystack.startIndex)
        while index <= haystack.endIndex - needle.count {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle`'s bytes occur in `haystack`; an empty needle occurs everywhere.
    @inlinable
    public static func contains<Haystack: Collection<UInt8>>(
        _ haystack: Haystack, _ needle: some Collection<UInt8>
    ) -> Bool where Haystack.Index == Int {
        firstIndex(of: needle, in: haystack, from: haystack.startIndex) != nil
    }

    /// The same search on contiguous bytes, with the C library's vectorised `memchr` for the
    /// needle's first byte and `memcmp` for the rest: whole reports are searched for phrases, and
    /// texts for what they replace.
    public static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let first = needle.first else { return start }
        guard let base = haystack.baseAddress, let bytes = needle.baseAddress,
              haystack.count - needle.count >= start else { return nil }
        let lastStart = haystack.count - needle.count
        var position = max(start, 0)
        while position <= lastStart {
            guard let found = memchr(base + position, Int32(first), lastStart - position + 1) else { return nil }
            let candidate = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + candidate, bytes, needle.count) == 0 { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// How many times `needle` occurs in `text`, without overlaps, comparing UTF-8 bytes; 0 for an
    /// empty needle.
    public static func count(_ needle: String, in text: String) -> Int {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return 0 }
                var found = 0, start = 0
                while let match = firstIndex(of: pattern, in: haystack, from: start) {
                    found += 1
                    start = match + pattern.count
                }
                return found
            }
        }
    }

    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes: "é" written as one code point
    /// does not match "é" written as "e" and a combining accent.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { firstIndex(of: $0, in: haystack, from: 0) != nil } }
    }
}
