/// `profint run`'s command line read without the argument parser, when it holds nothing but `run`,
/// at most one tool and `run`'s own long options. swift-argument-parser reads a command's options
/// by reflection, which makes the Swift runtime search all the program's protocol conformances
/// again and again: a third of a headless run's time (docs/performance.md). What is read here is
/// what the parser would read (RunLineTests compare the two over generated command lines, and
/// ``RunOption`` with the options the parser lists for `run`).
///
/// Anything else is left to the parser, which then reads it or says what is wrong as it always
/// did: help and `--version`, a short or unknown option, `--`, an option given twice that takes
/// one value, a value that starts with `-` or is not in its option's list, `--name=` with nothing
/// after `=`, a flag given a value, values that cannot go together (``RunArguments/problem``).
enum RunLine {
    /// The values of `words` (the command line after `profint`), or nil when the parser is to
    /// read them.
    static func read(_ words: [String]) -> RunArguments? {
        guard words.first == "run" else { return nil }
        var arguments = RunArguments()
        var formatGiven = false
        var index = 1
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.utf8.first == UInt8(ascii: "-") else {
                guard arguments.tool == nil else { return nil }
                arguments.tool = word
                continue
            }
            let (name, attached) = split(word)
            guard let option = RunOption(rawValue: name) else { return nil }
            if option.isFlag {
                guard attached == nil else { return nil }
                switch option {
                case .withCase where !arguments.withCase: arguments.withCase = true
                case .noStore where !arguments.noStore: arguments.noStore = true
                default: return nil
                }
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
            switch option {
            case .path: arguments.paths.append(value)
            case .input: arguments.inputs.append(value)
            case .participant: arguments.participants.append(value)
            case .lang where arguments.language == nil: arguments.language = value
            case .store where arguments.storePath == nil: arguments.storePath = value
            case .answers where arguments.answers == nil: arguments.answers = value
            case .resume where arguments.resume == nil: arguments.resume = value
            case .org where arguments.organisation == nil: arguments.organisation = value
            case .facilitator where arguments.facilitator == nil: arguments.facilitator = value
            case .wire where arguments.wire == nil:
                guard let wire = RunCommand.WireProtocol(rawValue: value) else { return nil }
                arguments.wire = wire
            case .format where !formatGiven:
                guard let format = RunCommand.ResultFormat(rawValue: value) else { return nil }
                arguments.format = format
                formatGiven = true
            default: return nil
            }
        }
        return arguments.problem == nil ? arguments : nil
    }

    /// `--name=value` as its name and value; any other word as itself and nil. The `=` is a
    /// whole character, as the parser finds it: one joined to a combining mark is no split.
    private static func split(_ word: String) -> (name: String, value: String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}

/// The long options ``RunLine`` reads: `run`'s, as ``RunCommand``, ``ContentOptions`` and
/// ``StoreOptions`` declare them for the argument parser.
enum RunOption: String, CaseIterable {
    case path = "--path", lang = "--lang", store = "--store", answers = "--answers", wire = "--protocol"
    case format = "--format", resume = "--resume", input = "--input", org = "--org"
    case facilitator = "--facilitator", participant = "--participant"
    case withCase = "--with-case", noStore = "--no-store"

    /// Whether the option is a flag, taking no value.
    var isFlag: Bool { self == .withCase || self == .noStore }

    /// Whether the option may be given more than once, each value kept in order.
    var isRepeatable: Bool { self == .path || self == .input || self == .participant }
}
