import ProfintContent
import ProfintModel

/// The texts of the files ``Scaffold`` writes: manifests, tools, a case text and a test case.
struct ScaffoldTexts {
    /// The new bundle's languages; the first is that of its plain-string texts.
    var languages: [String]

    /// `text` in every language of the bundle, as a Lua table.
    func everyLanguage(_ text: (String) -> String) -> String {
        "{ " + languages.map { "\($0) = \(ScaffoldTexts.lua(text($0)))" }.joined(separator: ", ") + " }"
    }

    var languageList: String { "{ " + languages.map(ScaffoldTexts.lua).joined(separator: ", ") + " }" }

    func pluginManifest(_ name: String, requires base: String, toolID: String, file: String) -> String {
        """
        -- The manifest of plugin \(name) (docs/authoring.md, "Bundles: modules and plugins").
        return plugin {
          id = \(ScaffoldTexts.lua(name)),
          version = "0.1.0",
          title = \(everyLanguage { _ in name }),
          author = "Your organisation",
          api = \(authoringAPIVersion),
          languages = \(languageList),
          requires = { \(ScaffoldTexts.lua(base)) },
          provides = {
            tools = {
              [\(ScaffoldTexts.lua(toolID))] = \(ScaffoldTexts.lua(file)),
            },
          },
        }

        """
    }

    /// A tool derived from `base` with its own title, and one example of each change function in
    /// comments, written against the base's own steps and questions.
    func derivedTool(_ name: String, base: Tool) -> String {
        var lines = [
            "-- \(name)'s version of \(base.id). Everything not changed here comes from \(base.id), so a fix",
            "-- there reaches this tool too (docs/authoring.md, \"Derived tools\").",
            "return tool {",
            "  extends = \(ScaffoldTexts.lua(base.id)),",
            "  title = \(everyLanguage { "\(base.title.resolve($0)) (\(name))" }),",
            "",
            "  -- One example of each change, commented out. Uncomment one, adapt it, then run",
            "  -- `profint check` and `profint test`: a change that names nothing is an error at its line,",
            "  -- and a change of a question the test case answers may need the test case changed too.",
        ]
        for change in AuthoringSchema.changes {
            lines.append("")
            lines.append("  -- \(change.name): \(change.summary).")
            lines.append("  -- " + example(of: change, in: base) + ",")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A call of `change` naming real steps and questions of `base`: questions are added after
    /// the first step's last question, steps are changed at the end of the tool.
    func example(of change: AuthoringSchema.ChangeFunction, in base: Tool) -> String {
        let firstStep = base.steps.first?.id ?? "step"
        let lastStep = base.steps.last?.id ?? firstStep
        let questionID = base.steps.first?.questions.last?.id
        let path = questionID.map { "\(firstStep).\($0)" } ?? firstStep
        func question(_ id: String, _ english: String = "A remark?", _ french: String = "Une remarque ?") -> String {
            let text = everyLanguage { $0 == "fr" ? french : english }
            return "ask.text { id = \(ScaffoldTexts.lua(id)), text = \(text), optional = true }"
        }
        let arguments: [String] = change.parameters.map { parameter in
            switch parameter.argument {
            case .target:
                return ScaffoldTexts.lua(change.name == "modify" || change.name == "move" ? lastStep : path)
            case .item: return question(change.name == "replace" ? (questionID ?? "remark") : "remark")
            case .fields: return "{ minutes = 20 }"
            case .place: return "{ before = \(ScaffoldTexts.lua(firstStep)) }"
            case .language: return "\"it\""
            case .texts:
                return "{ [\"\"] = { title = \"Il mio strumento\" }, "
                    + "[\(ScaffoldTexts.lua(firstStep))] = { title = \"Primo passo\" } }"
            }
        }
        let call = "\(change.name)(\(arguments.joined(separator: ", ")))"
        guard change.parameters.first?.optional == true else { return call }
        let step = "step { id = \"follow-up\", title = \(everyLanguage { $0 == "fr" ? "Suites" : "Follow-up" }), "
            + "minutes = 10, "
            + question("next", "What next?", "Et ensuite ?") + " }"
        return "\(change.name)(\(ScaffoldTexts.lua(firstStep)), \(question("remark"))),\n  -- \(change.name)(\(step))"
    }

    func moduleManifest(_ name: String) -> String {
        """
        -- The manifest of module \(name) (docs/authoring.md, "Bundles: modules and plugins").
        return module {
          id = \(ScaffoldTexts.lua(name)),
          version = "0.1.0",
          title = \(everyLanguage { _ in name }),
          author = "Your organisation",
          languages = \(languageList),
          summary = \(everyLanguage { _ in "What this module trains, in one or two sentences." }),
          exercises = {
            exercise {
              id = "discussion",
              title = \(everyLanguage { _ in "Discussing the case" }),
              minutes = 30,
              prompts = { \(everyLanguage { _ in "What would you do first, and why?" }) },
            },
          },
        }

        """
    }

    func caseText(_ name: String) -> String {
        """
        ---
        title: The case of \(name)
        source: written for this module
        ---
        # The case of \(name)

        Write here the situation the group works on: who the person is, what they need, what the
        team has tried. `profint show \(name)` prints it; `profint run \(name)/worksheet --with-case`
        shows it before the worksheet.

        """
    }

    /// A worksheet with one question of several kinds, to adapt.
    func worksheet(_ name: String) -> String {
        """
        -- A first tool of module \(name): two steps, a few kinds of question (docs/authoring.md, "A tool").
        -- Rename it by renaming the file; its id is \(name)/<file name>.
        return tool {
          title = \(everyLanguage { _ in "Worksheet" }),
          summary = \(everyLanguage { _ in "What the group decides with this worksheet." }),
          version = "0.1.0",

          step {
            id = "needs",
            title = \(everyLanguage { _ in "Needs" }),
            minutes = 20,
            guidance = \(everyLanguage { _ in "Let everyone speak before writing anything down." }),
            ask.list { id = "needs", text = \(everyLanguage { _ in "Which needs does the person have?" }), min = 1 },
            ask.choice { id = "urgent", text = \(everyLanguage { _ in "How urgent is it?" }),
              options = {
                { id = "now", label = \(everyLanguage { _ in "This week" }) },
                { id = "later", label = \(everyLanguage { _ in "This month" }) },
              } },
            ask.text { id = "why", text = \(everyLanguage { _ in "Why this week?" }), optional = true,
              relevant = function(a) return a["needs.urgent"] == "now" end },
          },

          step {
            id = "plan",
            title = \(everyLanguage { _ in "Plan" }),
            minutes = 25,
            ask.number { id = "people", text = \(everyLanguage { _ in "How many people will act?" }),
              integer = true, min = 1, max = 20 },
            ask.yesno { id = "partners", text = \(everyLanguage { _ in "Do we need partners?" }) },
            ask.list { id = "steps", each = "needs.needs", optional = true,
              text = \(everyLanguage { _ in "What do we do first about {item}?" }) },
          },
        }

        """
    }

    /// A test case (docs/testing.md) of `toolID` with `answers`: the run completes and keeps them.
    /// Keys and values are written as JSON, which YAML reads as it is.
    static func testCase(toolID: String, language: String, answers: [(path: String, value: JSONValue)]) -> String {
        var lines = [
            "# A valid playthrough of \(toolID), written by `profint new` with the simplest answers each",
            "# question accepts. Change the answers to your own case; `profint test` runs it (docs/testing.md).",
            "name: \(JSONValue.string("a playthrough of \(toolID) completes").jsonText())",
            "tool: \(JSONValue.string(toolID).jsonText())",
            "lang: \(JSONValue.string(language).jsonText())",
            "answers:",
        ]
        for (path, value) in answers { lines.append("  \(JSONValue.string(path).jsonText()): \(value.jsonText())") }
        lines += ["expect:", "  complete: true"]
        if let first = answers.first {
            lines += ["  values:", "    \(JSONValue.string(first.path).jsonText()): \(first.value.jsonText())"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a Lua string literal.
    static func lua(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\\(scalar.value)"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
