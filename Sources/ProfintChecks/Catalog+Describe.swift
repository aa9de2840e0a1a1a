import ProfintContent
import ProfintModel

extension Catalog {
    /// An error of a run as a partner reads it: content problems and script failures with the
    /// file:line of their bundle's file, as `test` prints them.
    func describe(_ error: any Error) -> String {
        if case ProfintError.invalidContent(let diagnostics) = error {
            return diagnostics.map(display).joined(separator: "; ")
        }
        if case ProfintError.scriptFailure(let message, let location?, _) = error {
            let prefix = location.description + ": "
            let rest = message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
            return "\(display(location)): \(rest)"
        }
        return "\(error)"
    }
}
