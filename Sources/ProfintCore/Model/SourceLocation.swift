import Foundation

/// Where something was written: a file of a bundle and a line.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The id of the bundle the file belongs to, when known.
    public var bundle: String?
    /// The file, relative to its bundle: `tools/partner-map.lua`.
    public var file: String
    public var line: Int?

    public init(bundle: String?, file: String, line: Int? = nil) {
        self.bundle = bundle
        self.file = file
        self.line = line
    }

    /// Parses Lua's `chunk:line`.
    public init?(lua text: String?, bundle: String?) {
        guard let text, !text.isEmpty else { return nil }
        if let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]) {
            self.init(bundle: bundle, file: String(text[..<colon]), line: line)
        } else {
            self.init(bundle: bundle, file: text)
        }
    }

    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

extension SourceLocation {
    /// The location of the first line of `file` (in `folder`) that contains `text` (e.g.
    /// `return tool` or `extends`), for tables whose constructor was a tail call (`return tool
    /// { ... }`), where Lua keeps no line.
    static func firstLine(containing texts: [String], in file: String, of folder: URL, bundle: String?) -> SourceLocation {
        let url = folder.appendingPathComponent(file)
        let source = FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        for text in texts {
            for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(text) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("--") {
                return SourceLocation(bundle: bundle, file: file, line: index + 1)
            }
        }
        return SourceLocation(bundle: bundle, file: file)
    }
}
