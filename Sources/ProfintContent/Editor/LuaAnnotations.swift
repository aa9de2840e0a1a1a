import ProfintModel

/// LuaLS (lua-language-server) `---@meta` files of the authoring API and of the sandbox's partial
/// libraries, written from ``AuthoringSchema`` and the live sandbox (docs/authoring.md, "Editor
/// support"). They only describe: nothing in them runs.
struct LuaAnnotations {
    var globals: ScriptGlobals
    /// What the header names, e.g. "profint 0.2.0".
    var producer: String

    /// The constructors of the API and the fields their table takes. `ask.<kind>` are added
    /// for every kind, with the question's fields.
    static let constructors: [(name: String, className: String, fields: [AuthoringSchema.Field], summary: String)] = [
        ("tool", "profint.Tool", AuthoringSchema.tool,
         "A tool: its fields, then its steps (and, derived, its changes) in order."),
        ("step", "profint.Step", AuthoringSchema.step, "A step: its fields, then its questions in order."),
        ("module", "profint.Module", AuthoringSchema.module, "A module's manifest (module.lua)."),
        ("plugin", "profint.Plugin", AuthoringSchema.plugin, "A plugin's manifest (plugin.lua)."),
        ("exercise", "profint.Exercise", AuthoringSchema.exercise, "A group exercise of a module."),
    ]

    /// The API file: types, constructors, `ask.<kind>`, change functions.
    var api: String {
        var lines = header("profint", "the authoring API", from: "the authoring schema")
        lines += [
            "---A text: a string in the bundle's first language, "
                + "or a table by language ({ en = \"...\", fr = \"...\" }).",
            "---@alias profint.Text string|table<string, string>",
            "",
            "---The answers so far, by answer path (\"step.question\", \"step.question[item]\"); nil when unanswered.",
            "---@alias profint.Answers table<string, any>",
            "",
            "---What every hook gets beside the answers.",
            "---@class profint.Context",
            "---@field lang string the run's language",
            "---@field inputs table<string, profint.Answers> the sessions the tool starts from, by input name",
            "---@field item any for a question asked per item: the item",
            "---@field path string for a question: its answer path",
            "",
            "---A step's session, for step code: `s:ask(question, key)` asks a question made at run time.",
            "---@class profint.StepSession",
            "---@field answers profint.Answers",
            "---@field inputs table<string, profint.Answers>",
            "---@field lang string",
            "---@field step string the step's id",
            "local StepSession = {}",
            "",
            "---Asks `question`; its answer path is step.question[key] (or step.question without a key).",
            "---@param question profint.Question",
            "---@param key? string",
            "---@return any answer nil when skipped",
            "function StepSession:ask(question, key) end",
            "",
            "---A change of a derived tool to its base, made by a change function.",
            "---@class profint.Change",
            "",
            "---A choice's option, or a fixed row of a table.",
            "---@class profint.Option",
        ]
        lines += AuthoringSchema.option.map(fieldLine)
        lines.append("")
        lines += ["---A question, made by ask.<kind> { ... }.", "---@class profint.Question"]
        lines += AuthoringSchema.question.map(fieldLine)
        lines.append("---@field [integer] profint.Question table: the columns, given positionally")
        lines.append("")
        for constructor in LuaAnnotations.constructors {
            lines.append("---@class \(constructor.className)")
            lines += constructor.fields.map(fieldLine)
            if constructor.name == "tool" {
                lines.append("---@field [integer] profint.Step|profint.Change the steps and changes, in order")
            }
            if constructor.name == "step" {
                lines.append("---@field [integer] profint.Question the questions, in order")
            }
            lines += ["", "---\(constructor.summary)", "---@param spec \(constructor.className)",
                      "---@return \(constructor.className)", "function \(constructor.name)(spec) end", ""]
        }
        lines += ["---The question constructors: ask.text { ... }, ask.choice { ... }...", "ask = {}", ""]
        for kind in AuthoringSchema.kinds {
            lines += ["---A question of kind \(kind.rawValue).", "---@param spec profint.Question",
                      "---@return profint.Question", "function ask.\(kind.rawValue)(spec) end", ""]
        }
        for change in AuthoringSchema.changes { lines += changeLines(change) }
        return lines.joined(separator: "\n")
    }

    /// The sandbox file: the libraries the sandbox keeps only part of (`.luarc.json` turns
    /// LuaLS's own `io`, `os` and `debug` off), with exactly the members a script sees.
    var sandbox: String {
        var lines = header("profint-sandbox", "the libraries the sandbox keeps only part of", from: "a live sandbox")
        for library in LuaAnnotations.partialLibraries {
            guard let global = globals.sandbox.first(where: { $0.name == library }) else { continue }
            lines += [
                "---\(library) in the sandbox: only these members (the others are removed).", "\(library) = {}", ""]
            for (field, type) in global.fields.sorted(by: { $0.key < $1.key }) {
                if type == "function" {
                    lines += ["---As \(library).\(field) in Lua 5.4.", "---@param ... any", "---@return any",
                              "function \(library).\(field)(...) end", ""]
                } else {
                    lines += ["---@type \(type == "table" ? "table" : type)", "\(library).\(field) = nil", ""]
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Libraries LuaLS must not offer in full: the sandbox keeps a few of their functions.
    static let partialLibraries = ["debug", "io", "os"]

    private func header(_ name: String, _ what: String, from source: String) -> [String] {
        [
            "---@meta \(name)",
            "-- LuaLS annotations of \(what), from \(source),",
            "-- written by `profint stubs` (\(producer), authoring API \(authoringAPIVersion)).",
            "-- Run `profint stubs` again after upgrading profint.",
            "",
        ]
    }

    private func fieldLine(_ field: AuthoringSchema.Field) -> String {
        "---@field \(field.name)? \(luaType(field)) \(field.summary)\(field.translatable ? " (translatable)" : "")"
    }

    private func luaType(_ field: AuthoringSchema.Field) -> String {
        let hook = AuthoringSchema.hooks[field.name].map(LuaAnnotations.signature)
        switch field.type {
        case .identifier, .string: return "string"
        case .text: return "profint.Text"
        case .dynamicText: return "profint.Text|" + (hook ?? "function")
        case .number: return "number"
        case .boolean: return "boolean"
        case .function: return hook ?? "function"
        case .bound: return "number|string"
        case .value: return hook.map { "any|" + $0 } ?? "any"
        case .strings: return "string[]"
        case .list: return field.name == "options" ? "(profint.Option|string)[]" : "table[]"
        case .items: return "string|" + (hook ?? "function")
        case .table: return "table"
        }
    }

    private static func signature(_ arguments: [AuthoringSchema.HookArgument]) -> String {
        let parameters = arguments.map { argument -> String in
            switch argument {
            case .answers: return "a: profint.Answers"
            case .context: return "ctx: profint.Context"
            case .value: return "value: any"
            case .session: return "s: profint.StepSession"
            case .item: return "item: any"
            }
        }
        return "(fun(" + parameters.joined(separator: ", ") + "): any)"
    }

    private func changeLines(_ change: AuthoringSchema.ChangeFunction) -> [String] {
        var lines = [
            "---\(change.summary.prefix(1).uppercased() + change.summary.dropFirst()) (a derived tool's change)."]
        for parameter in change.parameters {
            let name = parameter.name + (parameter.optional ? "?" : "")
            lines.append("---@param \(name) \(Self.luaType(parameter.argument)) \(parameter.summary)")
        }
        lines.append("---@return profint.Change")
        let required = change.parameters.filter { !$0.optional }
        if required.count < change.parameters.count {
            let types = required.map { "\($0.name): \(Self.luaType($0.argument))" }.joined(separator: ", ")
            lines.append("---@overload fun(\(types)): profint.Change")
        }
        lines.append("function \(change.name)(\(change.parameters.map(\.name).joined(separator: ", "))) end")
        lines.append("")
        return lines
    }

    private static func luaType(_ argument: AuthoringSchema.Argument) -> String {
        switch argument {
        case .target, .language: return "string"
        case .item: return "profint.Step|profint.Question"
        case .fields: return "table<string, any>"
        case .place: return "{ before: string }|{ after: string }"
        case .texts: return "table<string, table<string, any>>"
        }
    }
}
