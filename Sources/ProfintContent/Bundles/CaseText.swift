import Foundation
import ProfintModel
import Yams

/// A module's case text in one language: Markdown with optional YAML front matter (title,
/// source...) between `---` lines.
public struct CaseText {
    public var language: String
    public var frontMatter: [String: String]
    public var body: String
    /// The line of the file the body starts on (after the front matter), from 1.
    public var bodyLine = 1

    /// The case text of `bundle` in `language`, falling back like every text (English, then any).
    public static func load(_ bundle: ContentBundle, language: String) throws -> CaseText? {
        let files = bundle.manifest.caseFiles
        let chosen = LocalizedText(files).resolve(language)
        guard !chosen.isEmpty, let found = files.first(where: { $0.value == chosen })?.key else { return nil }
        guard let url = try? BundleFile.resolve(chosen, in: bundle.folder) else {
            throw ProfintError.io(
                "\(Catalog.display(bundle.folder.appendingPathComponent(chosen))): not a file of the bundle")
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else {
            throw ProfintError.io("\(Catalog.display(url)): cannot read the case text")
        }
        return try parse(text, language: found, file: url)
    }

    /// Line ends are read as `\n` whatever the editor wrote (a `\r\n` is one Character in Swift,
    /// so splitting on "\n" would not split it).
    static func parse(_ written: String, language: String, file: URL) throws -> CaseText {
        let text = written.replacingAll("\r\n", with: "\n")
        guard text.hasPrefix("---\n") else { return CaseText(language: language, frontMatter: [:], body: text) }
        let rest = text.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .anchored) else {
            return CaseText(language: language, frontMatter: [:], body: text)
        }
        let header = String(rest[..<end.lowerBound])
        var front: [String: String] = [:]
        do {
            if let map = try Yams.load(yaml: header, .default, .default, .utf8) as? [String: Any] {
                for (key, value) in map { front[key] = "\(value)" }
            }
        } catch {
            throw ProfintError.invalidContent([.error(
                "the front matter is not valid YAML: \(error)",
                at: SourceLocation(bundle: nil, file: Catalog.display(file), line: 1))])
        }
        var parsed = CaseText(language: language, frontMatter: front, body: String(rest[end.upperBound...]))
        parsed.bodyLine = text[..<end.upperBound].filter { $0 == "\n" }.count + 1  // the line after the closing ---
        return parsed
    }
}
