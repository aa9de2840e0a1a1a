import Foundation
import ProfintModel

/// One bundle's translation catalog in one language: its `translations/<lang>.po`, read, with
/// its messages keyed for lookup.
///
/// A message is used when it is translated, not fuzzy and not obsolete: a fuzzy message is a
/// suggestion (its source text changed since it was translated) that a translator must confirm
/// first, as gettext's own tools treat it.
public struct TranslationCatalog: Sendable {
    /// The bundle whose `translations/` folder holds the file.
    public let bundle: String
    /// The language, from the file's name (`el.po` → `el`).
    public let language: String
    /// The file, relative to its bundle: `translations/el.po`.
    public let file: String
    public let po: POFile
    private let usable: [POKey: String]
    private let fuzzy: Set<POKey>
    /// The owners (tool or bundle ids) the active messages' contexts name.
    public let owners: Set<String>

    public init(bundle: String, language: String, file: String, po: POFile) {
        self.bundle = bundle
        self.language = language
        self.file = file
        self.po = po
        var usable: [POKey: String] = [:]
        var fuzzy: Set<POKey> = []
        for entry in po.activeEntries where entry.isTranslated && entry.pluralID == nil {
            if entry.isFuzzy { fuzzy.insert(entry.key) } else { usable[entry.key] = entry.translations[0] }
        }
        self.usable = usable
        self.fuzzy = fuzzy
        owners = Set(po.activeEntries.compactMap { $0.context?.split(separator: " ").first.map(String.init) })
    }

    /// The translation of `id` in `context`, when the catalog has one that may be used.
    public func translation(context: String, id: String) -> String? { usable[POKey(context: context, id: id)] }

    /// Whether the catalog has a fuzzy translation of `id` in `context`: one waiting for review.
    public func hasFuzzy(context: String, id: String) -> Bool { fuzzy.contains(POKey(context: context, id: id)) }

    /// Whether any active message's context belongs to `owner` (a tool id or a bundle id).
    public func mentions(owner: String) -> Bool { owners.contains(owner) }

    /// Reads the bundle's catalogs of its texts among `files` (its ``ContentBundle/translationFiles()``;
    /// `profint.<lang>.po` holds profint's own words and is left out). A file that cannot be
    /// read or parsed is left out and reported at its file and line.
    static func load(_ bundle: ContentBundle, files: [String]) -> ([TranslationCatalog], [Diagnostic]) {
        var catalogs: [TranslationCatalog] = []
        var problems: [Diagnostic] = []
        for file in files {
            let name = String(file.dropFirst("translations/".count))
            guard !name.hasPrefix("profint.") else { continue }
            let location = SourceLocation(bundle: bundle.id, file: file)
            let language = String(name.dropLast(3))
            guard !language.isEmpty, language == Language.normalise(language) else {
                problems.append(.error(
                    "a catalog is named for its language in lower case, such as translations/el.po", at: location))
                continue
            }
            do {
                let po = try bundle.readCatalog(file).po
                if let declared = po.language, Language.normalise(declared) != language {
                    problems.append(.warning("the catalog says Language: \(declared) but is named \(name); "
                        + "it is used for \(language)", at: location))
                }
                catalogs.append(TranslationCatalog(bundle: bundle.id, language: language, file: file, po: po))
            } catch {
                problems += Diagnostic.readingCatalog(error, at: location)
            }
        }
        return (catalogs, problems)
    }
}
