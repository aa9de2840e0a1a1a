import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// The trainer's front end: line by line, on a TTY or from a pipe alike.
///
/// Each step opens with its number, title, planned minutes and guidance; each question shows
/// its options, bounds or format. An invalid answer is re-asked with the reason. At any prompt
/// a line starting with `:` is a command (`:help`, `:back`, `:skip`, `:note TEXT`, `:time`,
/// `:clear`, `:quit`); type `::` to start an answer with a colon. Every accepted answer is saved
/// before the next prompt, and every line of a list or table is kept as a draft, so that `:quit`,
/// Ctrl-C (which ends the input) or `:back` loses at most the line being typed. When the step has
/// planned minutes, each prompt starts with its clock (`[12/40 min]`).
public final class TerminalFrontEnd {
    private let driver: SessionDriver
    private let hints: SessionHints
    private let terminal: Terminal
    private var style: TerminalStyle { terminal.style }
    private var language: String { driver.language }
    private var shownStep: Int?
    private var warnedOvertime: Set<String> = []

    public init(driver: SessionDriver, hints: SessionHints, terminal: Terminal) {
        self.driver = driver
        self.hints = hints
        self.terminal = terminal
    }

    private func phrase(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Phrases.text(key, language, arguments)
    }

    /// What a line typed at a prompt asks for.
    private enum Input {
        case text(String)
        case command(String, String)
        case end
    }

    /// What to do after a command.
    private enum Flow {
        case stay, moved, quit
    }

    // MARK: The session

    /// Drives the session to its end, or until `:quit` or the end of input.
    public func run() throws -> SessionEnd {
        terminal.line(style.heading(driver.tool.title.resolve(language)))
        var facts = [Phrases.plural("step count", count: driver.tool.steps.count, language),
                     AnswerText.minutes(driver.tool.plannedMinutes, language: language)]
        if driver.isStored {
            facts.append(phrase("session id", ["id": driver.id]))
        } else {
            facts.append(phrase("not saved"))
        }
        terminal.line(style.dim(terminal.wrap(facts.joined(separator: " · ") + " · :help")))
        func reportUnfit() {
            for problem in driver.newUnfit() {
                terminal.line(style.warning("! \(problem.path): \(problem.reason)"))
            }
        }
        if let resumed = driver.plan.resumed {
            var recap = [phrase("resumed"), phrase("session id", ["id": resumed.id]),
                         Phrases.plural("answers restored", count: driver.run.answers.count, language)]
            if !resumed.notes.isEmpty {
                recap.append(Phrases.plural("notes restored", count: resumed.notes.count, language))
            }
            if !resumed.drafts.isEmpty {
                recap.append(Phrases.plural("drafts restored", count: resumed.drafts.count, language))
            }
            if let step = driver.prompt?.step {
                recap.append(phrase("step number", ["number": "\((driver.prompt?.stepIndex ?? 0) + 1)"]) + " · "
                             + step.title.resolve(language))
            }
            terminal.line(style.good(terminal.wrap(recap.joined(separator: " · "))))
        }
        reportUnfit()
        while let prompt = driver.prompt {
            reportUnfit()
            showStepIfNew(prompt)
            switch try ask(prompt) {
            case .quit: return try saveForLater()
            case .moved, .stay: continue
            }
        }
        reportUnfit()
        terminal.line()
        terminal.line(style.good(driver.isStored ? phrase("finished session", ["id": driver.id]) : phrase("finished")))
        if let report = hints.reportCommand { terminal.line(style.dim(report)) }
        return .finished
    }

    private func saveForLater() throws -> SessionEnd {
        _ = try driver.perform(.quit)
        terminal.line()
        terminal.line(hints.resumeCommand.map { style.bold(phrase("saved resume", ["command": $0])) }
            ?? style.bold(phrase("saved")) + " " + phrase("not saved"))
        return .savedForLater
    }

    private func showStepIfNew(_ prompt: Prompt) {
        guard shownStep != prompt.stepIndex else { return }
        shownStep = prompt.stepIndex
        let step = prompt.step
        terminal.line()
        var header = phrase("step of", ["number": "\(prompt.stepIndex + 1)", "total": "\(driver.tool.steps.count)"])
            + " · \(step.title.resolve(language))"
        if let minutes = step.minutes {
            header += " · " + phrase("planned duration", ["duration": AnswerText.minutes(minutes, language: language)])
        }
        terminal.line(style.heading(terminal.wrap("━━ " + header + " ━━", indent: "   ", firstIndent: "")))
        if let guidance = step.guidance {
            terminal.line(style.italic(terminal.wrap(guidance.resolve(language), indent: "  ", firstIndent: "  ")))
        }
        if let text = step.text {
            if step.guidance != nil { terminal.line() }
            terminal.line(terminal.wrap(text.resolve(language)))
        }
    }

    /// Says once per step, at the first prompt after it happens, that the step ran past its plan.
    private func warnIfOvertime(_ time: StepTime) {
        guard !warnedOvertime.contains(time.step.id), let warning = overtimeWarning(time) else { return }
        warnedOvertime.insert(time.step.id)
        terminal.line(warning)
    }

    /// The overrun warning of a step past its planned minutes, or nil.
    private func overtimeWarning(_ time: StepTime) -> String? {
        guard time.isOverTime, let planned = time.step.minutes else { return nil }
        return style.warning("⚠ " + phrase("over time line", [
            "spent": AnswerText.minutes(time.spent / 60, language: language),
            "planned": AnswerText.minutes(planned, language: language),
        ]))
    }

    /// The step's clock for a prompt, spent against planned in whole minutes (`[12/40 min]`),
    /// marked past the plan; nil when the step has no planned minutes.
    private func clock(_ time: StepTime) -> String? {
        guard let planned = time.step.minutes else { return nil }
        let minutes = time.spent / 60
        // A store edited by hand may hold any number.
        let spent = minutes.isFinite && minutes >= 0 && minutes < 1e9 ? String(Int(minutes)) : "?"
        let text = "\(spent)/\(AnswerText.plain(.double(planned))) \(phrase("minutes"))"
        return time.isOverTime ? style.warning("[⚠ \(text)]") : style.dim("[\(text)]")
    }

    // MARK: One prompt

    private func ask(_ prompt: Prompt) throws -> Flow {
        let question = prompt.question
        var rejected: JSONValue?
        terminal.line()
        var title = style.bold(prompt.text(in: language))
        if !question.required { title += style.dim(" (\(phrase("optional")))") }
        if !question.tags.isEmpty { title += " " + style.accent("[\(question.tags.joined(separator: ", "))]") }
        terminal.line(terminal.wrap(title))
        showHints(prompt)
        while true {
            let read: Read
            switch question.kind {
            case .list: read = try readList(prompt)
            case .table: read = try readTable(prompt, rejected: rejected)
            default: read = try readScalar(prompt)
            }
            guard case .value(let value) = read else {
                if case .flow(let flow) = read { return flow }
                return .stay
            }
            switch try driver.perform(.answer(value)) {
            case .rejected(let problem):
                terminal.line(style.error("✗ \(problem.reason)"))
                rejected = value
            default:
                return .moved
            }
        }
    }

    /// The answer read, or what the user did instead.
    private enum Read {
        case value(JSONValue)
        case flow(Flow)
    }

    private func showHints(_ prompt: Prompt) {
        let question = prompt.question
        var hints: [String] = []
        switch question.kind {
        case .choice, .multi:
            for (index, option) in question.options.enumerated() {
                terminal.line(terminal.wrap("\(index + 1)) \(option.label.resolve(language))", indent: "      ",
                                            firstIndent: "  \(String(repeating: " ", count: index + 1 < 10 ? 1 : 0))"))
            }
            hints.append(phrase(question.kind == .choice ? "choice hint" : "multi hint"))
        case .yesno:
            hints.append(phrase("yesno hint"))
        case .number:
            if let bounds = boundsHint(question) { hints.append(bounds) }
            if let unit = question.unit { hints.append(unit.resolve(language)) }
        case .scale:
            let range = question.scaleRange
            let labels = question.labels.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.resolve(language))" }
            let points = "\(range.lowerBound)–\(range.upperBound)"
            hints.append(
                labels.isEmpty ? points : Phrases.label(points, language) + " " + labels.joined(separator: ", "))
        case .date:
            hints.append(phrase("date hint"))
            if let bounds = boundsHint(question) { hints.append(bounds) }
        case .list:
            hints.append(phrase("list hint"))
            if let bounds = boundsHint(question) { hints.append(bounds) }
        case .text, .table:
            break
        }
        if prompt.help != nil { hints.append(":help") }
        if let previous = prompt.previous ?? prompt.defaultValue, question.kind != .table && question.kind != .list {
            let key = prompt.previous != nil ? "previous" : "default"
            hints.append(Phrases.label(phrase(key), language) + " "
                         + AnswerText.scalar(previous, for: question, language: language))
        }
        if !hints.isEmpty {
            terminal.line(style.dim(terminal.wrap("(" + hints.joined(separator: " · ") + ")", indent: "   ",
                                                  firstIndent: "  ")))
        }
    }

    /// The bounds in force, `≥ 1, ≤ 12`: the prompt's question holds those its functions set now.
    private func boundsHint(_ question: Question) -> String? {
        let bounds = [question.min.map { "≥ \(AnswerText.plain($0))" },
                      question.max.map { "≤ \(AnswerText.plain($0))" }]
        let shown = bounds.compactMap { $0 }
        return shown.isEmpty ? nil : shown.joined(separator: ", ")
    }

    /// Reads lines until one is text, which it returns, or a command moves the run (back, skip,
    /// quit) or input ends, which it returns as `.flow`. Other commands run in between. Each line
    /// is read after the overrun warning, if it is due, and with the step's clock unless `clock`
    /// is false (a table's cells: their row shows it).
    private func readText(_ marker: String, prompt: Prompt, clock showClock: Bool = true) throws -> Typed {
        while true {
            let time = driver.time()
            warnIfOvertime(time)
            var line = marker
            if showClock, let clock = clock(time) {
                let indent = marker.prefix { $0 == " " }
                line = indent + clock + " " + marker.dropFirst(indent.count)
            }
            switch readInput(line) {
            case .end: return .flow(.quit)
            case .command(let name, let argument):
                if let flow = try command(name, argument, prompt: prompt) { return .flow(flow) }
            case .text(let text): return .text(text)
            }
        }
    }

    private enum Typed {
        case text(String)
        case flow(Flow)
    }

    private func readInput(_ marker: String) -> Input {
        guard let line = terminal.readLine(prompt: marker) else { return .end }
        if line.hasPrefix("::") { return .text(String(line.dropFirst())) }
        if line.hasPrefix(":") {
            let body = line.dropFirst()
            let name = body.prefix { !$0.isWhitespace }.lowercased()
            let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            return .command(name, argument)
        }
        return .text(line)
    }

    /// Runs a command typed at a prompt; returns nil when the prompt should read again.
    private func command(_ name: String, _ argument: String, prompt: Prompt) throws -> Flow? {
        switch name {
        case "help", "h", "?":
            if let help = prompt.help {
                terminal.line(style.italic(terminal.wrap(help.resolve(language), indent: "  ", firstIndent: "  ")))
            }
            else { terminal.line(style.dim("  " + phrase("no help"))) }
            terminal.line(style.dim("  " + phrase("commands heading")))
            for (command, key) in [(":back", "help.back"), (":skip", "help.skip"),
                                   (phrase("help.note.usage"), "help.note"),
                                   (":time", "help.time"), (":clear", "help.clear"), (":quit", "help.quit"),
                                   (":help", "help.help"), ("::", "help.colon")] {
                terminal.line(style.dim(
                    "    " + command.padding(toLength: 12, withPad: " ", startingAt: 0) + phrase(key)))
            }
            return nil
        case "back", "b":
            if try driver.perform(.back) == .wentBack { return .moved }
            terminal.line(style.dim("  " + phrase("first question")))
            return nil
        case "skip", "s":
            if case .rejected(let problem) = try driver.perform(.skip) {
                terminal.line(style.error("✗ \(problem.reason)"))
                return nil
            }
            terminal.line(style.dim("  ↷ " + phrase("skipped question")))
            return .moved
        case "note", "n":
            guard !argument.isEmpty else {
                terminal.line(style.error("✗ " + phrase("note needs text")))
                return nil
            }
            if case .rejected(let problem) = try driver.perform(.note(argument)) {
                terminal.line(style.error("✗ \(problem.reason)"))
                return nil
            }
            terminal.line(style.good("  ✓ " + phrase("note saved")))
            return nil
        case "time", "t":
            let step = prompt.step
            let time = driver.time()
            let spent = AnswerText.minutes(time.spent / 60, language: language)
            let total = AnswerText.minutes(time.total / 60, language: language)
            var arguments = ["number": "\(prompt.stepIndex + 1)", "spent": spent, "total": total]
            arguments["planned"] = step.minutes.map { AnswerText.minutes($0, language: language) }
            terminal.line(style.dim(
                "  " + phrase(step.minutes == nil ? "time line unplanned" : "time line", arguments)))
            if let warning = overtimeWarning(time) {
                warnedOvertime.insert(step.id)
                terminal.line(warning)
            }
            return nil
        case "clear", "c":
            guard driver.draft != nil else {
                terminal.line(style.dim("  " + phrase("no draft")))
                return nil
            }
            _ = try driver.perform(.draft(nil))
            terminal.line(style.dim("  " + phrase("draft cleared")))
            return .stay
        case "quit", "q", "exit":
            return .quit
        default:
            terminal.line(style.error("✗ " + phrase("unknown command", ["name": name])))
            return nil
        }
    }

    private func readScalar(_ prompt: Prompt) throws -> Read {
        while true {
            switch try readText("> ", prompt: prompt) {
            case .flow(let flow):
                return .flow(flow)
            case .text(let text):
                if text.trimmingCharacters(in: .whitespaces).isEmpty {
                    if let kept = prompt.previous ?? prompt.defaultValue { return .value(kept) }
                    if !prompt.question.required {
                        if let flow = try command("skip", "", prompt: prompt) { return .flow(flow) }
                        continue
                    }
                    if prompt.question.kind != .text {
                        terminal.line(style.error("✗ " + phrase("answer required")))
                        continue
                    }
                }
                switch AnswerParser.parse(text, for: prompt.question, language: language) {
                case .success(let value): return .value(value)
                case .failure(let rejection): terminal.line(style.error("✗ \(rejection.reason)"))
                }
            }
        }
    }

    /// Reads a list item by item. The items typed so far are the draft: committed on every
    /// line, shown and continued from when the prompt comes again (resumed, after `:back`, or
    /// after the list was refused).
    private func readList(_ prompt: Prompt) throws -> Read {
        var items = (driver.draft?.arrayValue ?? []).filter { $0.stringValue != nil }
        let kept = items.isEmpty ? (prompt.previous ?? prompt.defaultValue)?.arrayValue : nil
        if !items.isEmpty {
            terminal.line(style.dim("  " + Phrases.label(phrase("typed so far"), language)))
            for (index, item) in items.enumerated() {
                terminal.line(style.dim("  \(index + 1). " + ContentLimits.printable(AnswerText.plain(item))))
            }
        } else if let kept, !kept.isEmpty {
            let label = Phrases.label(phrase(prompt.previous != nil ? "previous" : "default"), language)
            terminal.line(style.dim("  \(label) " + kept.map(AnswerText.plain).joined(separator: "; ")))
        }
        while true {
            switch try readText("  \(items.count + 1). ", prompt: prompt) {
            case .flow(let flow):
                return .flow(flow)
            case .text(let text):
                let item = text.trimmingCharacters(in: .whitespaces)
                if item.isEmpty {
                    if items.isEmpty, let kept { return .value(.array(kept)) }
                    if items.isEmpty && !prompt.question.required, let flow = try command("skip", "", prompt: prompt) {
                        return .flow(flow)
                    }
                    return .value(.array(items))
                }
                items.append(.string(item))
                try keepDraft(.array(items))
            }
        }
    }

    /// Commits what was typed so far of the current answer; a refused draft is said, and the
    /// typing goes on.
    private func keepDraft(_ value: JSONValue) throws {
        if case .rejected(let problem) = try driver.perform(.draft(value)) {
            terminal.line(style.error("✗ \(problem.reason)"))
        }
    }

    /// Reads a table row by row, cell by cell. The rows typed so far are the draft (a row being
    /// typed holds the cells typed, `null` for an optional cell left empty; a row started with no
    /// cell yet is `{}`), committed on every line. When the prompt comes again, the complete rows
    /// of the draft are shown and the table goes on from its first incomplete row. After a refused
    /// table (`rejected`), its rows are asked again from the first, Enter keeping each refused
    /// value, and the draft is the refused table with the lines retyped so far in place.
    private func readTable(_ prompt: Prompt, rejected: JSONValue?) throws -> Read {
        let question = prompt.question
        let columns = question.columns.map(\.id)
        let fixed = question.rows
        func isComplete(_ row: [String: JSONValue]) -> Bool { columns.allSatisfy { row[$0] != nil } }
        func label(_ index: Int) -> String {
            question.rowName(index, language: language) ?? "\(phrase("row")) \(index + 1)"
        }
        func objects(_ value: JSONValue?) -> [[String: JSONValue]] {
            value?.arrayValue?.map { $0.objectValue ?? [:] } ?? []
        }
        /// Rows typed before, beyond the row being typed: the refused table's, or a draft's after
        /// its first incomplete row. Enter keeps their cells, and the draft keeps them.
        var typedLater = objects(rejected)
        let kept = objects(prompt.previous ?? prompt.defaultValue)
        var rows: [[String: JSONValue]] = []
        var current: [String: JSONValue] = [:]
        var started = false
        if rejected == nil, let draft = driver.draft?.arrayValue?.compactMap(\.objectValue), !draft.isEmpty {
            rows = Array(draft.prefix(while: isComplete))
            if rows.count < draft.count {
                current = draft[rows.count]
                started = true
                typedLater = Array(repeating: [:], count: rows.count + 1) + draft.dropFirst(rows.count + 1)
            }
            terminal.line(style.dim("  " + Phrases.label(phrase("typed so far"), language)))
            for (index, row) in rows.enumerated() {
                let cells = question.columns.compactMap { column in
                    row[column.id].flatMap { value in
                        value.isNull ? nil : Phrases.label(column.text.resolve(language), language) + " "
                            + ContentLimits.printable(AnswerText.scalar(value, for: column, language: language))
                    }
                }
                let line = ([label(index)] + cells).joined(separator: " · ")
                terminal.line(style.dim(terminal.wrap(line, indent: "      ", firstIndent: "  ")))
            }
        }
        func draft(with row: [String: JSONValue]?) -> JSONValue {
            var all = rows
            if let row {
                let before = rows.count < typedLater.count ? typedLater[rows.count] : [:]
                all.append(row.merging(before) { typed, _ in typed })
            }
            all += typedLater.dropFirst(all.count)
            return .array(all.map { .object($0) })
        }
        while true {
            let index = rows.count
            if let fixed, index >= fixed.count { break }
            if fixed == nil && !started && index > 0 {
                if let max = question.max?.intValue, index >= max { break }
                let minimum = question.min?.intValue ?? (question.required ? 1 : 0)
                if index >= minimum {
                    let more = try readYesNo(phrase("add row"), prompt: prompt,
                                             defaultValue: index < max(kept.count, typedLater.count))
                    guard case .value(let answer) = more else { return more }
                    if answer.boolValue != true { break }
                    try keepDraft(draft(with: [:]))
                }
            }
            terminal.line(style.accent("  \(label(index))") + (clock(driver.time()).map { " " + $0 } ?? ""))
            let keptRow = index < typedLater.count && !typedLater[index].isEmpty ? typedLater[index]
                : index < kept.count ? kept[index] : [:]
            for column in question.columns {
                if let typed = current[column.id] {
                    if !typed.isNull {
                        terminal.line(style.dim("    " + Phrases.label(column.text.resolve(language), language) + " "
                                                + ContentLimits.printable(
                                                    AnswerText.scalar(typed, for: column, language: language))))
                    }
                    continue
                }
                let keptValue = keptRow[column.id].flatMap { $0.isNull ? nil : $0 }
                switch try readCell(column, keptValue: keptValue, prompt: prompt) {
                case .flow(let flow):
                    return .flow(flow)
                case .value(let value):
                    current[column.id] = value
                    try keepDraft(draft(with: current))
                }
            }
            rows.append(current)
            current = [:]
            started = false
        }
        return .value(.array(rows.map { .object($0.filter { !$0.value.isNull }) }))
    }

    private func readCell(_ column: Question, keptValue: JSONValue?, prompt: Prompt) throws -> Read {
        var marker = "    \(column.text.resolve(language))"
        switch column.kind {
        case .choice, .multi:
            marker += " [" + column.options.enumerated()
                .map { "\($0.offset + 1) \($0.element.label.resolve(language))" }.joined(separator: ", ") + "]"
        case .yesno: marker += " (\(phrase("yesno hint")))"
        case .date: marker += " (\(phrase("date hint")))"
        case .scale: marker += " (\(column.scaleRange.lowerBound)–\(column.scaleRange.upperBound))"
        default: break
        }
        if !column.required { marker += style.dim(" (\(phrase("optional")))") }
        if let keptValue { marker += style.dim(" [\(AnswerText.scalar(keptValue, for: column, language: language))]") }
        marker += Phrases.labelSeparator(after: column.text.resolve(language), language) + " "
        while true {
            switch try readText(marker, prompt: prompt, clock: false) {
            case .flow(let flow):
                return .flow(flow)
            case .text(let text):
                if text.trimmingCharacters(in: .whitespaces).isEmpty {
                    if let keptValue { return .value(keptValue) }
                    if !column.required { return .value(.null) }
                    terminal.line(style.error("✗ " + phrase("answer required")))
                    continue
                }
                switch AnswerParser.parse(text, for: column, language: language) {
                case .failure(let rejection):
                    terminal.line(style.error("✗ \(rejection.reason)"))
                case .success(let value):
                    switch AnswerValidator.validate(value, for: column, language: language) {
                    case .success(let checked): return .value(checked)
                    case .failure(let rejection): terminal.line(style.error("✗ \(rejection.reason)"))
                    }
                }
            }
        }
    }

    private func readYesNo(_ question: String, prompt: Prompt, defaultValue: Bool) throws -> Read {
        let yesno = Question(id: "more", kind: .yesno, text: LocalizedText(question))
        while true {
            switch try readText("  \(question) (\(phrase("yesno hint"))) ", prompt: prompt) {
            case .flow(let flow):
                return .flow(flow)
            case .text(let text):
                if text.trimmingCharacters(in: .whitespaces).isEmpty { return .value(.bool(defaultValue)) }
                if case .success(let value) = AnswerParser.parse(text, for: yesno, language: language) {
                    return .value(value)
                }
                terminal.line(style.error("✗ " + phrase("yesno hint")))
            }
        }
    }

    // MARK: Before the tool

    /// Shows the module's case text and exercises, then waits for Enter.
    public func showCase(title: String, markdown: String?, exercises: [Exercise]) {
        terminal.line(style.heading(title))
        if let markdown {
            terminal.line()
            terminal.line(MarkdownTerminal.render(markdown, width: terminal.width, style: style))
        }
        for exercise in exercises {
            terminal.line()
            let minutes = exercise.minutes.map { " · \(AnswerText.minutes($0, language: language))" } ?? ""
            terminal.line(style.bold(exercise.title.resolve(language)) + style.dim(minutes))
            if let text = exercise.text { terminal.line(terminal.wrap(text.resolve(language))) }
            for (index, prompt) in exercise.prompts.enumerated() {
                terminal.line(terminal.wrap(prompt.resolve(language), indent: "     ", firstIndent: "  \(index + 1). "))
            }
        }
        terminal.line()
        _ = terminal.readLine(prompt: style.dim(phrase("press enter")) + " ")
    }

    /// Asks for a piece of session metadata (on a TTY, when not given on the command line).
    public func askMetadata(_ label: String) -> String? {
        let answer = terminal.readLine(
            prompt: style.bold(label) + Phrases.labelSeparator(after: label, language) + " ")?
            .trimmingCharacters(in: .whitespaces)
        return answer?.isEmpty == false ? answer : nil
    }
}
