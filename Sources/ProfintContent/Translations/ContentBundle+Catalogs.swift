import Foundation
import ProfintModel

extension ContentBundle {
    /// The PO files under `translations/`, sorted: `profint.<lang>.po` (profint's own words) and
    /// `<lang>.po` (the bundle's texts), as paths in the bundle.
    func translationFiles() -> [String] {
        let folder = self.folder.appendingPathComponent("translations")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".po") }.sorted().map { "translations/\($0)" }
    }

    /// A PO file of the bundle, read from inside the bundle only, as UTF-8, and at most
    /// ``ContentLimits/catalogBytes``; with its URL.
    /// - Throws: ``POReadError`` at the line where it breaks, or ``ProfintError/invalidContent(_:)``
    ///   at the file when it cannot be read.
    func readCatalog(_ file: String) throws -> (po: POFile, url: URL) {
        let location = SourceLocation(bundle: id, file: file)
        let url: URL
        do { url = try BundleFile.resolve(file, in: folder) } catch let refusal as BundleFile.Refusal {
            throw ProfintError.invalidContent([.error(refusal.reason, at: location)])
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else { throw ProfintError.invalidContent([.error("cannot read the catalog as UTF-8 text", at: location)]) }
        guard data.count <= ContentLimits.catalogBytes else {
            throw ProfintError.invalidContent([.error("a translation catalog is at most 1 MB; split it", at: location)])
        }
        return (try POReader.read(text, file: file, bundle: id), url)
    }
}
