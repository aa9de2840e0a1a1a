import ProfintContent
import ProfintModel

/// A tool's outline: steps, minutes, questions, kinds and answer paths.
struct ToolOutline {
    let tool: Tool
    let language: String

    private func phrase(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Phrases.text(key, language, arguments)
    }

    func text() -> String {
        var lines = [Phrases.label(tool.id, language) + " " + tool.title.resolve(language)]
        if let summary = tool.summary { lines.append(summary.resolve(language)) }
        if let provenance = tool.provenance { lines.append(provenance.resolve(language)) }
        var facts = [Phrases.plural("step count", count: tool.steps.count, language),
                     AnswerText.minutes(tool.plannedMinutes, language: language),
                     phrase("languages list", ["list": tool.languages.joined(separator: ", ")])]
        if let version = tool.version { facts.insert(phrase("version value", ["version": version]), at: 0) }
        if let base = tool.base { facts.append(phrase("derived from", ["base": base])) }
        if tool.hasGraph { facts.append(phrase("draws a graph")) }
        lines.append(facts.joined(separator: " · "))
        for input in tool.inputs {
            lines.append(phrase(input.required ? "starts from" : "starts from optional",
                                ["tool": input.tool, "name": input.name]))
        }
        for (index, step) in tool.steps.enumerated() {
            lines.append("")
            let minutes = step.minutes.map { " (\(AnswerText.minutes($0, language: language)))" } ?? ""
            lines.append(
                "\(index + 1). " + Phrases.label(step.id, language) + " \(step.title.resolve(language))\(minutes)")
            if let guidance = step.guidance {
                lines.append("   " + phrase("guidance line", ["text": guidance.resolve(language)]))
            }
            for question in step.questions {
                lines.append("   - \(path(of: question, in: step))  \(describe(question))")
                let text = question.text.resolve(language)
                lines.append("     " + (text.isEmpty
                    ? phrase("computed text") : text.replacingOccurrences(of: "\n", with: "\n     ")))
                for column in question.columns {
                    lines.append("       · \(column.id)  " + Phrases.label(describe(column), language) + " "
                                 + column.text.resolve(language))
                }
            }
            if step.isDynamic {
                let path = "\(step.id).\(phrase("question placeholder"))[\(phrase("key placeholder"))]"
                lines.append("   " + phrase("dynamic questions", ["path": path]))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func path(of question: Question, in step: Step) -> String {
        let base = "\(step.id).\(question.id)"
        if let each = question.each { return "\(base)[\(phrase("each item of", ["name": each]))]" }
        if question.hasDynamicEach { return "\(base)[\(phrase("each item"))]" }
        return base
    }

    private func describe(_ question: Question) -> String {
        var parts = [question.kind.rawValue]
        switch question.kind {
        case .choice, .multi: parts.append("(\(question.options.map(\.id).joined(separator: " | ")))")
        case .scale: parts.append("\(question.scaleRange.lowerBound)..\(question.scaleRange.upperBound)")
        case .table:
            if let rows = question.rows {
                parts.append(Phrases.plural("fixed rows", count: rows.count, language))
            } else {
                parts.append(phrase("growing rows"))
            }
        default: break
        }
        if let min = question.min { parts.append(phrase("min value", ["value": AnswerText.plain(min)])) }
        if question.hasDynamicMin { parts.append(phrase("min depends on answers")) }
        if let max = question.max { parts.append(phrase("max value", ["value": AnswerText.plain(max)])) }
        if question.hasDynamicMax { parts.append(phrase("max depends on answers")) }
        parts.append(phrase(question.required ? "required" : "optional"))
        if !question.tags.isEmpty { parts.append("[\(question.tags.joined(separator: ", "))]") }
        if question.hasRelevance { parts.append(phrase("when relevant")) }
        if question.hasConstraint { parts.append(phrase("constrained")) }
        return parts.joined(separator: " ")
    }

    func json() -> JSONValue {
        func questionJSON(_ question: Question, path: String?) -> JSONValue {
            var fields: [String: JSONValue] = [
                "id": .string(question.id), "kind": .string(question.kind.rawValue),
                "text": .string(question.text.resolve(language)),
                "required": .bool(question.required), "tags": .array(question.tags.map(JSONValue.string)),
            ]
            if let path { fields["path"] = .string(path) }
            if !question.options.isEmpty {
                fields["options"] = .array(question.options.map {
                    .object(["id": .string($0.id), "label": .string($0.label.resolve(language))])
                })
            }
            if let min = question.min { fields["min"] = min }
            if let max = question.max { fields["max"] = max }
            if question.hasDynamicMin { fields["min_from_answers"] = true }
            if question.hasDynamicMax { fields["max_from_answers"] = true }
            if let each = question.each { fields["each"] = .string(each) }
            if !question.columns.isEmpty {
                fields["columns"] = .array(question.columns.map { questionJSON($0, path: nil) })
            }
            if let rows = question.rows {
                fields["rows"] = .array(
                    rows.map { .object(["id": .string($0.id), "label": .string($0.label.resolve(language))]) })
            }
            return .object(fields)
        }
        var fields: [String: JSONValue] = [
            "id": .string(tool.id), "title": .string(tool.title.resolve(language)), "bundle": .string(tool.bundle),
            "languages": .array(tool.languages.map(JSONValue.string)), "graph": .bool(tool.hasGraph),
            "steps": .array(tool.steps.map { step in
                var stepFields: [String: JSONValue] = [
                    "id": .string(step.id), "title": .string(step.title.resolve(language)),
                    "dynamic": .bool(step.isDynamic),
                    "questions": .array(step.questions.map { questionJSON($0, path: "\(step.id).\($0.id)") }),
                ]
                if let minutes = step.minutes { stepFields["minutes"] = .double(minutes) }
                return .object(stepFields)
            }),
        ]
        if let base = tool.base { fields["base"] = .string(base) }
        if let version = tool.version { fields["version"] = .string(version) }
        return .object(fields)
    }
}

/// A module as `show` prints it: its facts, its case text and its exercises.
struct ModulePage {
    let bundle: ContentBundle
    let catalog: Catalog
    let language: String

    func text() throws -> String {
        let m = bundle.manifest
        var lines = [Phrases.text("module heading", language, [
            "title": m.title.resolve(language), "kind": Phrases.text("kind.\(bundle.kind.rawValue)", language),
            "id": bundle.id,
            "version": m.version, "author": m.author,
        ])]
        if let summary = m.summary { lines.append(summary.resolve(language)) }
        lines.append(Phrases.text("languages line", language, ["list": m.languages.joined(separator: ", ")]))
        let tools = catalog.toolEntries.filter { $0.bundle == bundle.id }.map(\.id)
        if !tools.isEmpty {
            lines.append(Phrases.text("tools line", language, ["list": tools.joined(separator: ", ")]))
        }
        if let caseText = try catalog.caseText(of: bundle, language: language) {
            lines.append("")
            if let provenance = caseText.frontMatter["provenance"] { lines.append("(\(provenance))") }
            lines.append(caseText.body.trimmingCharacters(in: .newlines))
        }
        for exercise in m.exercises {
            lines.append("")
            let minutes = exercise.minutes.map { " (\(AnswerText.minutes($0, language: language)))" } ?? ""
            lines.append("## \(exercise.title.resolve(language))\(minutes)")
            if let provenance = exercise.provenance { lines.append("(\(provenance.resolve(language)))") }
            if let text = exercise.text { lines.append(text.resolve(language)) }
            for (index, prompt) in exercise.prompts.enumerated() {
                lines.append("\(index + 1). \(prompt.resolve(language))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
