import Foundation
import ProfintModel

extension ContentBundle {
    /// The PO files under `translations/`, sorted: `profint.<lang>.po` (profint's own words) and
    /// `<lang>.po` (the bundle's texts), as paths in the bundle.
    func translationFiles() -> [String] {
        let folder = self.folder.appendingPathComponent("translations")
        let names = FolderListing.names(atPath: folder.path) ?? []
        return names.filter { $0.hasSuffix(".po") }.sorted().map { "translations/\($0)" }
    }

    /// A PO file of the bundle, read from inside the bundle only, as UTF-8, and at most
    /// ``ContentLimits/catalogBytes``; with its URL.
    /// - Throws: ``POReadError`` at the line where it breaks, or ``ProfintError/invalidContent(_:)``
    ///   at the file when it cannot be read.
    func readCatalog(_ file: String) throws -> (po: POFile, url: URL) {
        let url = try resolve(file)
        let text = try CatalogFile.text(of: url, at: SourceLocation(bundle: id, file: file))
        return (try POReader.read(text, file: file, bundle: id), url)
    }
}

/// Reading a translation catalog's file: what every catalog profint reads is held to, a
/// bundle's or one named on the command line.
public enum CatalogFile {
    /// The text of the catalog at `url`: at most ``ContentLimits/catalogBytes`` (its size is
    /// asked first, so a huge file is refused unread), in UTF-8.
    /// - Throws: ``ProfintError/invalidContent(_:)`` at `location` saying what to do.
    public static func text(of url: URL, at location: SourceLocation) throws -> String {
        func refuse(_ message: String) -> ProfintError { .invalidContent([.error(message, at: location)]) }
        let tooLarge = "a translation catalog is at most 1 MB; split it"
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
        if let size, size > ContentLimits.catalogBytes { throw refuse(tooLarge) }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw refuse("cannot be read") }
        guard data.count <= ContentLimits.catalogBytes else { throw refuse(tooLarge) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw refuse("cannot read the catalog as UTF-8 text")
        }
        return text
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
