import ArgumentParser
import Foundation
import ProfintCore

/// The exit codes of profint, sysexits-style (docs/cli.md).
public enum ExitStatus: Int32 {
    case success = 0
    /// `profint test`: at least one case failed; `check`: content has errors found by checking.
    case failure = 1
    case usage = 64
    case invalidAnswers = 65
    case notFound = 66
    case scriptFailure = 70
    case ioError = 74
    /// The session was saved before its end: resume it later.
    case savedForLater = 75
    case invalidContent = 78

    static func of(_ error: ProfintError) -> ExitStatus {
        switch error {
        case .invalidContent: return .invalidContent
        case .invalidAnswers: return .invalidAnswers
        case .scriptFailure: return .scriptFailure
        case .notFound: return .notFound
        case .usage: return .usage
        case .io: return .ioError
        }
    }
}

/// Standard error, for messages.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// Runs a command's body; a ``ProfintError`` is printed (locations as paths) and becomes its
/// exit code.
func reportingErrors(catalog: Catalog? = nil, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ProfintError {
        Console.error(describe(error, catalog: catalog))
        throw ExitCode(ExitStatus.of(error).rawValue)
    }
}

/// An error as the user reads it, with `profint: ` and file:line locations.
func describe(_ error: ProfintError, catalog: Catalog?) -> String {
    switch error {
    case .invalidContent(let diagnostics):
        return diagnostics.map { catalog?.display($0) ?? $0.description }.joined(separator: "\n")
    case .invalidAnswers(let problems):
        return problems.map { "profint: invalid answer: \($0)" }.joined(separator: "\n")
    case .scriptFailure(let message, let location, let traceback):
        var text = "profint: script error: "
        if let location, let catalog {
            let display = catalog.display(location)
            let prefix = location.description + ": "
            text += message.hasPrefix(prefix) ? display + ": " + message.dropFirst(prefix.count) : message
        } else {
            text += message
        }
        if let traceback, !traceback.isEmpty { text += "\n" + traceback }
        return text
    case .notFound(let message): return "profint: \(message)"
    case .usage(let message): return "profint: \(message)"
    case .io(let message): return "profint: \(message)"
    }
}
