import Foundation
import LuaBridge
import ProfintModel

/// A tool ready to run: its model, and its final Lua table in the runtime that loaded it.
public final class LoadedTool {
    public let tool: Tool
    /// Warnings found while loading (unknown fields...). Errors stop the load instead.
    public let warnings: [Diagnostic]
    /// The tool's table after derivation, as the session driver walks it.
    let table: LuaReference
    let runtime: ContentRuntime
    /// The tool it extends, as loaded with it; nil for a tool that extends none.
    public let base: LoadedTool?
    /// Each bundle's first language: the language of its plain-string texts.
    let languageByBundle: [String: String]
    /// A hash of the files the tool is made of (its own and its bases'), to tell when it changed.
    public let contentHash: String

    /// The tool's questions by the number the session driver gives them (1-based; index 0 unused).
    let questions: [Question]

    /// How many questions the tool has, in all its steps.
    public var questionCount: Int { questions.count - 1 }

    /// The limit the tool's scripts hit in the current run, if any (sticky until the next run
    /// starts): what tells a limit from another script failure.
    public var limitHit: ScriptLimits.Limit? {
        switch runtime.state.limitHit {
        case .instructionLimit: return .instructions
        case .memoryLimit: return .memory
        default: return nil
        }
    }

    /// The most memory the tool's scripts have used, in bytes.
    public var peakScriptMemory: Int { runtime.state.peakMemory }

    init(
        tool: Tool, warnings: [Diagnostic], table: LuaReference, runtime: ContentRuntime, base: LoadedTool?,
        languageByBundle: [String: String], contentHash: String
    ) {
        self.questions = [Question(id: "?", kind: .text, text: LocalizedText("?"))] + tool.steps.flatMap(\.questions)
        self.languageByBundle = languageByBundle
        self.contentHash = contentHash
        self.tool = tool
        self.warnings = warnings
        self.table = table
        self.runtime = runtime
        self.base = base
    }

    /// The bundles whose code the tool runs, derived first: where a Lua error's file is looked up.
    var bundleChain: [String] { chain.map(\.tool.bundle) }

    /// This tool, then its base, its base's base...: the tools whose texts and questions it
    /// inherits, nearest first (the loader refuses a loop, so the chain ends).
    public var chain: [LoadedTool] {
        var chain = [self]
        while let next = chain[chain.count - 1].base { chain.append(next) }
        return chain
    }

    /// A Lua error from this tool's code as a script failure naming its bundle's file.
    func failure(_ error: LuaError) -> ProfintError {
        let bundle = error.file.flatMap { file in
            bundleChain.first { id in
                runtime.catalogFolders[id].map {
                    FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path)
                } ?? false
            }
        } ?? bundleChain.first
        // An error with no line of the script's (a value that cannot cross into the host, a
        // limit hit in a library function) is the tool's: name the tool's file.
        return ProfintError.script(error, bundle: bundle, fallback: tool.source)
    }
}
