import Foundation
import ProfintModel

/// A file a bundle names (a tool, a case text, a test case, a test's input), found inside the
/// bundle's folder only. The folder and the file are resolved to their real paths (symbolic
/// links followed) first: a path with `../`, an absolute path, or a link that leads out of the
/// bundle is refused, so a bundle can read nothing else on disk.
public enum BundleFile {
    /// Why a path was refused, in words for the partner who wrote it.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The real location of `path` (relative to `folder`), when it is inside the folder.
    /// - Throws: ``Refusal`` when the path leaves the folder, or does not exist.
    public static func resolve(_ path: String, in folder: URL) throws -> URL {
        if path.hasPrefix("/") {
            throw Refusal(path: path, reason: "an absolute path; name files relative to the bundle's folder")
        }
        guard let root = realPath(folder.path) else {
            throw Refusal(path: path, reason: "the bundle's folder cannot be read")
        }
        // Joined as text (a URL's appendingPathComponent costs about 10,000 instructions), with
        // no slash at the end, as that URL's path had none: `tests/a.yaml/` is `tests/a.yaml`.
        var relative = Substring(path)
        while relative.hasSuffix("/") { relative = relative.dropLast() }
        let candidate = root + "/" + relative
        guard let resolved = realPath(candidate) else {
            throw Refusal(path: path, reason: "no such file in the bundle")
        }
        guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw Refusal(path: path, reason: "leads outside the bundle's folder (../ or a symbolic link); "
                + "a bundle may only name its own files")
        }
        return URL(fileURLWithPath: resolved)
    }

    /// Whether `path` is a file inside `folder` (see ``resolve(_:in:)``).
    public static func isInside(_ path: String, in folder: URL) -> Bool {
        (try? resolve(path, in: folder)) != nil
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
