import Foundation
import ProfintModel

/// The version of the tool authoring API this runtime provides. A plugin names the version it
/// needs (`api = 1`); a newer one is refused with a clear error.
public let authoringAPIVersion = 1

/// A folder of content: a module (`module.lua`) or a plugin (`plugin.lua`).
public struct ContentBundle: Equatable, Sendable {
    public enum Kind: String, Sendable { case module, plugin }

    public var kind: Kind
    public var id: String
    public var folder: URL
    public var manifest: BundleManifest

    /// The manifest file: `module.lua` or `plugin.lua`.
    public var manifestFile: String { kind == .module ? "module.lua" : "plugin.lua" }

    /// The bundle's first language: the language of its plain-string texts.
    public var language: String { manifest.languages.first ?? "en" }

    /// The test cases under `tests/`, sorted.
    public func testFiles() -> [String] {
        let folder = self.folder.appendingPathComponent("tests")
        let names = FolderListing.names(atPath: folder.path) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted().map { "tests/\($0)" }
        // Files that lead outside the bundle are kept: reading them reports the refusal.
    }

    /// The bytes of `file`, a path inside the bundle.
    /// - Throws: ``ProfintError/invalidContent(_:)`` at the file when it leads outside the bundle
    ///   (``BundleFile``) or cannot be read.
    func contents(of file: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: try resolve(file).path) else {
            throw ProfintError.invalidContent([.error("cannot be read", at: SourceLocation(bundle: id, file: file))])
        }
        return data
    }

    /// Where `file`, a path inside the bundle, is.
    /// - Throws: ``ProfintError/invalidContent(_:)`` at the file when it leads outside the bundle.
    func resolve(_ file: String) throws -> URL {
        do { return try BundleFile.resolve(file, in: folder) } catch let refusal as BundleFile.Refusal {
            throw ProfintError.invalidContent([.error(refusal.reason, at: SourceLocation(bundle: id, file: file))])
        }
    }
}

/// What a bundle's manifest declares.
public struct BundleManifest: Equatable, Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var author: String
    public var languages: [String]
    public var summary: LocalizedText?
    /// For plugins: the authoring API version needed.
    public var api: Int?
    /// Bundles whose Lua files this one may `require`, and whose tools it may extend.
    public var requires: [String]
    /// Tool ids and their files, relative to the bundle.
    public var tools: [String: String]
    /// A module's case text files by language (`case.en.md`).
    public var caseFiles: [String: String]
    public var exercises: [Exercise]
    /// How `check` counts the base texts its derived tools inherit and do not translate.
    public var baseTexts: BaseTexts = .missing
    public var source: SourceLocation?

    public init(
        id: String, version: String, title: LocalizedText, author: String, languages: [String],
        summary: LocalizedText? = nil, api: Int? = nil, requires: [String] = [], tools: [String: String] = [:],
        caseFiles: [String: String] = [:], exercises: [Exercise] = [], source: SourceLocation? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.author = author
        self.languages = languages
        self.summary = summary
        self.api = api
        self.requires = requires
        self.tools = tools
        self.caseFiles = caseFiles
        self.exercises = exercises
        self.source = source
    }
}

/// What a bundle's derived tools do with the texts they inherit from their base and do not
/// translate into one of the bundle's languages (`base_texts` in the manifest).
public enum BaseTexts: String, Sendable {
    /// They are shown in the base's language, and `check` counts them apart, in the summary line,
    /// not as missing: the bundle translates only what it adds.
    case fallback
    /// They count as missing translations (the default).
    case missing
}

/// A group exercise of a module: discussion prompts for the case study.
public struct Exercise: Equatable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var minutes: Double?
    public var text: LocalizedText?
    public var prompts: [LocalizedText]
    /// Where the exercise comes from (the source document's section, or written for profint).
    public var provenance: LocalizedText?

    public init(id: String, title: LocalizedText, minutes: Double?, text: LocalizedText?, prompts: [LocalizedText]) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.text = text
        self.prompts = prompts
    }
}
