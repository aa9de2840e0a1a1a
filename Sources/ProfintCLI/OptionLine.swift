/// A long option of a command whose command line profint reads without the argument parser
/// (``OptionLine``): its name as typed (`--path`), and how the parser reads it.
protocol LineOption: RawRepresentable<String>, CaseIterable, Hashable {
    /// Whether the option is a flag, taking no value.
    var isFlag: Bool { get }
    /// Whether the option may be given more than once, each value kept in order.
    var isRepeatable: Bool { get }
}

/// A subcommand's command line split into its positional words and its long options, without
/// swift-argument-parser, as the parser splits it: the parser reads a command's options by
/// reflection, which makes the Swift runtime search all the program's protocol conformances
/// again and again, a third of a headless run's time (docs/performance.md).
///
/// Only what the parser would read the same way is split here: a line with a word starting with
/// `-` that is none of `Option`'s names (a short or unknown option, `-`, `--`), a non-repeatable
/// option or flag given twice, an option without its value, a value starting with `-`, `--name=`
/// with nothing after `=`, or a flag given a value is no `OptionLine` (nil), and is left to the
/// parser, which reads it or says what is wrong. The commands built on it (``RunLine``,
/// ``TestLine``) are tested against the parser over generated command lines.
struct OptionLine<Option: LineOption> {
    /// The words that are no option nor an option's value, in order.
    var positionals: [String] = []
    /// The flags given.
    var flags: Set<Option> = []
    /// Each option that takes a value, with its value, in order.
    var values: [(option: Option, value: String)] = []

    /// The line `words` (the command line after `profint`) when its first word is `command` and
    /// the rest is positional words and `Option`s the parser reads as split here.
    init?(_ words: [String], command: String) {
        guard words.first == command else { return nil }
        var given: Set<Option> = []
        var index = 1
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.utf8.first == UInt8(ascii: "-") else {
                positionals.append(word)
                continue
            }
            let (name, attached) = OptionLine.split(word)
            guard let option = Option(rawValue: name), option.isRepeatable || given.insert(option).inserted else {
                return nil
            }
            if option.isFlag {
                guard attached == nil else { return nil }
                flags.insert(option)
                continue
            }
            let value: String
            if let attached {
                // The parser reads `--name=` as `--name` with its value in the next word.
                guard !attached.isEmpty else { return nil }
                value = attached
            } else {
                guard index < words.count else { return nil }
                value = words[index]
                index += 1
            }
            guard value.utf8.first != UInt8(ascii: "-") else { return nil }
            values.append((option, value))
        }
    }

    /// `--name=value` as its name and value; any other word as itself and nil. The `=` is a
    /// whole character, as the parser finds it: one joined to a combining mark is no split.
    private static func split(_ word: String) -> (name: String, value: String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}
