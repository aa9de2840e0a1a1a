import ArgumentParser

/// `profint run`'s options as the argument parser reads them; what a run does is
/// ``RunArguments/run()``. A command line of these options alone is read by ``RunLine`` instead.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a tool: in the terminal, headlessly from an answer file, or over JSON lines.",
        discussion: """
            Without --answers or --protocol, the run is interactive in the terminal (docs/trainer-guide.md); \
            commands at any prompt: :help :back :skip :note TEXT :time :clear :quit; Ctrl-C saves like :quit.
            With --answers FILE (YAML or JSON; docs/answers.md) the run is headless and prints its result.
            With --protocol jsonl, prompts and answers are JSON objects, one a line (docs/protocol.md).
            Every session is stored unless --no-store; each answer is saved before the next prompt. \
            --resume ID continues a stored session, in any of the three ways.

            """ + ExitStatus.helpText)

    enum ResultFormat: String, ArgumentValues { case md, json }
    enum WireProtocol: String, ArgumentValues { case jsonl }

    @Argument(help: ArgumentHelp("The tool to run, e.g. networks/partner-map.", valueName: "tool"))
    var tool: String?

    @OptionGroup var content: ContentOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Answers for a headless run (YAML or JSON).", valueName: "file"))
    var answers: String?

    @Option(name: .customLong("protocol"),
            help: ArgumentHelp("JSON lines on stdin and stdout.", valueName: "name"))
    var wire: WireProtocol?

    @Option(help: "The headless result's format.")
    var format: ResultFormat = .md

    @Option(help: ArgumentHelp("Continue a stored session.", valueName: "id"))
    var resume: String?

    @Option(name: .customLong("input"), help: ArgumentHelp(
        "A stored session this tool starts from, as NAME=ID (e.g. plan=ID for WT2). Repeatable.", valueName: "name=id"))
    var inputs: [String] = []

    @Option(name: .customLong("org"), help: ArgumentHelp("The organisation.", valueName: "name"))
    var organisation: String?

    @Option(help: ArgumentHelp("The facilitator.", valueName: "name"))
    var facilitator: String?

    @Option(name: .customLong("participant"), help: ArgumentHelp("A participant. Repeatable.", valueName: "name"))
    var participants: [String] = []

    @Flag(help: "Show the module's case text and exercises before the tool (terminal).")
    var withCase = false

    @Flag(help: "Do not store the session.")
    var noStore = false

    /// The values read, as ``RunLine`` reads them too.
    var arguments: RunArguments {
        RunArguments(
            tool: tool, paths: content.paths, language: content.language, storePath: store.path,
            answers: answers, wire: wire, format: format, resume: resume, inputs: inputs,
            organisation: organisation, facilitator: facilitator, participants: participants,
            withCase: withCase, noStore: noStore)
    }

    func validate() throws {
        if let problem = arguments.problem { throw ValidationError(problem) }
    }

    func run() throws { try arguments.run() }
}
