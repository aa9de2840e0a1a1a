import Foundation
import ProfintModel

/// Reads a tool file's source for the answer paths its hooks read, `a["step.question"]`, and
/// the values they compare them with, `a["step.question"] == "option"`, so `check` finds a
/// misspelled path or option id even in a hook no test runs.
///
/// The answers are recognised by their conventional names: `a`, `answers` or `….answers`
/// (`s.answers` in step code), indexed by a string literal; a path built at run time
/// (`a["partners.for[" .. need .. "]"]`) is left to the session driver, which refuses a path
/// that is not the tool's when it is read.
struct HookScan {
    let paths: ReadablePaths
    /// The names of the tool's inputs, which hooks read as `ctx.inputs.NAME` (`s.inputs.NAME` in
    /// step code): a name the tool does not declare is always nil there.
    var inputs: [String] = []

    private static let receiver = #"(?:(?<![\w.])(?:a|answers)|\.answers)\s*\[\s*(["'])([^"'\n]*)\1\s*\]"#
    /// `a["p"]`, then optionally `== "v"` or `~= "v"`.
    private static let forward = try? NSRegularExpression(
        pattern: receiver + #"(?:\s*(==|~=)\s*(["'])([^"'\n]*)\4)?"#)
    /// `"v" == a["p"]`.
    private static let backward = try? NSRegularExpression(
        pattern: #"(["'])([^"'\n]*)\1\s*(==|~=)\s*"# + receiver.replacingOccurrences(of: #"\1"#, with: #"\4"#))
    /// `ctx.inputs.name`, `s.inputs.name`, `ctx.inputs["name"]`.
    private static let input = try? NSRegularExpression(
        pattern: #"(?<![\w.])(?:ctx|s)\s*\.\s*inputs\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(["'])([^"'\n]*)\2\s*\])"#)

    /// The problems of `source` (the text of `file` in `bundle`), each at its line.
    func problems(in source: String, file: String, bundle: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Split on scalars: "\r\n" is one Character, which a Character split would not cut.
        let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = HookScan.code(of: String(String.UnicodeScalarView(raw)))
            let at = SourceLocation(bundle: bundle, file: file, line: index + 1)
            let range = NSRange(line.startIndex..., in: line)
            if line.contains("inputs") { found += inputProblems(in: line, range: range, at: at) }
            guard line.contains("answers") || line.contains("a[") || line.contains("a [") else { continue }
            var reads: [(path: String, compared: String?)] = []
            for match in HookScan.forward?.matches(in: line, range: range) ?? [] {
                reads.append((HookScan.group(2, of: match, in: line) ?? "", HookScan.group(5, of: match, in: line)))
            }
            for match in HookScan.backward?.matches(in: line, range: range) ?? [] {
                reads.append((HookScan.group(5, of: match, in: line) ?? "", HookScan.group(2, of: match, in: line)))
            }
            for read in reads {
                if let problem = paths.problem(reading: read.path) {
                    found.append(.error("a[\"\(read.path)\"]: \(problem)", at: at))
                } else if let value = read.compared, let problem = comparison(of: read.path, with: value) {
                    found.append(.error(problem, at: at))
                }
            }
        }
        return found
    }

    /// The inputs `line` reads that the tool does not declare (a warning: the hook reads nil).
    private func inputProblems(in line: String, range: NSRange, at location: SourceLocation) -> [Diagnostic] {
        (HookScan.input?.matches(in: line, range: range) ?? []).compactMap { match in
            guard let name = HookScan.group(1, of: match, in: line) ?? HookScan.group(3, of: match, in: line),
                  !inputs.contains(name) else { return nil }
            let read = "inputs.\(name)"
            if inputs.isEmpty {
                return .warning("\(read): the tool declares no inputs, so this is always nil "
                                + "(declare it: inputs = { \(name) = { tool = 'module/tool' } })", at: location)
            }
            let hint = NameSuggestion.didYouMean(name, among: inputs).map { "; \($0)" } ?? ""
            return .warning("\(read): the tool declares no input '\(name)', so this is always nil\(hint) "
                            + "(inputs: \(inputs.joined(separator: ", ")))", at: location)
        }
    }

    /// Why comparing the answer at `path` with the string `value` is never true, or nil.
    private func comparison(of path: String, with value: String) -> String? {
        guard let question = paths.question(path) else { return nil }
        let subject = "a[\"\(path)\"] compared with \"\(value)\""
        switch question.kind {
        case .choice:
            guard question.option(value) == nil else { return nil }
            let ids = question.options.map(\.id)
            let hint = NameSuggestion.didYouMean(value, among: ids).map { "; \($0)" } ?? ""
            return "\(subject): '\(value)' is not an option of \(path)\(hint) (options: \(ids.joined(separator: ", ")))"
        case .yesno:
            return "\(subject): a yesno answer is true or false, never a string: compare with true or false"
        case .number, .scale:
            return "\(subject): the answer is a number, never a string: compare with a number"
        case .multi, .list, .table:
            return "\(subject): the answer is a list, never equal to a string: look for the item in the list"
        case .text, .date:
            return nil
        }
    }

    /// A line without its `--` comment (quotes are followed, so "--" inside a string stays).
    static func code(of line: String) -> String {
        var quote: Character?
        var previous: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open && previous != "\\" { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "-" && previous == "-" {
                return String(line[..<line.index(before: index)])
            }
            previous = previous == "\\" && character == "\\" ? nil : character
            index = line.index(after: index)
        }
        return line
    }

    private static func group(_ number: Int, of match: NSTextCheckingResult, in line: String) -> String? {
        guard number < match.numberOfRanges, let range = Range(match.range(at: number), in: line) else { return nil }
        return String(line[range])
    }
}
