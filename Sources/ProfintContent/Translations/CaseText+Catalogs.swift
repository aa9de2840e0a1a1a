import ProfintModel

/// A case text's translatable pieces: each paragraph (a block of lines between blank lines) is
/// one message of context `<bundle> case`, each front matter value one of context
/// `<bundle> case.<key>`, so translators work paragraph by paragraph in their tools and a changed
/// paragraph leaves the others translated.
extension CaseText {
    /// A block of the body: its text and the line of the file it starts on.
    public struct Block: Equatable, Sendable {
        public var text: String
        public var line: Int
    }

    /// The body's blocks, in order.
    public var blocks: [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        var start = bodyLine
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { blocks.append(Block(text: current.joined(separator: "\n"), line: start)) }
                current = []
            } else {
                if current.isEmpty { start = bodyLine + offset }
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(Block(text: current.joined(separator: "\n"), line: start)) }
        return blocks
    }

    /// The text with each block replaced by `transform(block)`, blank lines kept as they were.
    public func mapBlocks(_ transform: (String) -> String) -> CaseText {
        var lines: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { lines.append(transform(current.joined(separator: "\n"))) }
            current = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                lines.append(String(line))
            } else {
                current.append(line)
            }
        }
        flush()
        var result = self
        result.body = lines.joined(separator: "\n")
        return result
    }

    /// The context of the case text's paragraphs in catalogs.
    public static func context(bundle: String) -> String { TextKey(path: nil, field: "case").context(owner: bundle) }

    /// The context of a front matter value in catalogs.
    public static func context(bundle: String, frontMatter key: String) -> String {
        TextKey(path: nil, field: "case.\(key)").context(owner: bundle)
    }
}

extension Catalog {
    /// A module's case text in `language`: its own `case.<lang>.md` when it has one, else its
    /// first language's case text translated paragraph by paragraph by the catalogs that name the
    /// module (its own, or a plugin's that requires it), else the usual fallback (English, then
    /// any). Paragraphs a catalog leaves untranslated stay in the first language.
    public func caseText(of bundle: ContentBundle, language: String) throws -> CaseText? {
        let files = bundle.manifest.caseFiles
        let catalogs = translationCatalogs(for: bundle.id, language: language)
        guard files[language] == nil, !catalogs.isEmpty,
              let source = try CaseText.load(bundle, language: bundle.language)
        else { return try CaseText.load(bundle, language: language) }
        var translated = 0
        func lookup(_ context: String, _ text: String) -> String? {
            for catalog in catalogs {
                if let found = catalog.translation(context: context, id: text) {
                    translated += 1
                    return found
                }
            }
            return nil
        }
        let context = CaseText.context(bundle: bundle.id)
        var result = source.mapBlocks { lookup(context, $0) ?? $0 }
        for (key, value) in source.frontMatter {
            result.frontMatter[key] = lookup(CaseText.context(bundle: bundle.id, frontMatter: key), value) ?? value
        }
        guard translated > 0 else { return try CaseText.load(bundle, language: language) }
        result.language = language
        return result
    }
}
