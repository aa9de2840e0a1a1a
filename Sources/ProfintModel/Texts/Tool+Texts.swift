/// The texts of a tool that translators translate, walked in one place: listing them (templates,
/// checks) and replacing them (catalogs applied at load) use the same walk, so both always agree
/// on which texts there are and how they are named (``TextKey``).
extension Tool {
    /// Every translatable text of the tool with a source text, in reading order: the tool's
    /// fields, its inputs' labels, then each step and its questions. Texts a function computes
    /// at run time are not listed (they have none until then).
    public var translatableTexts: [TranslatableText] {
        var found: [TranslatableText] = []
        _ = mapTexts { key, text, location in
            found.append(TranslatableText(key: key, text: text, location: location))
            return text
        }
        return found
    }

    /// The tool with each translatable text replaced by what `transform` returns for it.
    public func mapTexts(_ transform: (TextKey, LocalizedText, SourceLocation?) -> LocalizedText) -> Tool {
        var tool = self
        func map(
            _ text: LocalizedText?, _ path: String?, _ field: String, _ location: SourceLocation?
        ) -> LocalizedText? {
            guard let text, !text.isEmpty else { return text }
            return transform(TextKey(path: path, field: field), text, location)
        }
        tool.title = map(title, nil, "title", source) ?? title
        tool.summary = map(summary, nil, "summary", source)
        tool.provenance = map(provenance, nil, "provenance", source)
        tool.inputs = inputs.map { input in
            var input = input
            input.label = map(input.label, nil, "input.\(input.name)", source)
            return input
        }
        tool.steps = steps.map { step in
            var step = step
            step.title = map(step.title, step.id, "title", step.source) ?? step.title
            step.guidance = map(step.guidance, step.id, "guidance", step.source)
            step.text = map(step.text, step.id, "text", step.source)
            step.questions = step.questions.map { question in
                question.mapTexts(prefix: "") { field, text in
                    map(text, "\(step.id).\(question.id)", field, question.source) ?? text
                }
            }
            return step
        }
        return tool
    }
}

extension Question {
    /// The question with each of its texts replaced by `transform(field, text)`; a column's
    /// fields read `column.<id>.<field>`.
    func mapTexts(prefix: String, _ transform: (String, LocalizedText) -> LocalizedText) -> Question {
        var question = self
        func map(_ text: LocalizedText?, _ field: String) -> LocalizedText? {
            text.map { transform(prefix + field, $0) }
        }
        question.text = map(text, "text") ?? text
        question.help = map(help, "help")
        question.message = map(message, "message")
        question.unit = map(unit, "unit")
        question.rowLabel = map(rowLabel, "row_label")
        question.options = options.map {
            QuestionOption(id: $0.id, label: map($0.label, "option.\($0.id)") ?? $0.label)
        }
        for point in labels.keys.sorted() {
            question.labels[point] = map(labels[point], "label.\(point)")
        }
        question.rows = rows?.map { QuestionOption(id: $0.id, label: map($0.label, "row.\($0.id)") ?? $0.label) }
        question.columns = columns.map { column in
            column.mapTexts(prefix: "\(prefix)column.\(column.id).", transform)
        }
        return question
    }
}
