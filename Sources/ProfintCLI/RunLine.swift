/// `profint run`'s command line read without the argument parser (``OptionLine``), when it holds
/// nothing but `run`, at most one tool and `run`'s own long options. What is read here is what
/// the parser would read (RunLineTests compare the two over generated command lines, and
/// ``RunOption`` with the options the parser lists for `run`).
///
/// Anything else is left to the parser, which then reads it or says what is wrong as it always
/// did: help and `--version`, what ``OptionLine`` leaves to it, a second tool, a value not in its
/// option's list, values that cannot go together (``RunArguments/problem``).
enum RunLine {
    /// The values of `words` (the command line after `profint`), or nil when the parser is to
    /// read them.
    static func read(_ words: [String]) -> RunArguments? {
        guard let line = OptionLine<RunOption>(words, command: "run"), line.positionals.count <= 1 else { return nil }
        var arguments = RunArguments()
        arguments.tool = line.positionals.first
        arguments.withCase = line.flags.contains(.withCase)
        arguments.noStore = line.flags.contains(.noStore)
        for (option, value) in line.values {
            switch option {
            case .path: arguments.paths.append(value)
            case .input: arguments.inputs.append(value)
            case .participant: arguments.participants.append(value)
            case .lang: arguments.language = value
            case .store: arguments.storePath = value
            case .answers: arguments.answers = value
            case .resume: arguments.resume = value
            case .org: arguments.organisation = value
            case .facilitator: arguments.facilitator = value
            case .wire:
                guard let wire = RunCommand.WireProtocol(rawValue: value) else { return nil }
                arguments.wire = wire
            case .format:
                guard let format = RunCommand.ResultFormat(rawValue: value) else { return nil }
                arguments.format = format
            case .withCase, .noStore: break   // flags: in line.flags, never in line.values
            }
        }
        return arguments.problem == nil ? arguments : nil
    }
}

/// The long options ``RunLine`` reads: `run`'s, as ``RunCommand``, ``ContentOptions`` and
/// ``StoreOptions`` declare them for the argument parser.
enum RunOption: String, LineOption {
    case path = "--path", lang = "--lang", store = "--store", answers = "--answers", wire = "--protocol"
    case format = "--format", resume = "--resume", input = "--input", org = "--org"
    case facilitator = "--facilitator", participant = "--participant"
    case withCase = "--with-case", noStore = "--no-store"

    var isFlag: Bool { self == .withCase || self == .noStore }

    var isRepeatable: Bool { self == .path || self == .input || self == .participant }
}
