import Foundation
import ProfintModel

/// Where bundles are looked for, in order: the bundled content, then each folder of
/// `PROFINT_PATH` (colon-separated), then each `--path` folder (docs/bundles.md).
///
/// Each folder is a bundle itself (it holds `module.lua` or `plugin.lua`), or a folder of
/// bundles, or a folder with `modules/` and `plugins/` folders of bundles.
public struct SearchPath: Equatable, Sendable {
    public var folders: [URL]

    public init(folders: [URL]) { self.folders = folders }

    /// The standard search path.
    /// - Parameters:
    ///   - extra: `--path` folders, searched last.
    ///   - environment: for `PROFINT_HOME` (the bundled content's folder) and `PROFINT_PATH`.
    ///   - executable: the running program, to find the content bundled with it.
    public static func standard(
        extra: [URL] = [], environment: [String: String] = ProcessEnvironment.variables("PROFINT_HOME", "PROFINT_PATH"),
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "profint")
    ) -> SearchPath {
        var folders: [URL] = []
        if let home = bundledContent(environment: environment, executable: executable) { folders.append(home) }
        for entry in (environment["PROFINT_PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            folders.append(URL(fileURLWithPath: String(entry)))
        }
        folders += extra
        return SearchPath(folders: folders)
    }

    /// The folder of the bundled `modules/` and `plugins/`: `PROFINT_HOME` if set; else
    /// `../share/profint` beside an installed binary; else the checkout the binary was built in.
    public static func bundledContent(environment: [String: String], executable: URL) -> URL? {
        if let home = environment["PROFINT_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        // realpath(3), not URL's resolvingSymlinksInPath(): that one searches all the program's
        // protocol conformances, twice, the first time it is used.
        let binary = BundleFile.realPath(executable.path).map { URL(fileURLWithPath: $0) } ?? executable
        let installed = binary.deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("share/profint")
        if hasContent(installed) { return installed }
        var folder = binary.deletingLastPathComponent()
        for _ in 0..<6 {
            if hasContent(folder)
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    private static func hasContent(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("modules").path)
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent("plugins").path)
    }

    /// The bundle folders under one search folder, in a stable order.
    public static func bundleFolders(in folder: URL) -> [URL] {
        let root = folder.path
        if isBundle(atPath: root) { return [folder] }
        var found: [URL] = []
        // Paths are joined as text, and a URL made only for a bundle found: a URL's
        // `appendingPathComponent` costs about 10,000 instructions, and a search lists every name.
        for container in [root, root + "/modules", root + "/plugins"] {
            let names = (FolderListing.names(atPath: container) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = container + "/" + name
                if isBundle(atPath: path) { found.append(URL(fileURLWithPath: path, isDirectory: true)) }
            }
        }
        return found
    }

    /// Whether the folder at `path` holds `module.lua` or `plugin.lua`.
    public static func isBundle(atPath path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/module.lua")
            || FileManager.default.fileExists(atPath: path + "/plugin.lua")
    }
}
