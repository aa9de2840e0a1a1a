import Foundation
import ProfintModel

/// The gettext template (`.pot`) of a tool or a bundle: one message per translatable text, its
/// context the owner and the text's key (``TextKey``), its `msgid` the text in the owner's first
/// language, its references `bundle/file:line` (paths from the folder that holds the bundle).
public enum TranslationTemplate {
    /// The messages of a tool's texts, in reading order.
    public static func entries(of tool: Tool, sourceLanguage: String) -> [POEntry] {
        tool.translatableTexts.map { text in
            POEntry(context: text.key.context(owner: tool.id), id: text.text.resolve(sourceLanguage),
                    extractedComments: comments(text.text.resolve(sourceLanguage)),
                    references: text.location.map { [reference($0)] } ?? [])
        }
    }

    /// The messages of a bundle's own texts: its manifest's, then its case text's front matter
    /// and paragraphs (from the case text in its first language).
    public static func entries(of bundle: ContentBundle) throws -> [POEntry] {
        let language = bundle.language
        var entries = bundle.manifest.translatableTexts.map { text in
            POEntry(context: text.key.context(owner: bundle.id), id: text.text.resolve(language),
                    references: text.location.map { [reference($0)] } ?? ["\(bundle.id)/\(bundle.manifestFile)"])
        }
        if let caseText = try CaseText.load(bundle, language: language) {
            let file = bundle.manifest.caseFiles[caseText.language] ?? "case.\(caseText.language).md"
            for key in caseText.frontMatter.keys.sorted() {
                entries.append(POEntry(context: CaseText.context(bundle: bundle.id, frontMatter: key),
                                       id: caseText.frontMatter[key] ?? "", references: ["\(bundle.id)/\(file):2"]))
            }
            for block in caseText.blocks {
                entries.append(POEntry(context: CaseText.context(bundle: bundle.id), id: block.text,
                                       extractedComments: ["Markdown: keep the marks (#, *, -, links) as they are."],
                                       references: ["\(bundle.id)/\(file):\(block.line)"]))
            }
        }
        return entries
    }

    /// A template file of `entries`: a header, then the messages, identical ones (same context
    /// and source text) joined into one with all their references.
    public static func file(_ entries: [POEntry], project: String) -> POFile {
        var merged: [POEntry] = []
        var index: [POKey: Int] = [:]
        for entry in entries where !entry.id.isEmpty {
            if let at = index[entry.key] {
                merged[at].references += entry.references.filter { !merged[at].references.contains($0) }
            } else {
                index[entry.key] = merged.count
                merged.append(entry)
            }
        }
        var header = POFile(headerFields: headerFields(project: project, language: ""), entries: merged).header
        header?.translatorComments = ["Translations of \(project) for profint (docs/translations.md)."]
        header?.flags = ["fuzzy"]
        return POFile(header: header, entries: merged)
    }

    /// The header fields of a catalog of `project` in `language` ("" for a template).
    public static func headerFields(project: String, language: String) -> [(name: String, value: String)] {
        let fields: [(name: String, value: String)] = [
            ("Project-Id-Version", project), ("Report-Msgid-Bugs-To", ""),
            ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
            ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"), ("Language-Team", "LANGUAGE <LL@li.org>"),
            ("Language", language), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
        ]
        return fields
    }

    /// `accompaniment/tools/activity-planning.lua:52`.
    static func reference(_ location: SourceLocation) -> String {
        let file = location.bundle.map { "\($0)/\(location.file)" } ?? location.file
        return location.line.map { "\(file):\($0)" } ?? file
    }

    /// Notes for translators on what a text holds that must stay as it is.
    static func comments(_ text: String) -> [String] {
        text.contains("{item}")
            ? ["{item} stands for the item the question is asked for (an answer): keep it as it is."] : []
    }
}

extension TranslationTemplate {
    /// The template of `ids`, each a tool id (its texts) or a bundle id (its manifest, its case
    /// text and every tool it provides), in the order given.
    /// - Throws: ``ProfintError/notFound(_:)`` for an id that is neither;
    ///   ``ProfintError/invalidContent(_:)`` when a tool cannot load.
    public static func template(of ids: [String], catalog: Catalog) throws -> POFile {
        let loader = try ToolLoader(catalog: catalog)
        var entries: [POEntry] = []
        func add(tool id: String) throws {
            entries += TranslationTemplate.entries(
                of: try loader.load(id).tool, sourceLanguage: catalog.owningBundle(of: id)?.language ?? "en")
        }
        for id in ids {
            if catalog.tools[id] != nil {
                try add(tool: id)
            } else if let bundle = catalog.bundle(id) {
                entries += try TranslationTemplate.entries(of: bundle)
                for entry in catalog.toolEntries where entry.bundle == bundle.id { try add(tool: entry.id) }
            } else {
                throw ProfintError.notFound("no tool or bundle '\(id)' (profint list shows them)")
            }
        }
        return file(entries, project: ids.joined(separator: " "))
    }

    /// A new catalog in `language` from a template: its messages, all untranslated.
    public static func newCatalog(from template: POFile, language: String) -> POFile {
        let project = template.headerField("Project-Id-Version") ?? ""
        var fields = headerFields(project: project, language: language)
        fields.removeAll { $0.name == "PO-Revision-Date" || $0.name == "Last-Translator" || $0.name == "Language-Team" }
        return POFile(headerFields: fields, entries: template.entries)
    }
}
