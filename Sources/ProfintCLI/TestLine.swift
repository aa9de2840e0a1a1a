/// `profint test`'s command line read without the argument parser (``OptionLine``), when it runs
/// test cases: `test`, the paths to test and the long options below. What is read here is what
/// the parser would read (TestLineTests compare the two over generated command lines, and
/// ``TestOption`` with the options the parser lists for `test`).
///
/// Anything else is left to the parser: help, `--random` and the options that go with it, what
/// ``OptionLine`` leaves to it, a `--jobs` that is not a number, 1 or more.
enum TestLine {
    /// The values of `words` (the command line after `profint`), or nil when the parser is to
    /// read them.
    static func read(_ words: [String]) -> TestArguments? {
        guard let line = OptionLine<TestOption>(words, command: "test") else { return nil }
        var arguments = TestArguments()
        arguments.paths = line.positionals
        for (option, value) in line.values {
            switch option {
            case .path: arguments.contentPaths.append(value)
            case .lang: arguments.language = value
            case .jobs:
                // The parser reads a number as Int's initializer does: "+3" and "03" are 3.
                guard let jobs = Int(value) else { return nil }
                arguments.jobs = jobs
            }
        }
        return arguments.problem == nil ? arguments : nil
    }
}

/// The long options ``TestLine`` reads: those of `test` that go with test cases, as
/// ``TestCommand`` and ``ContentOptions`` declare them for the argument parser.
enum TestOption: String, LineOption {
    case path = "--path", lang = "--lang", jobs = "--jobs"

    var isFlag: Bool { false }

    var isRepeatable: Bool { self == .path }

    /// `test`'s options left to the parser: those of `--random`.
    static let leftToParser: Set<String> = ["--random", "--seed", "--format"]
}
