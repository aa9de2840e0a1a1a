import Foundation
import ProfintModel

extension SourceLocation {
    /// The location of the first line of `file` (in `folder`) that contains one of `texts` (e.g.
    /// `return tool` or `extends`) and is not a comment, for tables whose constructor was a tail
    /// call (`return tool { ... }`), where Lua keeps no line. Scans bytes: texts are ASCII.
    static func firstLine(
        containing texts: [String], in file: String, of folder: URL, bundle: String?
    ) -> SourceLocation {
        let bytes = [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) ?? Data())
        return firstLine(containing: texts, in: bytes, file: file, bundle: bundle)
    }

    /// The same, in a file's source already read.
    static func firstLine(
        containing texts: [String], in bytes: [UInt8], file: String, bundle: String?
    ) -> SourceLocation {
        let needles = texts.map { Array($0.utf8) }
        for needle in needles {
            var line = 1
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let text = bytes[start..<end]
                if ByteSearch.contains(text, needle) && !isComment(text) {
                    return SourceLocation(bundle: bundle, file: file, line: line)
                }
                start = end + 1
                line += 1
            }
        }
        return SourceLocation(bundle: bundle, file: file)
    }

    private static func isComment(_ text: ArraySlice<UInt8>) -> Bool {
        let body = text.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return body.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
    }
}
