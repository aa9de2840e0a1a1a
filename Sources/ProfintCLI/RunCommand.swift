import ArgumentParser
import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintFrontEnds
import ProfintReports
import ProfintStore

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

    func validate() throws {
        if answers != nil && wire != nil {
            throw ValidationError("--answers and --protocol are two different ways to run: choose one")
        }
        if noStore && resume != nil { throw ValidationError("--resume needs the store: drop --no-store") }
        for input in inputs where !input.contains("=") {
            throw ValidationError("--input takes NAME=SESSION-ID, e.g. --input plan=20261129-0942-7f3a")
        }
    }

    func run() throws {
        let catalog = try content.catalog()
        let sessions = noStore ? nil : try store.open()
        var protocolOut: JSONLinesFrontEnd?
        let loader = try ToolLoader(catalog: catalog, limits: .default) { line in
            if let protocolOut {
                protocolOut.send(["type": "log", "text": .string(line)])
            } else {
                Console.error("[lua] \(ContentLimits.printable(line))")
            }
        }
        let file = try answers.map { try AnswerFile(url: URL(fileURLWithPath: $0)) }
        var links: [String: String] = [:]
        for input in inputs {
            let parts = input.split(separator: "=", maxSplits: 1).map(String.init)
            links[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let request = SessionRequest(
            tool: tool, resume: resume, answers: file, links: links, language: content.language,
            organisation: organisation, facilitator: facilitator, participants: participants)
        let plan = try SessionPlanner(loader: loader, sessions: sessions).plan(request)

        if let file {
            let driver = SessionDriver(plan: plan, sink: nil)
            try driver.start()
            for problem in driver.newUnfit() { Console.error("profint: \(problem)") }
            try Headless.complete(driver, answers: file.answers)
            if let sessions {
                try sessions.save(driver.record())
                Console.error("session \(driver.id) stored")
            }
            switch format {
            case .md: Console.out(try SessionReport.render(SessionView(driver: driver), as: .md))
            case .json: Console.out(SessionCodec.encode(driver.record()).jsonText(pretty: true))
            }
            ProcessLifetime.keep(catalog, loader, driver)
            return
        }

        let driver = SessionDriver(plan: plan, sink: sessions)
        let hints = self.hints(for: driver)
        let end: SessionEnd
        do {
            try driver.start()
            if wire == .jsonl {
                // Once the client can no longer be answered, or after Ctrl-C, its input ends: the
                // session is saved for later, and profint says why at its end. A line cut short by
                // Ctrl-C is dropped.
                installInterrupt(hints: hints, language: driver.language)
                let frontEnd = JSONLinesFrontEnd(
                    driver: driver, hints: hints,
                    readLine: {
                        guard StandardStream.output.failure == nil, !InputInterrupt.happened,
                              let line = Swift.readLine(strippingNewline: true), !InputInterrupt.happened
                        else { return nil }
                        return line
                    },
                    write: { Console.out($0) })
                protocolOut = frontEnd
                end = try frontEnd.run()
            } else {
                end = try terminal(driver, hints: hints, catalog: catalog)
            }
        } catch let error as ProfintError {
            if case .scriptFailure = error, let resume = hints.resumeCommand {
                Console.error("profint: the answers so far are saved; after a fix: \(resume)")
            }
            throw error
        }
        if end == .savedForLater { throw CommandFailure(status: .savedForLater) }
    }

    /// The commands that resume the session and write its report, as the user would type them.
    private func hints(for driver: SessionDriver) -> SessionHints {
        guard driver.isStored else { return SessionHints() }
        let storeFlag = store.path.map { " --store \($0)" } ?? ""
        return SessionHints(
            resumeCommand: "profint run --resume \(driver.id)\(storeFlag)",
            reportCommand: "profint report \(driver.id) --format html --out report.html\(storeFlag)")
    }

    /// Ctrl-C ends the session's input (``InputInterrupt``); a second one prints how to resume and
    /// exits with 75 at once.
    private func installInterrupt(hints: SessionHints, language: String) {
        let resumeHint = hints.resumeCommand.map { Phrases.text("saved resume", language, ["command": $0]) }
        InputInterrupt.install(message: "\n\(resumeHint ?? Phrases.text("not saved", language))\n",
                               exitStatus: Int32(ExitStatus.savedForLater.rawValue))
    }

    private func terminal(_ driver: SessionDriver, hints: SessionHints, catalog: Catalog) throws -> SessionEnd {
        let terminal = Terminal()
        let frontEnd = TerminalFrontEnd(driver: driver, hints: hints, terminal: terminal)
        let language = driver.language
        installInterrupt(hints: hints, language: language)
        if withCase {
            let moduleID = String(driver.tool.id.split(separator: "/").first ?? "")
            if let module = catalog.bundle(moduleID) {
                let caseText = try catalog.caseText(of: module, language: language)
                frontEnd.showCase(title: module.manifest.title.resolve(language), markdown: caseText?.body,
                                  exercises: module.manifest.exercises)
            }
        }
        if terminal.isInteractive && driver.plan.resumed == nil {
            var metadata = driver.metadata
            if metadata.organisation == nil {
                metadata.organisation = frontEnd.askMetadata(Phrases.text("organisation", language))
            }
            if metadata.facilitator == nil {
                metadata.facilitator = frontEnd.askMetadata(Phrases.text("facilitator", language))
            }
            if metadata.participants.isEmpty {
                metadata.participants = frontEnd.askMetadata(Phrases.text(
                    "participants example", language, ["label": Phrases.text("participants", language)]))?
                    .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
            }
            if metadata != driver.metadata { try driver.setMetadata(metadata) }
        }
        return try frontEnd.run()
    }
}
