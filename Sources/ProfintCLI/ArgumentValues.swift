import ArgumentParser

/// An option whose values are the raw values of an enumeration's cases (`--format md|json`),
/// listed by the argument parser in help, completions and errors.
///
/// The list is spelled out here: the parser's own default reads it through a key path
/// (`\.rawValue.defaultValueDescription`), which the Swift runtime instantiates at every start
/// by searching all the program's protocol conformances, twice for each such type (with the exit
/// codes' help text, built by a loop for the same reason: 0.8 million instructions of a headless
/// run; docs/performance-notes.md).
protocol ArgumentValues: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension ArgumentValues {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
}
