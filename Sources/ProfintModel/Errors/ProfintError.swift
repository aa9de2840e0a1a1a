/// An answer that was refused: the answer path and why. Front ends show it and ask again;
/// headless runs stop with it.
public struct AnswerProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// Where the answer was written, e.g. `answers.yaml:12`, when it came from a file.
    public var origin: String?

    public init(path: String, reason: String, origin: String? = nil) {
        self.path = path
        self.reason = reason
        self.origin = origin
    }

    public var description: String { (origin.map { "\($0): " } ?? "") + "\(path): \(reason)" }
}

/// The errors the core reports, each in a category with its own exit code (docs/cli.md).
public enum ProfintError: Error, CustomStringConvertible {
    /// Content (a manifest, a tool) is invalid: the diagnostics say where and why.
    case invalidContent([Diagnostic])
    /// Answers are invalid: a wrong type, an option not offered, a missing required answer.
    case invalidAnswers([AnswerProblem])
    /// A script failed while running: a Lua error or a limit hit, with where it happened.
    case scriptFailure(message: String, location: SourceLocation?, traceback: String?)
    /// Something named does not exist: a tool, a module, a file.
    case notFound(String)
    /// No stored session has this id.
    case noSuchSession(String)
    /// The request itself is wrong (an option without its value, a path that is no path...).
    case usage(String)
    /// A file could not be read or written.
    case io(String)

    public var description: String {
        switch self {
        case .invalidContent(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .invalidAnswers(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .scriptFailure(let message, _, _):
            return message
        case .notFound(let message), .usage(let message), .io(let message):
            return message
        case .noSuchSession(let id):
            return "no session '\(id)' in the store"
        }
    }

}
