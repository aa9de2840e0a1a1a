import Foundation

/// A PO header's `Plural-Forms: nplurals=N; plural=EXPRESSION;`: how many plural forms a language
/// has and which one a count takes. The expression is gettext's subset of C over `n`: integers,
/// `! * / % + - < <= > >= == != && ||`, `?:` and parentheses.
///
/// French: `nplurals=2; plural=(n > 1);` (0 and 1 take the singular); English
/// `nplurals=2; plural=(n != 1);`; Polish needs three forms.
public struct PluralForms: Equatable, Sendable, CustomStringConvertible {
    /// How many forms a plural message has in this language.
    public let count: Int
    /// The expression as written.
    public let expression: String
    private let tree: PluralExpression

    /// English's rule (also the fallback when a catalog says nothing).
    public static let germanic = PluralForms(count: 2, expression: "n != 1", tree: .binary("!=", .n, .number(1)))

    /// Parses the header field's value.
    /// - Throws: `PluralFormsError` saying what is wrong.
    public init(parsing text: String) throws {
        var nplurals: Int?
        var plural: String?
        for part in text.split(separator: ";") {
            let item = String(part).trimmingSpacesAndLineBreaks
            if item.isEmpty { continue }
            guard let equals = item.firstIndex(of: "=") else {
                throw PluralFormsError("'\(item)' is not `name=value`; write `nplurals=2; plural=(n != 1);`")
            }
            let name = String(item[..<equals]).trimmingSpaces
            let value = String(item[item.index(after: equals)...]).trimmingSpaces
            switch name {
            case "nplurals":
                guard let number = Int(value), (1...6).contains(number) else {
                    throw PluralFormsError("nplurals must be a whole number from 1 to 6, got '\(value)'")
                }
                nplurals = number
            case "plural": plural = value
            default: throw PluralFormsError("unknown Plural-Forms item '\(name)': only nplurals and plural")
            }
        }
        guard let nplurals else { throw PluralFormsError("Plural-Forms has no nplurals=N") }
        guard let plural, !plural.isEmpty else { throw PluralFormsError("Plural-Forms has no plural=EXPRESSION") }
        var parser = PluralParser(plural)
        self.init(count: nplurals, expression: plural, tree: try parser.parseAll())
    }

    private init(count: Int, expression: String, tree: PluralExpression) {
        self.count = count
        self.expression = expression
        self.tree = tree
    }

    /// The index of the form `n` takes, from 0 to `count - 1` (a value out of range gives 0).
    public func form(for n: Int) -> Int {
        let value = tree.evaluate(n)
        return (0..<count).contains(value) ? value : 0
    }

    public var description: String { "nplurals=\(count); plural=\(expression);" }

    public static func == (lhs: PluralForms, rhs: PluralForms) -> Bool {
        lhs.count == rhs.count && lhs.expression == rhs.expression
    }
}

/// A `Plural-Forms` value that cannot be read.
public struct PluralFormsError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A parsed plural expression.
private indirect enum PluralExpression: Sendable {
    case n
    case number(Int)
    case not(PluralExpression)
    case negate(PluralExpression)
    case binary(String, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    func evaluate(_ n: Int) -> Int {
        switch self {
        case .n: return n
        case .number(let value): return value
        case .not(let operand): return operand.evaluate(n) == 0 ? 1 : 0
        case .negate(let operand): return 0 &- operand.evaluate(n)
        case .conditional(let test, let then, let otherwise):
            return test.evaluate(n) != 0 ? then.evaluate(n) : otherwise.evaluate(n)
        case .binary(let op, let left, let right):
            let a = left.evaluate(n)
            if op == "&&" { return a != 0 && right.evaluate(n) != 0 ? 1 : 0 }
            if op == "||" { return a != 0 || right.evaluate(n) != 0 ? 1 : 0 }
            let b = right.evaluate(n)
            switch op {
            case "*": return a &* b
            // Int.min / -1 overflows: wrapped, as the other operators are, never a trap.
            case "/": return b == 0 ? 0 : a.dividedReportingOverflow(by: b).partialValue
            case "%": return b == 0 ? 0 : a.remainderReportingOverflow(dividingBy: b).partialValue
            case "+": return a &+ b
            case "-": return a &- b
            case "<": return a < b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "==": return a == b ? 1 : 0
            default: return a != b ? 1 : 0
            }
        }
    }
}

/// A recursive-descent parser of the expression, with C's precedence. Nesting is capped, and so
/// is the length (a chain `n+n+n+…` nests the tree without parentheses), so a hostile header
/// cannot exhaust the stack when the tree is evaluated or freed.
private struct PluralParser {
    let text: String
    var scalars: [Unicode.Scalar]
    var position = 0
    var depth = 0
    static let maximumDepth = 64
    /// Real rules are under 200 characters (Arabic's, the longest, about 150).
    static let maximumLength = 1_000

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    mutating func parseAll() throws -> PluralExpression {
        guard scalars.count <= Self.maximumLength else {
            throw PluralFormsError("plural expression of \(scalars.count) characters; at most \(Self.maximumLength)")
        }
        let tree = try conditional()
        skipSpaces()
        guard position == scalars.count else { throw problem("unexpected '\(Character(scalars[position]))'") }
        return tree
    }

    func problem(_ what: String) -> PluralFormsError {
        PluralFormsError("plural expression '\(text)': \(what) at character \(position + 1)")
    }

    mutating func skipSpaces() {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
    }

    /// Takes `symbol` if it comes next (and, for `!` `<` `>`, is not the start of a longer one).
    mutating func take(_ symbol: String) -> Bool {
        skipSpaces()
        let wanted = Array(symbol.unicodeScalars)
        guard position + wanted.count <= scalars.count, Array(scalars[position..<position + wanted.count]) == wanted
        else { return false }
        if ["!", "<", ">", "="].contains(symbol), position + 1 < scalars.count, scalars[position + 1] == "=" {
            return false
        }
        position += wanted.count
        return true
    }

    mutating func nested<T>(_ body: (inout PluralParser) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw problem("nested too deeply") }
        return try body(&self)
    }

    mutating func conditional() throws -> PluralExpression {
        try nested { parser in
            let test = try parser.binary(level: 0)
            guard parser.take("?") else { return test }
            let then = try parser.conditional()
            guard parser.take(":") else { throw parser.problem("expected ':' of '?:'") }
            return .conditional(test, then, try parser.conditional())
        }
    }

    static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]]

    mutating func binary(level: Int) throws -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while let op = Self.levels[level].first(where: { take($0) }) {
            left = .binary(op, left, try binary(level: level + 1))
        }
        return left
    }

    mutating func unary() throws -> PluralExpression {
        try nested { parser in
            if parser.take("!") { return .not(try parser.unary()) }
            if parser.take("-") { return .negate(try parser.unary()) }
            return try parser.primary()
        }
    }

    mutating func primary() throws -> PluralExpression {
        skipSpaces()
        guard position < scalars.count else { throw problem("the expression ends too early") }
        if take("(") {
            let inner = try conditional()
            guard take(")") else { throw problem("expected ')'") }
            return inner
        }
        if scalars[position] == "n" {
            position += 1
            return .n
        }
        var digits = ""
        while position < scalars.count, ("0"..."9").contains(scalars[position]), digits.count < 9 {
            digits.unicodeScalars.append(scalars[position])
            position += 1
        }
        guard let value = Int(digits) else { throw problem("expected n, a number or '('") }
        return .number(value)
    }
}
