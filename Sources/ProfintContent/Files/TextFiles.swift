import Foundation
import ProfintModel

/// Writing a set of text files into a folder: what `profint new` and `profint stubs` do.
public enum TextFiles {
    /// Writes each file at its path under `folder` (making the folders it needs), replacing an
    /// earlier copy whole (a file is never left half written); returns their URLs.
    /// - Throws: ``ProfintError/io(_:)`` naming the first file that cannot be written.
    @discardableResult
    public static func write(_ files: [(path: String, text: String)], in folder: URL) throws -> [URL] {
        try files.map { file in
            let url = folder.appendingPathComponent(file.path)
            do {
                let parent = url.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw ProfintError.io("\(url.path): cannot be written (\(error.localizedDescription))")
            }
            return url
        }
    }
}
