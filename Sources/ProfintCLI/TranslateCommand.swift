import ArgumentParser
import Foundation
import ProfintContent
import ProfintModel

/// `profint translate`: gettext templates and catalogs of tools and bundles (docs/translations.md).
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Write translation templates (.pot) and merge changed tools into catalogs (.po).",
        discussion: "The workflow for translators using Poedit, Weblate or Lokalize: docs/translations.md.",
        subcommands: [TranslateTemplateCommand.self, TranslateUpdateCommand.self])
}

/// `profint translate template ID…`
struct TranslateTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the .pot template of every translatable text of tools or bundles.",
        discussion: """
            Each ID is a tool (accompaniment/activity-planning) or a bundle (networks: its manifest, its case \
            text and all its tools). Each message's context is its owner, then the answer path and field; its \
            references are bundle/file:line.
            """)

    @Argument(help: ArgumentHelp("Tool ids or bundle ids.", valueName: "id"))
    var ids: [String]

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Write the template to this file (default: standard output).", valueName: "file"))
    var out: String?

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.catalog()
        let text = POWriter.write(try TranslationTemplate.template(of: ids, catalog: catalog))
        if let out {
            try TranslationFiles.write(text, to: URL(fileURLWithPath: out))
        } else {
            Console.out(text)
        }
    }
}

/// `profint translate update ID… [--po FILE]…`
struct TranslateUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Merge the current texts of tools or bundles into existing .po catalogs, as msgmerge does.",
        discussion: """
            New texts get empty messages; a changed text keeps its old translation marked fuzzy, with the old \
            source text as #| msgid; texts that are gone become obsolete (#~). Without --po, the catalogs \
            updated are the translations/*.po of the bundles that provide the IDs. A --po file that does not \
            exist is created, in the language its name says (el.po).
            """)

    @Argument(help: ArgumentHelp("Tool ids or bundle ids: every text the catalogs translate.", valueName: "id"))
    var ids: [String]

    @Option(name: .customLong("po"), help: ArgumentHelp("A catalog to update. Repeatable.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.catalog()
        let template = try TranslationTemplate.template(of: ids, catalog: catalog)
        var targets = files.map { URL(fileURLWithPath: $0) }
        // The bundles' own catalogs, as the catalog of content read them (not parsed twice).
        var read: [URL: POFile] = [:]
        if targets.isEmpty {
            let bundles = ids.compactMap { catalog.owningBundle(of: $0) }
            for bundle in bundles {
                for found in catalog.translations[bundle.id] ?? [] {
                    let url = bundle.folder.appendingPathComponent(found.file)
                    if !targets.contains(url) { targets.append(url) }
                    read[url] = found.po
                }
            }
            guard !targets.isEmpty else {
                throw ProfintError.notFound("no translations/*.po in the bundles of \(ids.joined(separator: ", ")): "
                    + "name a catalog to create with --po FILE (its name is its language: el.po)")
            }
        }
        // Every catalog is read before any is written: one that is refused leaves all as they were.
        let catalogs = try targets.map { url in
            if let po = read[url] { return (url, po) }
            if FileManager.default.fileExists(atPath: url.path) {
                return (url, try TranslationFiles.read(url, name: Catalog.display(url)))
            }
            let language = Language.normalise(url.deletingPathExtension().lastPathComponent)
            return (url, TranslationTemplate.newCatalog(from: POFile(header: template.header), language: language))
        }
        for (url, existing) in catalogs {
            let (merged, summary) = TranslationMerge.merge(existing, template: template)
            try TranslationFiles.write(POWriter.write(merged), to: url)
            Console.out("\(Catalog.display(url)): \(summary)")
        }
    }
}

/// Reading and writing catalog files for the translate commands.
enum TranslationFiles {
    /// The catalog at `url`, held to what a bundle's catalog is held to (``CatalogFile``).
    static func read(_ url: URL, name: String) throws -> POFile {
        let text = try CatalogFile.text(of: url, at: SourceLocation(bundle: nil, file: name))
        do { return try POReader.read(text, file: name) } catch let error as POReadError {
            throw ProfintError.invalidContent([error.diagnostic])
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try TextFiles.write([(url.lastPathComponent, text)], in: url.deletingLastPathComponent())
    }
}
