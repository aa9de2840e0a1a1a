import ProfintModel
import LuaBridge

/// Reads the Lua tables of a tool (as the authoring API builds them) into the ``Tool`` model,
/// noting every problem as a ``Diagnostic`` with the file and line that wrote it.
struct ToolReader {
    private(set) var diagnostics: [Diagnostic] = []

    /// The fields each table may have: the authoring schema's, and those the API sets itself
    /// (`kind` from `ask.<kind>`, `base` and `changes` of derived tools).
    static let toolFields = AuthoringSchema.names(AuthoringSchema.tool).union(["base", "changes"])
    static let stepFields = AuthoringSchema.names(AuthoringSchema.step)
    static let questionFields = AuthoringSchema.names(AuthoringSchema.question).union(["kind"])

    mutating func tool(_ value: LuaValue, id: String, bundle: String, languages: [String]) -> Tool {
        let location = Self.location(of: value)
        unknownFields(of: value, allowed: ToolReader.toolFields, what: "tool \(id)")
        checkTypes(of: value, AuthoringSchema.tool, what: "tool \(id)")
        var steps: [Step] = []
        var seen: Set<String> = []
        let stepValues = value["steps"].tableValue?.array ?? []
        let declared = stepValues.reduce(0) { $0 + ($1["questions"].tableValue?.array.count ?? 0) }
        if stepValues.count > ContentLimits.steps || declared > ContentLimits.questions {
            error("tool \(id) has \(stepValues.count) steps and \(declared) questions; a tool may have at most "
                + "\(ContentLimits.steps) steps and \(ContentLimits.questions) questions", at: location)
            return Tool(id: id, title: LocalizedText(id), bundle: bundle, languages: languages, steps: [],
                        source: location)
        }
        for (index, item) in stepValues.enumerated() {
            let step = self.step(item, number: index + 1)
            if !seen.insert(step.id).inserted {
                error("two steps have the id '\(step.id)'", at: step.source)
            }
            steps.append(step)
        }
        if steps.isEmpty { error("tool \(id) has no steps", at: location) }
        checkEachPaths(of: steps)
        let title = text(value["title"], what: "the title of tool \(id)", at: Self.location(of: value, field: "title"),
                         required: true)
        let provenance = text(value["provenance"], what: "the provenance of tool \(id)",
                              at: Self.location(of: value, field: "provenance"))
        var tool = Tool(
            id: id, title: title ?? LocalizedText(id),
            summary: text(value["summary"], what: "summary", at: Self.location(of: value, field: "summary")),
            version: value["version"].stringValue ?? value["version"].doubleValue.map { String($0) },
            base: value["base"].stringValue, bundle: bundle, languages: languages, steps: steps,
            inputs: inputs(value["inputs"], at: location), hasGraph: value["graph"].functionValue != nil,
            source: location)
        tool.provenance = provenance
        return tool
    }

    private mutating func inputs(_ value: LuaValue, at location: @autoclosure () -> SourceLocation?) -> [ToolInput] {
        // Not a table: the type check said so.
        guard let table = value.tableValue else { return [] }
        return table.fields.keys.sorted().compactMap { name in
            let spec = table.fields[name] ?? .nil
            guard let tool = spec["tool"].stringValue ?? spec.stringValue else {
                error("input '\(name)' must name a tool: { tool = 'module/tool' }", at: location())
                return nil
            }
            return ToolInput(name: name, tool: tool,
                             required: spec["optional"].boolValue != true && spec["required"].boolValue == true,
                             label: text(spec["label"], what: "input label", at: location()))
        }
    }

    mutating func step(_ value: LuaValue, number: Int) -> Step {
        let location = Self.location(of: value)
        guard value["__kind"].stringValue == "step" else {
            error("step \(number) is not a step { ... }", at: location)
            return Step(id: "step\(number)", title: LocalizedText("?"))
        }
        let id = identifier(value["id"], what: "step \(number)", at: location) ?? "step\(number)"
        unknownFields(of: value, allowed: ToolReader.stepFields, what: "step \(id)")
        checkTypes(of: value, AuthoringSchema.step, what: "step \(id)")
        var minutes = value["minutes"].doubleValue
        if let given = minutes, !(0...10_000).contains(given) {
            error("step \(id): minutes must be a number from 0 to 10000",
                  at: Self.location(of: value, field: "minutes"))
            minutes = nil
        }
        _ = strings(value["tags"], what: "tags of step \(id)", at: Self.location(of: value, field: "tags"))
        let isDynamic = value["run"].functionValue != nil
        var questions: [Question] = []
        var seen: Set<String> = []
        for item in value["questions"].tableValue?.array ?? [] {
            let question = self.question(item, context: "step \(id)")
            if !seen.insert(question.id).inserted {
                error("step \(id) has two questions with the id '\(question.id)' (answer paths must be unique)",
                      at: question.source)
            }
            questions.append(question)
        }
        if questions.isEmpty && !isDynamic {
            error("step \(id) has no questions and no run function", at: location)
        }
        func at(_ field: String) -> SourceLocation? { Self.location(of: value, field: field) }
        return Step(
            id: id, title: text(value["title"], what: "the title of step \(id)", at: at("title"), required: true)
                ?? LocalizedText(id),
            minutes: minutes, guidance: text(value["guidance"], what: "guidance", at: at("guidance")),
            text: text(value["text"], what: "text", at: at("text")), questions: questions, isDynamic: isDynamic,
            source: location)
    }

    mutating func question(_ value: LuaValue, context: String, isColumn: Bool = false) -> Question {
        let location = Self.location(of: value)
        let what = isColumn ? "column" : "question"
        guard value["__kind"].stringValue == "question",
              let kind = value["kind"].stringValue.flatMap(QuestionKind.init(rawValue:))
        else {
            error("\(context): an entry is not a question (use ask.text { ... }, ask.choice { ... }...)", at: location)
            return Question(id: "?", kind: .text, text: LocalizedText("?"))
        }
        let id = identifier(value["id"], what: "a \(kind.rawValue) \(what) of \(context)", at: location) ?? "?"
        let name = "\(what) \(id) of \(context)"
        func at(_ field: String) -> SourceLocation? { Self.location(of: value, field: field) }
        unknownFields(of: value, allowed: ToolReader.questionFields, what: name)
        checkTypes(of: value, AuthoringSchema.question, what: name)
        var question = Question(
            id: id, kind: kind,
            text: (value["text"].functionValue != nil
                ? LocalizedText("") : text(value["text"], what: "the text of \(name)", at: at("text"), required: true))
                ?? LocalizedText(id),
            help: value["help"].functionValue != nil ? nil : text(value["help"], what: "help", at: at("help")),
            required: value["optional"].boolValue != true && value["required"].boolValue != false,
            hasDynamicDefault: value["default"].functionValue != nil,
            integer: value["integer"].boolValue == true,
            unit: text(value["unit"], what: "unit", at: at("unit")),
            tags: strings(value["tags"], what: "tags of \(name)", at: at("tags")),
            hasConstraint: value["constraint"].functionValue != nil,
            message: text(value["message"], what: "message", at: at("message")),
            hasRelevance: value["relevant"].functionValue != nil,
            source: location)
        if !value["default"].isNil && !question.hasDynamicDefault {
            question.defaultValue = JSONValue(lua: value["default"])
        }
        question.min = bound(value["min"], "min", of: name, kind: kind, at: at("min"))
        question.max = bound(value["max"], "max", of: name, kind: kind, at: at("max"))
        question.hasDynamicMin = value["min"].functionValue != nil
        question.hasDynamicMax = value["max"].functionValue != nil
        switch value["each"] {
        case .nil: break
        case .string(let path):
            if AnswerPath(path) == nil {
                error("\(name): each = '\(path)' is not an answer path 'step.question'", at: at("each"))
            }
            question.each = path
        case .function: question.hasDynamicEach = true
        default: error("\(name): 'each' must be an answer path or a function", at: at("each"))
        }
        if isColumn && (!question.kind.isColumnKind || question.each != nil || question.hasDynamicEach) {
            error("\(name): a column must be text, choice, multi, yesno, number, scale or date, asked once",
                  at: location)
        }
        switch kind {
        case .choice, .multi:
            question.options = options(value["options"], of: name, at: at("options"), required: true)
        case .scale:
            question.labels = labels(value["labels"], of: name, at: at("labels"))
            let minFits = value["min"].isNil || question.min?.intValue != nil
            if !minFits || !value["max"].isNil && question.max?.intValue == nil {
                error("\(name): a scale's min and max must be whole numbers (its points are fixed: not functions)",
                      at: at(minFits ? "max" : "min"))
            }
        case .table:
            var seen: Set<String> = []
            let columns = value["columns"].tableValue?.array ?? []
            if columns.count > ContentLimits.columns {
                error("\(name) has \(columns.count) columns; at most \(ContentLimits.columns)", at: at("columns"))
            }
            for column in columns.prefix(ContentLimits.columns) {
                let column = self.question(column, context: name, isColumn: true)
                if !seen.insert(column.id).inserted {
                    error("\(name) has two columns with the id '\(column.id)'", at: column.source)
                }
                question.columns.append(column)
            }
            if question.columns.isEmpty { error("\(name) has no columns", at: location) }
            if !value["rows"].isNil {
                question.rows = options(value["rows"], of: name, at: at("rows"), required: true, what: "row")
            }
            question.rowLabel = text(value["row_label"], what: "row label", at: at("row_label"))
        default:
            if !value["options"].isNil {
                warning("\(name): a \(kind.rawValue) question has no options; they are ignored", at: at("options"))
            }
        }
        return question
    }

    // MARK: Pieces

    /// `min` or `max`: a number, or for a date question a date "YYYY-MM-DD"; or a function of the
    /// answers, evaluated when the question is asked (nil here: the bound is not known yet).
    private mutating func bound(
        _ value: LuaValue, _ field: String, of name: String, kind: QuestionKind,
        at location: @autoclosure () -> SourceLocation?
    ) -> JSONValue? {
        if value.isNil || value.functionValue != nil { return nil }
        // 0/0 or math.huge: no bound can be compared, drawn from or written as JSON.
        if kind != .date, let number = value.doubleValue, !number.isFinite {
            error("\(name): '\(field)' must be a finite number, not \(FieldTypes.describe(value))", at: location())
            return nil
        }
        if kind == .date ? value.stringValue != nil : value.doubleValue != nil { return JSONValue(lua: value) }
        if kind != .date, let text = value.stringValue, Double(text) != nil {
            error("\(name): '\(field)' must be a number, not \(FieldTypes.describe(value)): write \(field) = \(text)",
                  at: location())
        } else {
            let expected = kind == .date ? "a date \"YYYY-MM-DD\"" : "a number"
            let found = FieldTypes.describe(value)
            error("\(name): '\(field)' must be \(expected) or a function of the answers, not \(found)", at: location())
        }
        return nil
    }

    private mutating func options(
        _ value: LuaValue, of name: String, at location: @autoclosure () -> SourceLocation?, required: Bool,
        what: String = "option"
    ) -> [QuestionOption] {
        guard let list = value.tableValue?.array, !list.isEmpty else {
            // A value that is no list at all: the type check said so.
            if required && (value.isNil || value.tableValue != nil) {
                error("\(name) needs \(what)s: a list of { id = '...', label = ... } or of strings", at: location())
            }
            return []
        }
        guard list.count <= ContentLimits.options else {
            error("\(name) has \(list.count) \(what)s; at most \(ContentLimits.options)", at: location())
            return []
        }
        var result: [QuestionOption] = []
        var seen: Set<String> = []
        // The options are there: their place is needed, for the language of plain labels at least.
        let place = location()
        for item in list {
            var option: QuestionOption?
            if let plain = item.stringValue {
                option = QuestionOption(id: plain, label: LocalizedText(plain, language: language(of: place)))
            } else if let id = item["id"].stringValue, !id.isEmpty {
                let label = text(item["label"], what: "the label of \(what) '\(id)'", at: place, required: true)
                option = QuestionOption(id: id, label: label ?? LocalizedText(id))
            } else {
                error("\(name): an \(what) needs an id: { id = '...', label = ... }", at: place)
            }
            if let option {
                if !seen.insert(option.id).inserted {
                    error("\(name) has two \(what)s with the id '\(option.id)'", at: place)
                } else {
                    result.append(option)
                }
            }
        }
        return result
    }

    private mutating func labels(
        _ value: LuaValue, of name: String, at location: @autoclosure () -> SourceLocation?
    ) -> [Int: LocalizedText] {
        guard let table = value.tableValue else { return [:] }
        var labels: [Int: LocalizedText] = [:]
        for (index, item) in table.array.enumerated() {
            labels[index + 1] = text(item, what: "a label of \(name)", at: location())
        }
        for (key, item) in table.fields where !key.hasPrefix("__") {
            guard let point = Int(key) else {
                error("\(name): scale labels are keyed by point: { [1] = '...', [5] = '...' }", at: location())
                continue
            }
            labels[point] = text(item, what: "a label of \(name)", at: location())
        }
        return labels
    }

    private mutating func strings(
        _ value: LuaValue, what: @autoclosure () -> String, at location: @autoclosure () -> SourceLocation?
    ) -> [String] {
        if value.isNil { return [] }
        if let single = value.stringValue { return [single] }
        guard let list = value.tableValue?.array, value.tableValue?.fields.isEmpty == true else {
            error("\(what()) must be a list of strings", at: location())
            return []
        }
        return list.compactMap { item in
            if item.stringValue == nil { error("\(what()) must be a list of strings", at: location()) }
            return item.stringValue
        }
    }

    private mutating func identifier(
        _ value: LuaValue, what: @autoclosure () -> String, at location: @autoclosure () -> SourceLocation?
    ) -> String? {
        guard let id = value.stringValue, !id.isEmpty else {
            error("\(what()) needs an id = '...'", at: location())
            return nil
        }
        let allowed = id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if !allowed {
            error("the id '\(id)' of \(what()) may hold only letters, digits, _ and - "
                  + "(it is part of answer paths)", at: location())
        }
        return id
    }

    /// A text: a string in the bundle's language, or a table by language.
    mutating func text(
        _ value: LuaValue, what: @autoclosure () -> String, at location: @autoclosure () -> SourceLocation?,
        required: Bool = false
    ) -> LocalizedText? {
        switch value {
        case .nil:
            if required { error("\(what()) is missing", at: location()) }
            return nil
        case .string(let s):
            guard acceptable(s, what: what(), at: location()) else { return nil }
            return LocalizedText(s, language: language(of: location()))
        // A `__` field is a stamp (`__where`...), never a language: those of a table the host read
        // are authoring.lua's (`seal`), but a graph's are left as its script wrote them.
        case .table(let table) where table.array.isEmpty && table.fields.keys.contains(where: { !$0.hasPrefix("__") }):
            var translations: [String: String] = [:]
            for (language, item) in table.fields where !language.hasPrefix("__") {
                guard let text = item.stringValue else {
                    error("\(what()): the \(language) text must be a string", at: location())
                    continue
                }
                guard acceptable(text, what: "\(what()) (\(language))", at: location()) else { continue }
                translations[language] = text
            }
            return LocalizedText(translations)
        default:
            error("\(what()) must be a string or a table by language { en = '...', fr = '...' }", at: location())
            return nil
        }
    }

    /// Whether a text is within the content limits: not too long, and no control character that
    /// would reach a terminal or a report as a command.
    private mutating func acceptable(
        _ text: String, what: @autoclosure () -> String, at location: @autoclosure () -> SourceLocation?
    ) -> Bool {
        if text.utf8.count > ContentLimits.textCharacters && text.count > ContentLimits.textCharacters {
            error("\(what()) is longer than \(ContentLimits.textCharacters) characters", at: location())
            return false
        }
        if let control = ContentLimits.forbiddenControl(in: text) {
            error("\(what()) holds the control character \(ContentLimits.name(control)), "
                  + "which a text may not hold", at: location())
            return false
        }
        return true
    }

    private mutating func unknownFields(
        of value: LuaValue, allowed: Set<String>, what: @autoclosure () -> String
    ) {
        let unknown = (value.tableValue?.fields.keys ?? [:].keys).filter { key in
            !key.hasPrefix("__") && !allowed.contains(key)
        }
        for key in unknown.sorted() {
            let hint = NameSuggestion.didYouMean(key, among: allowed.sorted()).map { "; \($0)" } ?? ""
            warning("\(what()): unknown field '\(key)' (ignored)\(hint)", at: Self.location(of: value, field: key))
        }
    }

    /// Each field of the schema whose value has the wrong shape (a string where a number belongs,
    /// a flag that is not true or false, a list that is not a list) is an error at its line.
    private mutating func checkTypes(
        of value: LuaValue, _ fields: [AuthoringSchema.Field], what: @autoclosure () -> String
    ) {
        for field in fields {
            if let problem = FieldTypes.problem(value[field.name], expected: field.type) {
                error("\(what()): '\(field.name)' \(problem)", at: Self.location(of: value, field: field.name))
            }
        }
    }

    /// Each `each = "step.question"` names a question of the tool, asked before it.
    private mutating func checkEachPaths(of steps: [Step]) {
        var earlier: [String] = []
        for step in steps {
            for question in step.questions {
                if let each = question.each, AnswerPath(each) != nil, !earlier.contains(each),
                   !steps.contains(where: { $0.isDynamic && each.hasPrefix($0.id + ".") }) {
                    let hint = NameSuggestion.didYouMean(each, among: earlier).map { "; \($0)" } ?? ""
                    error(
                        "question \(step.id).\(question.id): each = '\(each)' names no question asked before it\(hint)",
                        at: question.source)
                }
                earlier.append("\(step.id).\(question.id)")
            }
        }
    }

    // MARK: Locations

    var languageByBundle: [String: String] = [:]

    private func language(of location: SourceLocation?) -> String {
        location?.bundle.flatMap { languageByBundle[$0] } ?? "en"
    }

    /// Where a table was written (its `__where` and `__bundle` stamps). The readers above take
    /// places as autoclosures: most fields are absent or fine, and need none worked out.
    static func location(of value: LuaValue) -> SourceLocation? {
        SourceLocation(lua: value["__where"].stringValue, bundle: value["__bundle"].stringValue)
    }

    /// Where a field of a table was written: the `modify` or `translate` call of a derived tool
    /// that set it (`__fields`, stamped by authoring.lua), else where the table was written.
    static func location(of value: LuaValue, field: String) -> SourceLocation? {
        let set = value["__fields"][field]
        return SourceLocation(lua: set["where"].stringValue, bundle: set["bundle"].stringValue)
            ?? Self.location(of: value)
    }

    private mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(.error(message, at: location))
    }

    private mutating func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.append(.warning(message, at: location))
    }
}
