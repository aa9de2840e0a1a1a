import Foundation
import ProfintModel

/// Which translation catalogs translate whose texts.
///
/// The texts of a tool (owner: its id) or of a bundle's manifest and case text (owner: the
/// bundle's id) are translated by the catalogs of the bundle that provides them, then by those of
/// every plugin that requires that bundle (or the tool's module): a plugin can bring a language
/// to a module without touching it. A catalog's messages name their owner in their context, so a
/// catalog only ever translates the texts it names.
extension Catalog {
    /// The bundle that provides `owner`: the tool's bundle for a tool id, the bundle itself for a
    /// bundle id.
    public func owningBundle(of owner: String) -> ContentBundle? {
        if let entry = tools[owner] { return bundle(entry.bundle) }
        return bundle(owner)
    }

    /// The catalogs that may translate `owner`'s texts, most specific first (the owner's own
    /// bundle, then plugins by id); only those in `language` when one is given.
    public func translationCatalogs(for owner: String, language: String? = nil) -> [TranslationCatalog] {
        guard let home = owningBundle(of: owner) else { return [] }
        let namespace = owner.contains("/") ? String(owner.split(separator: "/").first ?? "") : owner
        // The plugins that require the namespace or the home bundle, found by index: a search
        // through every bundle, for each bundle's manifest, made a catalog's load grow with the
        // square of its bundles.
        let places = Set((pluginPlacesRequiring[namespace] ?? []) + (pluginPlacesRequiring[home.id] ?? []))
        let helpers = places.filter(bundles.indices.contains).map { bundles[$0] }
            .filter { $0.id != home.id }.sorted { $0.id < $1.id }
        return ([home] + helpers).flatMap { translations[$0.id] ?? [] }.filter { catalog in
            language.map { catalog.language == $0 } ?? true
        }
    }

    /// Translates every bundle's manifest texts with the catalogs that name the bundle, and adds
    /// the catalogs' languages to its languages.
    func translateManifests() {
        bundles = bundles.map { bundle in
            var bundle = bundle
            let translator = ToolTranslator(catalog: self, chain: [bundle.id])
            let languages = translator.languages
            guard !languages.isEmpty else { return bundle }
            bundle.manifest = bundle.manifest.mapTexts { key, text in translator.filled(text, key, languages) }
            for language in languages where !bundle.manifest.languages.contains(language) {
                bundle.manifest.languages.append(language)
            }
            return bundle
        }
    }

    /// Reads every bundle's `translations/*.po`, listing each bundle's folder once: catalogs of
    /// profint's own words go to the phrase book, the others translate the bundles' texts;
    /// returns the problems of the latter (the phrase book's join the diagnostics as it reads).
    func loadTranslations() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for bundle in bundles {
            let files = bundle.translationFiles()
            registerPhraseCatalogs(of: bundle, files: files)
            let (catalogs, found) = TranslationCatalog.load(bundle, files: files)
            translations[bundle.id] = catalogs
            problems += found
        }
        return problems
    }
}

/// Applies the translation catalogs to a tool's texts, and tells a check how each text stands.
///
/// A text written in a language in Lua keeps it: catalogs fill the languages the tool's own
/// code does not give. A derived tool is looked up under its own id first, then under its base's
/// (for the texts it inherits unchanged, the base's catalogs still apply).
public struct ToolTranslator {
    /// An owner of texts, its source language (the language of a catalog's `msgid`), and its
    /// catalogs.
    struct Owner {
        var id: String
        var sourceLanguage: String
        var catalogs: [TranslationCatalog]
    }

    let owners: [Owner]

    /// The translator of a tool whose chain of ids is `chain` (the tool first, then its base...).
    public init(catalog: Catalog, chain: [String]) {
        owners = chain.map { id in
            Owner(id: id, sourceLanguage: catalog.owningBundle(of: id)?.language ?? "en",
                  catalogs: catalog.translationCatalogs(for: id))
        }
    }

    /// The languages the catalogs bring for these owners, sorted.
    public var languages: [String] {
        Set(owners.flatMap { owner in owner.catalogs.filter { $0.mentions(owner: owner.id) }.map(\.language) }).sorted()
    }

    /// The tool with every text the catalogs translate filled in, and their languages added to
    /// the tool's.
    public func translated(_ tool: Tool) -> Tool {
        let languages = self.languages
        guard !languages.isEmpty else { return tool }
        var result = tool.mapTexts { key, text, _ in filled(text, key, languages) }
        for language in languages where !result.languages.contains(language) { result.languages.append(language) }
        return result
    }

    /// The text with the catalogs' translations added for `languages` it lacks.
    func filled(_ text: LocalizedText, _ key: TextKey, _ languages: [String]) -> LocalizedText {
        var text = text
        for language in languages where text.translations[language] == nil {
            if let found = translation(of: key, text: text, in: language) { text.translations[language] = found }
        }
        return text
    }

    /// The catalogs' translation of a text, first found in the chain's order.
    public func translation(of key: TextKey, text: LocalizedText, in language: String) -> String? {
        for owner in owners {
            let context = key.context(owner: owner.id)
            let source = text.resolve(owner.sourceLanguage)
            for catalog in owner.catalogs where catalog.language == language {
                if let found = catalog.translation(context: context, id: source) { return found }
            }
        }
        return nil
    }

    /// Whether a catalog holds a fuzzy translation of the text in `language`: one to review.
    public func hasFuzzy(_ key: TextKey, text: LocalizedText, in language: String) -> Bool {
        owners.contains { owner in
            owner.catalogs.contains {
                $0.language == language
                    && $0.hasFuzzy(context: key.context(owner: owner.id), id: text.resolve(owner.sourceLanguage))
            }
        }
    }
}
