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

    /// A part of the body: a block, or a blank line as it was written.
    private enum Piece {
        case block(Block), blank(Substring)
    }

    /// The body split into its blocks and the blank lines between them, in order.
    private var pieces: [Piece] {
        var pieces: [Piece] = []
        var current: [Substring] = []
        var start = bodyLine
        func flush() {
            if !current.isEmpty { pieces.append(.block(Block(text: current.joined(separator: "\n"), line: start))) }
            current = []
        }
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                pieces.append(.blank(line))
            } else {
                if current.isEmpty { start = bodyLine + offset }
                current.append(line)
            }
        }
        flush()
        return pieces
    }

    /// The body's blocks, in order.
    public var blocks: [Block] {
        pieces.compactMap { piece in
            guard case .block(let block) = piece else { return nil }
            return block
        }
    }

    /// The text with each block replaced by `transform(block)`, blank lines kept as they were.
    public func mapBlocks(_ transform: (String) -> String) -> CaseText {
        var result = self
        result.body = pieces.map { piece in
            switch piece {
            case .block(let block): transform(block.text)
            case .blank(let line): String(line)
            }
        }.joined(separator: "\n")
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
