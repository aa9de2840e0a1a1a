import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import ProfintFrontEnds
import ProfintReports
import ProfintStore

/// What `profint run` was asked, as plain values, and the run itself. The argument parser reads
/// them (``RunCommand``); so does ``RunLine``, without reflection, for a command line of `run`'s
/// own options only: both give the same values (RunLineTests), so a run does not depend on which.
struct RunArguments: Equatable {
    var tool: String?
    /// `--path`, in order.
    var paths: [String] = []
    /// `--lang`.
    var language: String?
    /// `--store`.
    var storePath: String?
    var answers: String?
    /// `--protocol`.
    var wire: RunCommand.WireProtocol?
    var format: RunCommand.ResultFormat = .md
    var resume: String?
    /// `--input`, as given: NAME=ID.
    var inputs: [String] = []
    /// `--org`.
    var organisation: String?
    var facilitator: String?
    /// `--participant`, in order.
    var participants: [String] = []
    var withCase = false
    var noStore = false

    /// Why these values cannot go together, worded for the usage error; nil when they can.
    var problem: String? {
        if answers != nil && wire != nil {
            return "--answers and --protocol are two different ways to run: choose one"
        }
        if noStore && resume != nil { return "--resume needs the store: drop --no-store" }
        if inputs.contains(where: { !$0.contains("=") }) {
            return "--input takes NAME=SESSION-ID, e.g. --input plan=20261129-0942-7f3a"
        }
        return nil
    }

    /// Runs the tool: headlessly from `answers`, over JSON lines, or in the terminal; each
    /// answer stored unless `noStore`.
    func run() throws {
        let catalog = try ContentOptions.catalog(paths: paths)
        let sessions = noStore ? nil : try StoreOptions.open(path: storePath)
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
            tool: tool, resume: resume, answers: file, links: links, language: language,
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
        let given = ContentOptions.repeated(paths: paths, store: storePath)
        return SessionHints(
            resumeCommand: "profint run --resume \(driver.id)\(given)",
            reportCommand: "profint report \(driver.id) --format html --out report.html\(given)")
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
