import Glibc

/// The names in a folder, read with `opendir(3)` and `readdir(3)`.
///
/// Foundation's `FileManager.contentsOfDirectory(atPath:)` gives the same names, but its first
/// call searches all the program's protocol conformances (for a generic dictionary of its own):
/// listing the catalog's few folders through it cost a headless run 0.5 million instructions more
/// (docs/performance-notes.md).
enum FolderListing {
    /// The names of the entries of the folder at `path`, `.` and `..` left out, in no order; nil
    /// when it cannot be read (no such folder, not a folder, no permission).
    static func names(atPath path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
