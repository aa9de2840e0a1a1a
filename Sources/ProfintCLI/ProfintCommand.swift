import ArgumentParser

public struct ProfintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "profint", version: "0.1.0")
    public init() {}
}
