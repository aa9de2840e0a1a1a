import Foundation
import ProfintContent
import ProfintModel

/// A new bundle, as `profint new` writes it (docs/authoring.md, "Starting a plugin or a
/// module"): a plugin with a tool derived from a base tool, or a module with one tool; each with
/// a test case played through its tool, and the editor files of ``EditorSupport``. What it writes
/// passes `profint check` and `profint test` as written.
public enum Scaffold {
    /// Letters, digits, `_` and `-`, as bundle ids are.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" }
    }

    /// Writes plugin `name` in `parent/name`, deriving `name/<base's name>` from `base`.
    /// - Parameters:
    ///   - catalog: the search path's catalog, which holds the base tool.
    ///   - producer: who writes the editor files, e.g. "profint 0.2.0".
    /// - Returns: the new bundle's folder.
    /// - Throws: ``ProfintError/usage(_:)`` for a bad name or an existing folder;
    ///   ``ProfintError/notFound(_:)`` for an unknown base; what loading or playing the tools throws.
    public static func plugin(
        _ name: String, from baseID: String, catalog: Catalog, in parent: URL, producer: String
    ) throws -> URL {
        let base = try ToolLoader(catalog: catalog).load(baseID).tool
        let folder = try newFolder(name, in: parent)
        return try removingOnFailure(folder) {
        let languages = catalog.bundle(base.bundle)?.manifest.languages ?? base.languages
        let toolName = String(baseID.split(separator: "/").last ?? Substring(baseID))
        let toolID = "\(name)/\(toolName)"
        let texts = ScaffoldTexts(languages: languages)
        var files: [(path: String, text: String)] = [
            ("plugin.lua",
             texts.pluginManifest(name, requires: base.bundle, toolID: toolID, file: "tools/\(toolName).lua")),
            ("tools/\(toolName).lua", texts.derivedTool(name, base: base)),
        ]
        try TextFiles.write(files, in: folder)
        files = try testCase(for: toolID, bundleFolder: folder, catalog: catalog, language: languages.first ?? "en")
        try TextFiles.write(files, in: folder)
        try EditorSupport(producer: producer).write(to: folder)
        return folder
        }
    }

    /// Writes module `name` in `parent/name`: a manifest, a case text, one tool and its test case.
    public static func module(_ name: String, catalog: Catalog, in parent: URL, producer: String) throws -> URL {
        let folder = try newFolder(name, in: parent)
        return try removingOnFailure(folder) {
        let texts = ScaffoldTexts(languages: ["en"])
        try TextFiles.write([
            ("module.lua", texts.moduleManifest(name)),
            ("case.en.md", texts.caseText(name)),
            ("tools/worksheet.lua", texts.worksheet(name)),
        ], in: folder)
        let testCase = try testCase(for: "\(name)/worksheet", bundleFolder: folder, catalog: catalog, language: "en")
        try TextFiles.write(testCase, in: folder)
        try EditorSupport(producer: producer).write(to: folder)
        return folder
        }
    }

    /// Runs `body`; when it throws, removes `folder`, which ``newFolder(_:in:)`` made for it.
    private static func removingOnFailure(_ folder: URL, _ body: () throws -> URL) throws -> URL {
        do { return try body() } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// The folder `parent/name`, made empty; refused when it exists.
    private static func newFolder(_ name: String, in parent: URL) throws -> URL {
        guard isValidName(name) else {
            throw ProfintError.usage("'\(name)' is not a bundle name: use letters, digits, _ and -")
        }
        let folder = parent.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw ProfintError.usage("\(folder.path) exists already: profint new never writes over a folder; "
                                     + "choose another name or --out folder, or remove it first")
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw ProfintError.io("\(folder.path): cannot be created (\(error.localizedDescription))")
        }
        return folder
    }

    /// The test case of `toolID`, a valid playthrough of it, as the new bundle loads it.
    private static func testCase(
        for toolID: String, bundleFolder: URL, catalog: Catalog, language: String
    ) throws -> [(path: String, text: String)] {
        let withBundle = try Catalog(searchPath: SearchPath(folders: catalog.searchPath.folders + [bundleFolder]))
        let loaded = try ToolLoader(catalog: withBundle).load(toolID)
        let playthrough = try Playthrough(loaded, language: language)
        let yaml = ScaffoldTexts.testCase(toolID: toolID, language: language, answers: playthrough.answers)
        return [("tests/playthrough.yaml", yaml)]
    }
}
