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
