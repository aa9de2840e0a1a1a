import ProfintContent
import ProfintModel

/// How far a tool's (or a bundle's own) texts are translated into one language: what `check`
/// prints as one line, `el: 97 of 112 texts translated, 3 fuzzy`.
public struct TranslationSummary: Equatable, Sendable {
    /// A tool id, or a bundle id for its manifest and case text.
    public var owner: String
    public var language: String
    /// The texts counted: all of them, but those left to fall back when the bundle chose so.
    public var total: Int
    public var translated: Int
    /// Untranslated texts a catalog holds a fuzzy translation for (to review, not used).
    public var fuzzy: Int
    /// Inherited texts left in the base's language (the bundle's `base_texts = "fallback"`).
    public var fallingBack: Int
    /// The language they fall back to.
    public var fallbackLanguage: String
    /// The texts counted and not translated: `key: "source text"`.
    public var missing: [String]
    public var location: SourceLocation?

    public var isComplete: Bool { translated == total }

    /// `el: 97 of 112 texts translated, 3 fuzzy; 96 base texts fall back to en`.
    public var line: String {
        var line = "\(language): \(translated) of \(Counted.of(total, "text", "texts")) translated"
        if fuzzy > 0 { line += ", \(fuzzy) fuzzy" }
        if fallingBack > 0 {
            let texts = fallingBack == 1 ? "base text falls" : "base texts fall"
            line += "; \(fallingBack) \(texts) back to \(fallbackLanguage)"
        }
        return line
    }

    /// The warning `check` gives when texts are missing.
    public var diagnostic: Diagnostic? {
        isComplete ? nil : .warning("\(owner) \(line)", at: location)
    }
}

extension Checker {
    /// One summary per language of the tool but its first, counting `texts` (the tool's), of which
    /// those in `inherited` (key → source text, the base's) may fall back.
    func summaries(
        owner: String, texts: [TranslatableText], languages: [String], sourceLanguage: String,
        inherited: [TextKey: String], fallback: Bool, fallbackLanguage: String, location: SourceLocation?,
        isTranslated: (TranslatableText, String) -> Bool, hasFuzzy: (TranslatableText, String) -> Bool
    ) -> [TranslationSummary] {
        languages.filter { $0 != sourceLanguage }.map { language in
            var summary = TranslationSummary(
                owner: owner, language: language, total: 0, translated: 0, fuzzy: 0, fallingBack: 0,
                fallbackLanguage: fallbackLanguage, missing: [], location: location)
            for text in texts {
                let source = text.text.resolve(sourceLanguage)
                if isTranslated(text, language) {
                    summary.total += 1
                    summary.translated += 1
                } else if fallback && inherited[text.key] == source {
                    summary.fallingBack += 1
                } else {
                    summary.total += 1
                    let fuzzy = hasFuzzy(text, language)
                    if fuzzy { summary.fuzzy += 1 }
                    let place = text.location.map { catalog.display($0) + ": " } ?? ""
                    summary.missing.append("\(place)\(text.key) \"\(source)\"\(fuzzy ? " (fuzzy)" : "")")
                }
            }
            return summary
        }
    }

    /// The summaries of a loaded tool: its texts in each of its languages.
    func translationSummaries(of checked: CheckedTool) -> [TranslationSummary] {
        let tool = checked.tool
        let home = catalog.bundle(tool.bundle)
        var inherited: [TextKey: String] = [:]
        let baseLanguage = tool.base.flatMap { catalog.owningBundle(of: $0)?.language } ?? "en"
        if let baseTool = checked.bases.first {
            for text in baseTool.translatableTexts { inherited[text.key] = text.text.resolve(baseLanguage) }
        }
        let translator = ToolTranslator(catalog: catalog, chain: checked.chain.map(\.id))
        let source = home?.language ?? "en"
        return summaries(
            owner: tool.id, texts: tool.translatableTexts, languages: tool.languages, sourceLanguage: source,
            inherited: inherited, fallback: home?.manifest.baseTexts == .fallback, fallbackLanguage: baseLanguage,
            location: tool.source,
            isTranslated: { text, language in text.text.translations[language] != nil },
            hasFuzzy: { text, language in translator.hasFuzzy(text.key, text: text.text, in: language) })
    }

    /// The summaries of a bundle's own texts: its manifest's, and its case text's paragraphs
    /// (translated by a `case.<lang>.md` of their own, or paragraph by paragraph by catalogs).
    func translationSummaries(of bundle: ContentBundle) -> [TranslationSummary] {
        var texts = bundle.manifest.translatableTexts
        let caseText = try? CaseText.load(bundle, language: bundle.language)
        let caseFile = caseText.flatMap { bundle.manifest.caseFiles[$0.language] } ?? "case.\(bundle.language).md"
        for block in caseText?.blocks ?? [] {
            texts.append(TranslatableText(
                key: TextKey(path: nil, field: "case"), text: LocalizedText(block.text, language: bundle.language),
                location: SourceLocation(bundle: bundle.id, file: caseFile, line: block.line)))
        }
        let catalogs = catalog.translationCatalogs(for: bundle.id)
        func context(_ text: TranslatableText) -> String { text.key.context(owner: bundle.id) }
        return summaries(
            owner: bundle.id, texts: texts, languages: bundle.manifest.languages, sourceLanguage: bundle.language,
            inherited: [:], fallback: false, fallbackLanguage: bundle.language, location: bundle.manifest.source,
            isTranslated: { text, language in
                if text.key.field == "case" {
                    let source = text.text.resolve(bundle.language)
                    return bundle.manifest.caseFiles[language] != nil || catalogs.contains {
                        $0.language == language && $0.translation(context: context(text), id: source) != nil
                    }
                }
                return text.text.translations[language] != nil
            },
            hasFuzzy: { text, language in
                let source = text.text.resolve(bundle.language)
                return catalogs.contains { $0.language == language && $0.hasFuzzy(context: context(text), id: source) }
            })
    }
}
