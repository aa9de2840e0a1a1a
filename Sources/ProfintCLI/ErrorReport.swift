import Foundation
import ProfintContent
import ProfintModel
import ProfintStore

/// Errors as the user reads them on standard error: `profint: …`, with content locations as
/// paths from the current folder.
enum ErrorReport {
    /// The catalog of the running command, set when it is loaded, so that errors raised later
    /// can name files by their paths.
    nonisolated(unsafe) static var catalog: Catalog?

    /// A Lua traceback without the frames of profint's own Lua code (the sandbox, the authoring
    /// library) and of C functions: what a partner can act on.
    static func scriptFrames(_ traceback: String) -> String {
        traceback.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let frame = line.trimmingCharacters(in: .whitespaces)
            return !(frame.hasPrefix("[C]") || frame.hasPrefix("sandbox:") || frame.hasPrefix("authoring:")
                || frame.hasPrefix("(...tail calls...)"))
        }.joined(separator: "\n")
    }

    /// Whether the error is profint's own; the others (help, usage, a validation failure) are
    /// the argument parser's to print and map.
    static func isOurs(_ error: any Error) -> Bool {
        error is ProfintError || error is StoreError || error is CommandFailure
    }

    /// The message of an error, with any control character a script or a file put in it shown
    /// as U+FFFD, so that it cannot act on the terminal.
    static func text(_ error: any Error) -> String? {
        raw(error).map(ContentLimits.printable)
    }

    private static func raw(_ error: any Error) -> String? {
        switch error {
        case let error as ProfintError: return text(error)
        case let error as StoreError: return "profint: store \(error)\n"
            + "  (choose another file with --store FILE or PROFINT_STORE)"
        case let failure as CommandFailure: return failure.message
        default: return "profint: \(error)"
        }
    }

    private static func text(_ error: ProfintError) -> String {
        switch error {
        case .invalidContent(let diagnostics):
            return diagnostics.map { catalog?.display($0) ?? $0.description }.joined(separator: "\n")
        case .invalidAnswers(let problems):
            return problems.map { "profint: invalid answer: \($0)" }.joined(separator: "\n")
        case .scriptFailure(let message, let location, let traceback):
            var text = "profint: script error: "
            if let location {
                let display = catalog?.display(location) ?? location.description
                let prefix = location.description + ": "
                text += display + ": "
                    + (message.hasPrefix(prefix) ? message.dropFirst(prefix.count) : Substring(message))
            } else {
                text += message
            }
            if let traceback = traceback.map(scriptFrames), !traceback.isEmpty { text += "\n" + traceback }
            return text
        case .noSuchSession:
            return "profint: \(error) (profint sessions list shows them)"
        case .notFound(let message) where message.hasPrefix("no tool "):
            return "profint: \(message)\n"
                + "  (a plugin's tool outside the bundled content needs --path DIR or PROFINT_PATH)"
        case .notFound(let message), .usage(let message), .io(let message):
            return "profint: \(message)"
        }
    }
}
