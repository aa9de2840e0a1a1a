import ArgumentParser
import Foundation
import ProfintModel
import ProfintStore

/// The exit codes of profint, sysexits-style (docs/cli.md). `--help` lists them from here.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    case failure = 1
    case usage = 64
    case invalidAnswers = 65
    case notFound = 66
    case scriptFailure = 70
    case ioError = 74
    case savedForLater = 75
    case invalidContent = 78

    /// What the code means, as `--help` and docs/cli.md say it.
    public var meaning: String {
        switch self {
        case .success: return "success"
        case .failure: return "a test case failed, a random playthrough got stuck, a deletion refused"
        case .usage: return "usage: a wrong option or argument"
        case .invalidAnswers: return "invalid answers, answer file, test case or session file"
        case .notFound: return "not found: a tool, a file, a folder, a session, or any test case to run"
        case .scriptFailure: return "a script failed or hit a limit (in a run or a random playthrough)"
        case .ioError: return "a store or file error, or output that could not be written"
        case .savedForLater: return "the session was saved before its end: resume it later"
        case .invalidContent: return "invalid content: a manifest or tool cannot load, or check found errors"
        }
    }

    /// The exit codes, one a line, their numbers aligned on the right, for help texts (a paragraph
    /// of its own: it starts with a blank line).
    static var helpText: String {
        // A loop, not `map` and `joined`: their generic code costs a search of every protocol
        // conformance of the program at every start (`--help` of each command holds this text).
        var text = "\nExit codes:"
        for status in allCases {
            let number = "\(status.rawValue)"
            text += "\n" + String(repeating: " ", count: 4 - number.count) + number + "  " + status.meaning
        }
        return text
    }

    /// The one mapping from an error to an exit status.
    init(_ error: any Error) {
        switch error {
        case let error as ProfintError:
            switch error {
            case .invalidContent: self = .invalidContent
            case .invalidAnswers: self = .invalidAnswers
            case .scriptFailure: self = .scriptFailure
            case .notFound, .noSuchSession: self = .notFound
            case .usage: self = .usage
            case .io: self = .ioError
            }
        case is StoreError: self = .ioError
        case let failure as CommandFailure: self = failure.status
        default: self = .failure
        }
    }
}
