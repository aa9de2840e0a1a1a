import ArgumentParser

/// The `profint` command line (docs/cli.md).
public struct ProfintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "profint",
        abstract: "Run, adapt and test PROFINT training modules.",
        discussion: """
            Modules hold case texts, group exercises and interactive tools written in Lua. \
            Trainers run tools with a group; partners adapt them in plugins/; harnesses run them headlessly.
            Exit codes: 0 success, 1 tests failed, 64 usage, 65 invalid answers, 66 not found, \
            70 script failure, 74 store or file error, 75 saved for later (resume), 78 invalid content.
            """,
        version: profintVersion,
        subcommands: [ListCommand.self, ShowCommand.self, RunCommand.self, CheckCommand.self, TestCommand.self, SessionsCommand.self, ReportCommand.self]
    )

    public init() {}
}

/// The version `profint --version` prints.
public let profintVersion = "0.1.0"
