import ArgumentParser
import Foundation
import ProfintCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a tool: headlessly from an answer file.",
        discussion: """
            With --answers FILE (YAML or JSON; docs/answers.md), the run is headless: every answer comes \
            from the file and the result is printed. A missing required answer, a wrong type, an option \
            not offered or an unknown path is an error naming the path (exit 65).
            """)

    @Argument(help: ArgumentHelp("The tool to run, e.g. networks/partner-map.", valueName: "tool"))
    var tool: String?

    @OptionGroup var content: ContentOptions

    @Option(help: ArgumentHelp("Answers for a headless run (YAML or JSON).", valueName: "file"))
    var answers: String?

    @Option(help: "The result's format: md or json.")
    var format: ResultFormat = .md

    enum ResultFormat: String, ExpressibleByArgument, CaseIterable { case md, json }

    func run() throws {
        let catalog = try content.catalog()
        try reportingErrors(catalog: catalog) {
            guard let answersPath = answers else {
                throw ProfintError.usage("give --answers FILE for a headless run")
            }
            let file = try AnswerFile(url: URL(fileURLWithPath: answersPath))
            guard let toolID = tool ?? file.tool else {
                throw ProfintError.usage("name the tool: profint run <tool> --answers FILE, or tool: in the file")
            }
            if let named = file.tool, named != toolID {
                throw ProfintError.usage("\(answersPath) is for \(named), not \(toolID)")
            }
            let loaded = try ToolLoader(catalog: catalog, limits: .default) { Console.error("[lua] \($0)") }.load(toolID)
            let language = Language.choose(content.language ?? file.language)
            let startedAt = SessionClock.now()
            let inputs = try file.inputAnswers()
            let run = try Headless.run(loaded, language: language, answers: file.answers, inputs: inputs)
            let record = run.record(id: SessionRecord.newID(at: startedAt), metadata: file.metadata, startedAt: startedAt)
            switch format {
            case .md: Console.out(MarkdownReportMaker.render(record: record, loaded: loaded, inputs: inputs))
            case .json: Console.out(SessionCodec.encode(record).jsonText(pretty: true))
            }
        }
    }
}
