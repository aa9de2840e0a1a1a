import ArgumentParser
import Foundation
import ProfintContent
import ProfintFrontEnds

/// The `profint` command line (docs/cli.md).
public struct ProfintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "profint",
        abstract: "Run, adapt and test PROFINT training modules.",
        discussion: """
            Modules hold case texts, group exercises and interactive tools written in Lua. \
            Trainers run tools with a group; partners adapt them in plugins/; harnesses run them headlessly.

            """ + ExitStatus.helpText,
        version: versionText,
        subcommands: [
            ListCommand.self, ShowCommand.self, RunCommand.self, CheckCommand.self, TestCommand.self,
            SessionsCommand.self,
            ReportCommand.self, StubsCommand.self, NewCommand.self, TranslateCommand.self,
        ]
    )

    public init() {}

    /// Parses the command line and runs the command. Every error becomes its exit status here,
    /// in one place (``ExitStatus/init(_:)``), after its message is printed.
    public static func main() {
        let words = Array(CommandLine.arguments.dropFirst())
        // `profint --version` alone is answered before swift-argument-parser builds the command
        // tree, which reflects over every command (a third of the start-up: docs/performance.md);
        // `run` and `test` with their own options only are read without the parser too
        // (``RunLine``, ``TestLine``).
        if words.elementsEqual(["--version"]) {
            Console.out(versionText)
            finish(.success)
        }
        if let arguments = RunLine.read(words) { perform { try arguments.run() } }
        if let arguments = TestLine.read(words) { perform { try arguments.run() } }
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exitForParser(error) }
        perform { try command.run() }
    }

    /// Runs a command and ends the process: with success, or with the status of the error it
    /// threw, after its message.
    static func perform(_ command: () throws -> Void) -> Never {
        do {
            try command()
        } catch let error where ErrorReport.isOurs(error) {
            if let text = ErrorReport.text(error) { Console.error(text) }
            finish(ExitStatus(error))
        } catch {
            exitForParser(error)
        }
        finish(.success)
    }

    /// Ends the process for an error the argument parser reports (help, a completion script, a
    /// usage error): its message and code, as its `exit(withError:)` gives them, but written
    /// through ``StandardStream`` and ended by ``finish(_:)``, so that output that could not be
    /// written is reported as for any command.
    static func exitForParser(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            (code.isSuccess ? StandardStream.output : StandardStream.error).write(message + "\n")
        }
        finish(ExitStatus(rawValue: code.rawValue) ?? .failure)
    }

    /// Ends the process with `status`; but when standard output failed (a full disk), says so
    /// and ends with the I/O status instead of a success: the output is incomplete.
    static func finish(_ status: ExitStatus) -> Never {
        if let failure = StandardStream.output.failure {
            Console.error("profint: cannot write to \(failure)")
            Foundation.exit((status == .success ? ExitStatus.ioError : status).rawValue)
        }
        Foundation.exit(status.rawValue)
    }
}

/// What `profint --version` prints: profint's version and the authoring API's.
let versionText = "\(profintVersion) (authoring API \(authoringAPIVersion))"

/// profint's version: the first word `profint --version` prints.
public let profintVersion = "0.2.0"
