import CEditLine
import Foundation
import ProfintModel

/// The terminal a trainer works at: line input (with line editing and history through libedit
/// on a TTY, plain lines from a pipe), output, its width, and whether to use colours (on a TTY
/// only, never with `NO_COLOR`).
public final class Terminal {
    public let isInteractive: Bool
    public let style: TerminalStyle
    public let width: Int
    private let useLineEditor: Bool
    /// A scripted terminal's input and output (tests, other hosts); nil for the process's own.
    private let scriptedInput: (() -> String?)?
    private let scriptedOutput: ((String) -> Void)?

    /// A terminal that reads `input` line by line and hands what it writes to `output`: the
    /// terminal front end driven in process, as a pipe would drive it (no colours, no editor).
    public init(input: @escaping () -> String?, output: @escaping (String) -> Void, width: Int = 80) {
        isInteractive = false
        useLineEditor = false
        style = TerminalStyle(enabled: false)
        self.width = max(40, width)
        scriptedInput = input
        scriptedOutput = output
    }

    public init(environment: [String: String] = ProcessEnvironment.variables("TERM", "NO_COLOR", "COLUMNS")) {
        scriptedInput = nil
        scriptedOutput = nil
        let inputIsTTY = isatty(STDIN_FILENO) != 0
        let outputIsTTY = isatty(STDOUT_FILENO) != 0
        isInteractive = inputIsTTY && outputIsTTY
        useLineEditor = isInteractive && environment["TERM"] != "dumb"
        style = TerminalStyle(enabled: outputIsTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
        width = Terminal.columns(environment: environment)
        if useLineEditor {
            Terminal.useUTF8Input()
            using_history()
        }
    }

    /// libedit reads characters in the C library's locale: in the default "C" locale it drops
    /// every byte of "é". Take the user's locale, and a UTF-8 one when theirs is not.
    private static func useUTF8Input() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        let upper = chosen.uppercased()
        if !upper.contains("UTF-8") && !upper.contains("UTF8") {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// The terminal's width: from the TTY, else `COLUMNS`, else 80; at least 40.
    static func columns(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(40, Int(size.ws_col)) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return max(40, columns) }
        return 80
    }

    public func write(_ text: String) {
        if let scriptedOutput { return scriptedOutput(text) }
        StandardStream.output.write(text)
    }

    public func line(_ text: String = "") { write(text + "\n") }

    /// Reads a line after showing `prompt`; nil at end of input, and after Ctrl-C (the line
    /// being typed then is dropped, see ``InputInterrupt``). On a TTY the line can be edited
    /// and is kept in the history.
    public func readLine(prompt: String) -> String? {
        if scriptedInput == nil && InputInterrupt.happened { return nil }
        if useLineEditor {
            guard let raw = CEditLine.readline(Terminal.markingEscapes(prompt)) else { return nil }
            defer { free(raw) }
            if InputInterrupt.happened { return nil }
            let text = String(cString: raw)
            if !text.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
            return text
        }
        write(prompt)
        guard let text = scriptedInput.map({ $0() }) ?? Swift.readLine(strippingNewline: true) else { return nil }
        if scriptedInput == nil && InputInterrupt.happened { return nil }
        if !isInteractive { write(text + "\n") }
        return text
    }

    /// The prompt for the line editor: each escape sequence (a colour) between the markers that
    /// tell readline it takes no room on screen (`\u{1}` and `\u{2}`), so that libedit passes
    /// it to the terminal instead of printing its characters.
    static func markingEscapes(_ prompt: String) -> String {
        var out = String.UnicodeScalarView()
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" && !inEscape {
                inEscape = true
                out.append("\u{1}")
            }
            out.append(scalar)
            if inEscape && scalar.properties.isAlphabetic {
                inEscape = false
                out.append("\u{2}")
            }
        }
        return String(out)
    }

    /// Wraps text to the terminal's width, keeping `indent` before every line.
    public func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextWrap.wrap(text, width: width, indent: indent, firstIndent: firstIndent ?? indent)
    }
}

/// ANSI styles, or nothing when colours are off.
public struct TerminalStyle {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    private func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func bold(_ text: String) -> String { wrap("1", text) }
    public func dim(_ text: String) -> String { wrap("2", text) }
    public func italic(_ text: String) -> String { wrap("3", text) }
    public func underline(_ text: String) -> String { wrap("4", text) }
    public func heading(_ text: String) -> String { wrap("1;36", text) }
    public func accent(_ text: String) -> String { wrap("36", text) }
    public func good(_ text: String) -> String { wrap("32", text) }
    public func warning(_ text: String) -> String { wrap("1;33", text) }
    public func error(_ text: String) -> String { wrap("1;31", text) }
}

/// Word wrapping that counts characters, not bytes, and never leaves French punctuation (`?`,
/// `!`, `:`, `;`, `»`, written after a space) alone at the start of a line, or `«` at the end.
public enum TextWrap {
    /// The words of a line, with each lone French mark joined to its neighbour by a no-break space.
    static func unbreakable(_ words: [String]) -> [String] {
        var joined: [String] = []
        var openQuote = false
        for word in words {
            if ["?", "!", ":", ";", "»"].contains(word), let last = joined.popLast() {
                joined.append(last + "\u{00A0}" + word)
            } else if openQuote, let last = joined.popLast() {
                joined.append(last + "\u{00A0}" + word)
            } else {
                joined.append(word)
            }
            openQuote = word == "«"
        }
        return joined
    }

    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String = "") -> String {
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n") {
            var current = lines.isEmpty ? firstIndent : indent
            var currentWidth = current.count
            var empty = true
            for word in unbreakable(paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)) {
                if !empty && currentWidth + 1 + word.count > width {
                    lines.append(current)
                    current = indent
                    currentWidth = indent.count
                    empty = true
                }
                if !empty {
                    current += " "
                    currentWidth += 1
                }
                current += word
                currentWidth += word.count
                empty = false
            }
            lines.append(empty ? "" : current)  // a blank line between paragraphs carries no indent
        }
        return lines.joined(separator: "\n")
    }
}
