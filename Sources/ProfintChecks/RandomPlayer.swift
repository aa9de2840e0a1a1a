import Foundation
import ProfintEngine
import ProfintModel

/// What the player does at a prompt, and whether an answer is meant to be refused.
public enum PlayerMove: Sendable {
    case answer(JSONValue, meantInvalid: Bool)
    case skip
    case back
    case note(String)
    case time
    /// Keep what was typed so far: part of a valid answer, or any value (a draft is not checked
    /// as an answer), now and then with a control character that must be refused.
    case draft(JSONValue)
}

/// Draws a move for a prompt from its kind, options and bounds: a valid answer most of the
/// time, sometimes an invalid one on purpose (wrong type, out of range, an option not offered),
/// sometimes `back`, `skip`, a note, `time` or a draft. A prompt's question holds the bounds in force, so
/// the answers follow bounds that are functions of the answers. Used by `profint test --random`
/// and by the test suite's random sessions; whatever a tool declares, it never traps (huge or
/// crossed bounds are clamped to the content limits).
public struct RandomPlayer {
    public var random: SeededGenerator

    public init(random: SeededGenerator) { self.random = random }

    private static let words = [
        "housing", "health", "work", "school", "language", "Caritas", "ASP", "mairie", "réseau", "école",
        "café", "Ünïcode", "数据", "🙂", "O'Brien", "a \"quote\"", "tab\there", "new\nline", "<b>bold</b>",
        "# title", "| pipe |", "\u{1B}[31mred", "back\\slash", "x",
    ]

    public mutating func move(for prompt: Prompt) -> PlayerMove {
        let roll = Double.random(in: 0..<1, using: &random)
        switch roll {
        case ..<0.06: return .back
        case ..<0.11: return .skip
        case ..<0.14: return .note(text(words: 1...6))
        case ..<0.15: return .time
        case ..<0.17:
            let value = valid(for: prompt.question)
            if let items = value.arrayValue {
                return .draft(.array(Array(items.prefix(Int.random(in: 0...items.count, using: &random)))))
            }
            return .draft(value)
        case ..<0.29:
            if let wrong = invalid(for: prompt.question) { return .answer(wrong, meantInvalid: true) }
            return .answer(valid(for: prompt.question), meantInvalid: false)
        default:
            return .answer(valid(for: prompt.question), meantInvalid: false)
        }
    }

    // MARK: Valid answers

    public mutating func valid(for question: Question) -> JSONValue {
        switch question.kind {
        case .text: return .string(validText(question))
        case .choice: return .string(question.options.randomElement(using: &random)?.id ?? "")
        case .multi:
            let range = countRange(question, available: question.options.count)
            let count = Int.random(in: range, using: &random)
            return .array(question.options.shuffled(using: &random).prefix(count).map { .string($0.id) })
        case .yesno: return .bool(Bool.random(using: &random))
        case .number: return validNumber(question)
        case .scale: return .int(Int64.random(in: question.scaleRange, using: &random))
        case .date: return .string(validDate(question))
        case .list:
            let count = Int.random(in: countRange(question, available: 6), using: &random)
            return .array(repeatingNowAndThen(distinctItems(count).map(JSONValue.string)))
        case .table:
            let rows = validRows(question)
            return .array(question.rows == nil ? repeatingNowAndThen(rows) : rows)
        }
    }

    /// The counts a list, multi or growing table accepts, at most `available` (and never more
    /// than an answer may hold).
    private func countRange(_ question: Question, available: Int) -> ClosedRange<Int> {
        let low = RandomPlayer.clamp(question.min?.intValue ?? (question.required ? 1 : 0), ContentLimits.answerItems)
        let high = max(low,
                       min(RandomPlayer.clamp(question.max?.intValue ?? Int64(available), ContentLimits.answerItems),
                           max(available, low)))
        return low...high
    }

    /// `value` within 0...limit, as an Int.
    static func clamp(_ value: Int64, _ limit: Int) -> Int { Int(Swift.min(Swift.max(value, 0), Int64(limit))) }

    /// A bound as a whole number safe to compute with (bounds beyond ±10^15 are taken as that).
    static func whole(_ value: Double) -> Int64 { Int64(Swift.min(Swift.max(value, -1e15), 1e15)) }

    private mutating func validText(_ question: Question) -> String {
        let low = RandomPlayer.clamp(question.min?.intValue ?? 1, ContentLimits.answerCharacters)
        let high = question.max?.intValue.map { RandomPlayer.clamp($0, ContentLimits.answerCharacters) }
        var result = text(words: 1...8)
        while result.count < max(low, 1) { result += " " + text(words: 1...3) }
        if let high, result.count > high { result = String(result.prefix(high)) }
        if result.allSatisfy(\.isWhitespace) { result = String("answer".prefix(max(high ?? 6, 1))) }
        return result
    }

    private mutating func validNumber(_ question: Question) -> JSONValue {
        let low = Swift.min(Swift.max(question.min?.doubleValue ?? 0, -1e15), 1e15)
        let high = Swift.min(Swift.max(question.max?.doubleValue ?? low + 200, -1e15), 1e15)
        if question.integer {
            let lower = RandomPlayer.whole(low.rounded(.up)), upper = RandomPlayer.whole(high.rounded(.down))
            return .int(lower <= upper ? Int64.random(in: lower...upper, using: &random) : lower)
        }
        let value = (Double.random(in: low...max(low, high), using: &random) * 100).rounded(.down) / 100
        return .double(Swift.min(Swift.max(value, low), high))
    }

    private mutating func validDate(_ question: Question) -> String {
        let low = question.min?.stringValue.flatMap(ISODate.init).map { ($0.year, $0.month, $0.day) } ?? (2020, 1, 1)
        let high = question.max?.stringValue.flatMap(ISODate.init).map { ($0.year, $0.month, $0.day) } ?? (2030, 12, 31)
        for _ in 0..<20 {
            let year = Int.random(in: low.0...max(low.0, high.0), using: &random)
            let candidate = String(format: "%04d-%02d-%02d", year, Int.random(in: 1...12, using: &random),
                                   Int.random(in: 1...28, using: &random))
            if let date = ISODate(candidate), let min = ISODate(String(format: "%04d-%02d-%02d", low.0, low.1, low.2)),
               let max = ISODate(String(format: "%04d-%02d-%02d", high.0, high.1, high.2)), min <= date, date <= max {
                return candidate
            }
        }
        return String(format: "%04d-%02d-%02d", low.0, low.1, low.2)
    }

    private mutating func validRows(_ question: Question) -> [JSONValue] {
        let count = question.rows?.count ?? Int.random(in: countRange(question, available: 4), using: &random)
        return (0..<count).map { _ in
            var cells: [String: JSONValue] = [:]
            for column in question.columns where column.required || random.chance(0.6) {
                cells[column.id] = valid(for: column)
            }
            return .object(cells)
        }
    }

    /// Now and then (one time in 25), the first item again in place of the last, as a trainer
    /// who types a need twice: the kind and the bounds accept it, a tool's constraint may not.
    private mutating func repeatingNowAndThen(_ items: [JSONValue]) -> [JSONValue] {
        guard items.count >= 2, let first = items.first, random.chance(0.04) else { return items }
        return items.dropLast() + [first]
    }

    /// `count` different items without square brackets, as list answers that name things are.
    private mutating func distinctItems(_ count: Int) -> [String] {
        var items: [String] = []
        while items.count < count {
            let item = text(words: 1...3).trimmingCharacters(in: .whitespacesAndNewlines)
            if !item.isEmpty && !items.contains(item) { items.append(item) }
        }
        return items
    }

    /// A few words, now and then with characters that must survive the trip (quotes, tabs,
    /// escapes, emoji).
    public mutating func text(words count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in
            random.chance(0.85)
                ? "w\(Int.random(in: 1...40, using: &random))" : RandomPlayer.words.randomElement(using: &random) ?? "x"
        }.joined(separator: " ")
    }

    // MARK: Invalid answers

    /// An answer the question's kind or bounds must refuse, or nil when the roll found none.
    public mutating func invalid(for question: Question) -> JSONValue? {
        var candidates: [JSONValue] = [.object(["stray": .bool(true)])]
        switch question.kind {
        case .text:
            candidates += [.int(42), .array([.string("a")])]
            if question.required { candidates.append(.string("   ")) }
            if let max = question.max?.intValue, max >= 0, max < ContentLimits.answerCharacters {
                candidates.append(.string(String(repeating: "z", count: Int(max) + 1)))
            }
        case .choice:
            candidates += [.string("not-an-option"), .int(1), .array([])]
        case .multi:
            candidates += [.string(question.options.first?.id ?? "x"), .array([.string("not-an-option")]),
                           .array([.int(3)])]
            if let first = question.options.first?.id { candidates.append(.array([.string(first), .string(first)])) }
            if let max = question.max?.intValue, max >= 0, max < Int64(question.options.count) {
                candidates.append(.array(question.options.prefix(Int(max) + 1).map { .string($0.id) }))
            }
        case .yesno:
            candidates += [.string("yes"), .int(1)]
        case .number:
            candidates += [.string("12"), .bool(true)]
            if let max = question.max?.doubleValue { candidates.append(.double(max + 1)) }
            if let min = question.min?.doubleValue { candidates.append(.double(min - 1)) }
            if question.integer { candidates.append(.double((question.min?.doubleValue ?? 0) + 0.5)) }
        case .scale:
            candidates += [.int(question.scaleRange.upperBound &+ 1), .int(question.scaleRange.lowerBound &- 1),
                           .double(2.5)]
        case .date:
            candidates += [.string("2021-02-30"), .string("21-3-4"), .string("tomorrow"), .int(20210304)]
        case .list:
            candidates += [.string("one item"), .array([.string("ok"), .string("  ")]), .array([.int(7)])]
            if let max = question.max?.intValue, max >= 0, max < ContentLimits.answerItems {
                candidates.append(.array(distinctItems(Int(max) + 1).map(JSONValue.string)))
            }
        case .table:
            candidates += [.string("a row"), .array([.string("not a row")])]
            candidates.append(.array([.object(["no-such-column": .string("x")])]))
            if let rows = question.rows {
                candidates.append(.array(Array(repeating: .object([:]), count: rows.count + 1)))
            }
        }
        return candidates.randomElement(using: &random)
    }
}
