import ArgumentParser
import Foundation
import ProfintChecks

/// `profint new plugin|module`: a new bundle to start from (docs/authoring.md, "Starting a
/// plugin or a module").
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new plugin (a tool derived from another) or a new module, ready to check and test.",
        subcommands: [NewPluginCommand.self, NewModuleCommand.self])
}

struct NewPluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Write plugin NAME with a tool derived from TOOL, a test case and editor files.",
        discussion: """
            Writes DIR/NAME/plugin.lua, tools/<tool>.lua (tool NAME/<tool>: extends TOOL, with one commented \
            example of each change), tests/playthrough.yaml (a valid playthrough of the new tool) and the files \
            of 'profint stubs'. Refuses to write over an existing folder.
            """)

    @Argument(help: ArgumentHelp("The plugin's id: letters, digits, _ and -.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The tool to derive from, e.g. networks/partner-map.", valueName: "tool"))
    var from: String

    @Option(help: ArgumentHelp("The folder to create the plugin's folder in.",
                               valueName: "dir"))
    var out: String = "."

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.catalog()
        let folder = try Scaffold.plugin(name, from: from, catalog: catalog, in: URL(fileURLWithPath: out),
                                         producer: "profint \(profintVersion)")
        Console.out("wrote plugin \(name) in \(folder.path)")
        let target = ShellWord.quoted(folder.path) + ContentOptions.repeated(paths: content.paths)
        Console.out("next: profint check \(target) && profint test \(target)")
    }
}

struct NewModuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "module",
        abstract: "Write module NAME with a case text, one tool, a test case and editor files.",
        discussion: """
            Writes DIR/NAME/module.lua, case.en.md, tools/worksheet.lua (tool NAME/worksheet), \
            tests/playthrough.yaml and the files of 'profint stubs'. Refuses to write over an existing folder.
            """)

    @Argument(help: ArgumentHelp("The module's id: letters, digits, _ and -.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The folder to create the module's folder in.",
                               valueName: "dir"))
    var out: String = "."

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.catalog()
        let folder = try Scaffold.module(name, catalog: catalog, in: URL(fileURLWithPath: out),
                                         producer: "profint \(profintVersion)")
        Console.out("wrote module \(name) in \(folder.path)")
        let target = ShellWord.quoted(folder.path) + ContentOptions.repeated(paths: content.paths)
        Console.out("next: profint check \(target) && profint test \(target)")
    }
}
