import ProfintModel

/// Merges a new template into an existing catalog the way gettext's `msgmerge` does:
/// - a message whose context and source text are unchanged keeps its translation;
/// - a message whose source text changed (same context) keeps its old translation as a
///   suggestion, marked fuzzy, with the old source text as `#| msgid` so translators see what
///   changed;
/// - a new text gets an empty message;
/// - a message whose text is gone becomes obsolete (`#~`), kept for its translation; an obsolete
///   message whose text comes back is used again.
/// Messages follow the template's order; obsolete ones go last.
public enum TranslationMerge {
    /// What a merge changed, for the line `translate update` prints.
    public struct Summary: Equatable, Sendable, CustomStringConvertible {
        public var unchanged = 0
        public var added = 0
        public var fuzzy = 0
        public var obsolete = 0

        public init(unchanged: Int = 0, added: Int = 0, fuzzy: Int = 0, obsolete: Int = 0) {
            self.unchanged = unchanged
            self.added = added
            self.fuzzy = fuzzy
            self.obsolete = obsolete
        }

        public var description: String {
            "\(added) new, \(fuzzy) changed (marked fuzzy), \(obsolete) obsolete, \(unchanged) unchanged"
        }
    }

    public static func merge(_ existing: POFile, template: POFile) -> (POFile, Summary) {
        var summary = Summary()
        var byKey: [POKey: POEntry] = [:]
        var byContext: [String: POEntry] = [:]
        var obsoleteByKey: [POKey: POEntry] = [:]
        for entry in existing.entries {
            if entry.isObsolete {
                obsoleteByKey[entry.key] = entry
            } else {
                byKey[entry.key] = entry
                if let context = entry.context { byContext[context] = entry }
            }
        }
        var used: Set<POKey> = []
        var result: [POEntry] = []
        for fresh in template.entries where !fresh.isObsolete {
            var entry = fresh
            entry.flags.removeAll { $0 == "fuzzy" }
            if let old = byKey[fresh.key] ?? obsoleteByKey[fresh.key] {
                used.insert(old.key)
                entry.translations = old.translations
                entry.translatorComments = old.translatorComments
                entry.flags = old.flags
                if old.isFuzzy {
                    entry.previousID = old.previousID
                    entry.previousContext = old.previousContext
                }
                summary.unchanged += 1
            } else if let context = fresh.context, let old = byContext[context], old.isTranslated {
                used.insert(old.key)
                entry.translations = old.translations
                entry.translatorComments = old.translatorComments
                entry.flags = old.flags
                entry.isFuzzy = true
                entry.previousID = old.isFuzzy ? (old.previousID ?? old.id) : old.id
                summary.fuzzy += 1
            } else {
                if let context = fresh.context, let old = byContext[context] { used.insert(old.key) }
                summary.added += 1
            }
            result.append(entry)
        }
        for old in existing.entries where !old.isObsolete && !used.contains(old.key) && old.isTranslated {
            var gone = old
            gone.isObsolete = true
            gone.references = []
            gone.previousID = nil
            gone.previousContext = nil
            result.append(gone)
            summary.obsolete += 1
        }
        for old in existing.entries where old.isObsolete && !used.contains(old.key) { result.append(old) }
        return (POFile(header: existing.header, entries: result), summary)
    }
}
