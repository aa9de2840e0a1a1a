import ArgumentParser
import Foundation
import ProfintContent
import ProfintModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a module (its case text and exercises) or a tool (its outline).",
        discussion: "A tool's outline lists its steps, planned minutes, questions, kinds and answer paths.")

    @Argument(help: ArgumentHelp("A module id (networks) or a tool id (networks/partner-map).", valueName: "id"))
    var id: String

    @OptionGroup var content: ContentOptions

    @Option(help: "The output format.")
    var format: OutputFormat = .text

    func run() throws {
        let catalog = try content.catalog()
        do {
            let language = content.chosenLanguage()
            if id.contains("/") {
                let loaded = try ToolLoader(catalog: catalog).load(id)
                switch format {
                case .text: Console.out(ToolOutline(tool: loaded.tool, language: language).text())
                case .json: Console.out(
                    ToolOutline(tool: loaded.tool, language: language).json().jsonText(pretty: true))
                }
            } else if let bundle = catalog.bundle(id) {
                Console.out(try ModulePage(bundle: bundle, catalog: catalog, language: language).text())
            } else {
                throw ProfintError.notFound("no module or plugin '\(id)' (profint list shows them)")
            }
        }
    }
}
