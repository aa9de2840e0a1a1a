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
        let (data, url) = try contents(of: file)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProfintError.invalidContent([.error("cannot read the catalog as UTF-8 text", at: location)])
        }
        guard data.count <= ContentLimits.catalogBytes else {
            throw ProfintError.invalidContent([.error("a translation catalog is at most 1 MB; split it", at: location)])
        }
        return (try POReader.read(text, file: file, bundle: id), url)
    }
}

extension Diagnostic {
    /// What an error thrown while reading and taking in the catalog at `location` stands for, as
    /// `check` reports it: a PO file's problem at its line, a bundle file's refusal, or the error
    /// itself at the catalog.
    static func readingCatalog(_ error: any Error, at location: SourceLocation) -> [Diagnostic] {
        switch error {
        case let problem as POReadError: [problem.diagnostic]
        case ProfintError.invalidContent(let found): found
        default: [.error("\(error)", at: location)]
        }
    }
}
