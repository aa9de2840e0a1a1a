import Foundation

/// Reading a module file for `require`, inside its search folder only.
///
/// Both the folder and the file are resolved to their real paths (symbolic links followed) before
/// the file is read: a file whose real path is not inside the folder's is refused, so a link in a
/// bundle cannot reach a file elsewhere on disk. The refusal never quotes the file's contents.
enum ModuleFile {
    enum Outcome: Equatable {
        case missing
        case refused(String)
        case found([UInt8])
    }

    static func read(_ relative: String, in folder: URL) -> Outcome {
        guard let root = realPath(folder.path) else { return .missing }
        let candidate = folder.appendingPathComponent(relative).path
        guard let resolved = realPath(candidate) else { return .missing }
        let inside = root == "/" ? resolved.hasPrefix("/") : resolved.hasPrefix(root + "/")
        guard inside else {
            return .refused("resolves to a file outside the bundle's folders (a symbolic link?); "
                            + "only files inside them can be required")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), !isFolder.boolValue else {
            return .missing
        }
        guard let data = FileManager.default.contents(atPath: resolved) else { return .refused("cannot be read") }
        return .found(Array(data))
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
