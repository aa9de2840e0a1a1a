import ArgumentParser
import Foundation
import ProfintCore
import ProfintFrontEnds
import ProfintReports
import ProfintStore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a tool: in the terminal, headlessly from an answer file, or over JSON lines.",
        discussion: """
            Without --answers or --protocol, the run is interactive in the terminal (docs/trainer-guide.md); \
            commands at any prompt: :help :back :skip :note TEXT :time :quit.
            With --answers FILE (YAML or JSON; docs/answers.md) the run is headless and prints its result.
            With --protocol jsonl, prompts and answers are JSON objects, one a line (docs/protocol.md).
            Every session is stored unless --no-store; each answer is saved before the next prompt. \
            --resume ID continues a stored session, in any of the three ways.
            Exit codes: 0 finished, 65 invalid answers, 70 script failure, 74 store error, 75 saved to resume later.
            """)

    enum ResultFormat: String, ExpressibleByArgument, CaseIterable { case md, json }
    enum WireProtocol: String, ExpressibleByArgument, CaseIterable { case jsonl }

    @Argument(help: ArgumentHelp("The tool to run, e.g. networks/partner-map.", valueName: "tool"))
    var tool: String?

    @OptionGroup var content: ContentOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Answers for a headless run (YAML or JSON).", valueName: "file"))
    var answers: String?

    @Option(name: .customLong("protocol"), help: ArgumentHelp("jsonl: JSON lines on stdin and stdout.", valueName: "name"))
    var wire: WireProtocol?

    @Option(help: "The headless result's format: md or json.")
    var format: ResultFormat = .md

    @Option(help: ArgumentHelp("Continue a stored session.", valueName: "id"))
    var resume: String?

    @Option(name: .customLong("input"), help: ArgumentHelp("A stored session this tool starts from, as NAME=ID (e.g. plan=ID for WT2). Repeatable.", valueName: "name=id"))
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
        if answers != nil && wire != nil { throw ValidationError("--answers and --protocol are two different ways to run: choose one") }
        if noStore && resume != nil { throw ValidationError("--resume needs the store: drop --no-store") }
        for input in inputs where !input.contains("=") { throw ValidationError("--input takes NAME=SESSION-ID, e.g. --input plan=20261129-0942-7f3a") }
    }

    func run() throws {
        let catalog = try content.catalog()
        try reportingErrors(catalog: catalog) {
            let status = try runSession(catalog: catalog)
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }

    private func runSession(catalog: Catalog) throws -> ExitStatus {
        let sessions = noStore ? nil : try store.open()
        let resumed = try resume.map { id -> SessionRecord in
            guard let record = try withStore({ try sessions?.session(id) }) else {
                throw ProfintError.notFound("no session '\(id)' in \(store.url.path) (profint sessions list shows them)")
            }
            return record
        }
        let file = try answers.map { try AnswerFile(url: URL(fileURLWithPath: $0)) }
        guard let toolID = resumed?.tool ?? tool ?? file?.tool else {
            throw ProfintError.usage("name the tool to run: profint run <tool> (profint list shows them)")
        }
        for (given, what) in [(tool, "the command line"), (file?.tool, answers ?? "the answer file")] {
            if let given, given != toolID { throw ProfintError.usage("\(what) names \(given), but the session is for \(toolID)") }
        }
        var protocolOut: JSONLinesFrontEnd?
        let printer: (String) -> Void = { line in
            if let protocolOut { protocolOut.send(["type": "log", "text": .string(line)]) } else { Console.error("[lua] \(line)") }
        }
        let loaded = try ToolLoader(catalog: catalog, limits: .default, print: { printer($0) }).load(toolID)
        let language = Language.choose(content.language ?? file?.language ?? resumed?.language)

        var links = resumed?.links ?? [:]
        var inputAnswers = try file?.inputAnswers() ?? [:]
        for input in inputs {
            let parts = input.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, sessions != nil else { throw ProfintError.usage("--input \(input): needs NAME=SESSION-ID and the store") }
            links[parts[0]] = parts[1]
        }
        for (name, id) in links {
            guard let linked = try withStore({ try sessions?.session(id) }) else {
                throw ProfintError.notFound("input \(name): no session '\(id)' in the store")
            }
            if let declared = loaded.tool.inputs.first(where: { $0.name == name }), declared.tool != linked.tool {
                throw ProfintError.usage("input \(name) takes a \(declared.tool) session; \(id) is a \(linked.tool) session")
            }
            inputAnswers[name] = linked.values
        }
        for name in inputAnswers.keys where !loaded.tool.inputs.contains(where: { $0.name == name }) {
            throw ProfintError.usage("\(toolID) has no input '\(name)' (its inputs: \(loaded.tool.inputs.map(\.name).joined(separator: ", ")))")
        }

        var metadata = resumed?.metadata ?? file?.metadata ?? SessionMetadata()
        if let organisation { metadata.organisation = organisation }
        if let facilitator { metadata.facilitator = facilitator }
        if !participants.isEmpty { metadata.participants = participants }

        let startedAt = resumed?.startedAt ?? SessionClock.now()
        let sessionID = resumed?.id ?? SessionRecord.newID(at: startedAt)
        let run = ToolRun(loaded, language: language, inputs: inputAnswers, clock: SessionClock.now)
        if let resumed { try run.replay(resumed.answers) } else { try run.start() }
        let recorder = SessionRecorder(run: run, id: sessionID, metadata: metadata, startedAt: startedAt, links: links, resumed: resumed)
        let save: () throws -> Void = {
            guard let sessions else { return }
            try withStore { try sessions.save(recorder.record()) }
        }
        let storeFlag = store.path.map { " --store \($0)" } ?? ""
        let resumeCommand = sessions == nil ? nil : "profint run --resume \(sessionID)\(storeFlag)"
        let reportCommand = sessions == nil ? nil : "profint report \(sessionID) --format html --out report.html\(storeFlag)"

        if let file {
            return try headless(run, file: file, recorder: recorder, save: save, stored: sessions != nil)
        }
        let context = SessionContext(run: run, sessionID: sessions == nil ? nil : sessionID, resumeCommand: resumeCommand,
                                     reportCommand: reportCommand, save: save)
        let end: SessionEnd
        do {
            try save()
            if wire == .jsonl {
                let frontEnd = JSONLinesFrontEnd(context: context, readLine: { Swift.readLine(strippingNewline: true) }, write: { Console.out($0) })
                protocolOut = frontEnd
                end = try frontEnd.run()
            } else {
                end = try terminal(context, catalog: catalog, recorder: recorder, resumed: resumed != nil)
            }
        } catch let error as ProfintError {
            if case .scriptFailure = error, sessions != nil {
                recorder.failed = true
                try? save()
                Console.error("profint: the answers so far are saved; after a fix: \(resumeCommand ?? "")")
            }
            throw error
        }
        return end == .finished ? .success : .savedForLater
    }

    private func headless(_ run: ToolRun, file: AnswerFile, recorder: SessionRecorder, save: () throws -> Void, stored: Bool) throws -> ExitStatus {
        for problem in run.unfit { Console.error("profint: \(problem)") }
        try Headless.complete(run, answers: file.answers)
        try save()
        let record = recorder.record()
        if stored { Console.error("session \(record.id) stored") }
        switch format {
        case .md: Console.out(MarkdownReport(try SessionView(record: record, loaded: run.loaded, inputs: run.inputs)).render())
        case .json: Console.out(SessionCodec.encode(record).jsonText(pretty: true))
        }
        return .success
    }

    private func terminal(_ context: SessionContext, catalog: Catalog, recorder: SessionRecorder, resumed: Bool) throws -> SessionEnd {
        let terminal = Terminal()
        let frontEnd = TerminalFrontEnd(context: context, terminal: terminal)
        if withCase {
            let moduleID = String(context.run.tool.id.split(separator: "/").first ?? "")
            if let module = catalog.bundle(moduleID) {
                let caseText = try CaseText.load(module, language: context.language)
                frontEnd.showCase(title: module.manifest.title.resolve(context.language), markdown: caseText?.body, exercises: module.manifest.exercises)
            }
        }
        if terminal.isInteractive && !resumed {
            var metadata = recorder.metadata
            defer { recorder.metadata = metadata }
            if metadata.organisation == nil { metadata.organisation = frontEnd.askMetadata(Phrases.text("organisation", context.language)) }
            if metadata.facilitator == nil { metadata.facilitator = frontEnd.askMetadata(Phrases.text("facilitator", context.language)) }
            if metadata.participants.isEmpty {
                metadata.participants = frontEnd.askMetadata(Phrases.text("participants", context.language) + " (a, b, c)")?
                    .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
            }
        }
        if let resume = context.resumeCommand { InterruptHint.install("\n\(Phrases.text("saved", context.language)) \(Phrases.text("resume with", context.language)): \(resume)\n") }
        try context.save()
        return try frontEnd.run()
    }
}

/// Builds the stored record of a run as it goes: a resumed session keeps its earlier events,
/// notes and time, and the stored answers that no longer fit.
final class SessionRecorder {
    let run: ToolRun
    let id: String
    var metadata: SessionMetadata
    let startedAt: Date
    let links: [String: String]
    let resumed: SessionRecord?
    /// The tool failed while running: the session is marked abandoned.
    var failed = false

    init(run: ToolRun, id: String, metadata: SessionMetadata, startedAt: Date, links: [String: String], resumed: SessionRecord?) {
        self.run = run
        self.id = id
        self.metadata = metadata
        self.startedAt = startedAt
        self.links = links
        self.resumed = resumed
    }

    func record() -> SessionRecord {
        var record = run.record(id: id, metadata: metadata, startedAt: startedAt, links: links)
        if failed { record.status = .abandoned }
        guard let resumed else { return record }
        record.events = resumed.events + record.events
        record.notes = resumed.notes + record.notes
        for (step, seconds) in resumed.spent { record.spent[step, default: 0] += seconds }
        let unfitPaths = Set(run.unfit.map(\.path))
        record.kept = resumed.kept + resumed.answers.filter { unfitPaths.contains($0.path) && !resumed.kept.contains($0) }
        return record
    }
}

/// Ctrl-C in the terminal: the answers are already saved, so say how to resume, then stop.
enum InterruptHint {
    nonisolated(unsafe) private static var message: [UInt8] = []

    static func install(_ text: String) {
        message = Array(text.utf8)
        signal(SIGINT) { _ in
            InterruptHint.message.withUnsafeBufferPointer { buffer in
                _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
            }
            _exit(Int32(ExitStatus.savedForLater.rawValue))
        }
    }
}
