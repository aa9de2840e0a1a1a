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
        return text.withUTF8 { haystack in needle.withUTF8 { occurs($0, in: haystack) } }
    }

    /// Whether `pattern` occurs in `haystack`: its first byte looked for by `memchr` (the C
    /// library's vectorised search), the rest compared by `memcmp` (a report is searched for
    /// every phrase a test case expects in it).
    private static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard let base = haystack.baseAddress, let bytes = pattern.baseAddress, haystack.count >= pattern.count
        else { return false }
        let lastStart = haystack.count - pattern.count
        var start = 0
        while start <= lastStart {
            guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
            let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + position, bytes, pattern.count) == 0 { return true }
            start = position + 1
        }
        return false
    }
}
