import ArgumentParser
import Foundation
import ProfintChecks
@testable import ProfintCLI
import Testing

/// `profint run`'s command line read without the argument parser (``RunLine``) gives the values the
/// parser gives, or leaves the command line to the parser.
@Suite("The run command line read without the parser")
struct RunLineTests {
    /// The values the argument parser reads from `words`, or nil when it refuses them (or they
    /// are not `run`).
    private func parsed(_ words: [String]) -> RunArguments? {
        (try? ProfintCommand.parseAsRoot(words) as? RunCommand)?.arguments
    }

    @Test func theUsualCommandLinesAreReadAsTheParserReadsThem() {
        let lines: [[String]] = [
            ["run", "networks/partner-map", "--answers", "answers.yaml", "--no-store"],
            ["run", "networks/partner-map", "--protocol", "jsonl", "--store", "s.sqlite"],
            ["run", "--resume", "20261129-0942-7f3a", "--store=s.sqlite", "--protocol=jsonl"],
            ["run", "--lang", "fr", "accompaniment/plan-wt2", "--input", "plan=20261129-0942-7f3a",
             "--org", "Tikitut", "--facilitator", "Ana", "--participant", "B", "--participant", "C", "--with-case"],
            ["run", "networks/partner-map", "--answers", "a.yaml", "--format", "json", "--path", "plugins",
             "--path", "more", "--no-store"],
            ["run"],
        ]
        for words in lines {
            let read = RunLine.read(words)
            #expect(read != nil, "\(words)")
            #expect(read == parsed(words), "\(words)")
        }
        let read = RunLine.read(lines[3])
        #expect(read?.participants == ["B", "C"])
        #expect(read?.inputs == ["plan=20261129-0942-7f3a"])
        #expect(read?.withCase == true && read?.noStore == false)
    }

    @Test func whatTheParserExplainsOrRefusesIsLeftToIt() {
        let lines: [[String]] = [
            [], ["list"], ["--version"], ["run", "--help"], ["run", "-h"], ["run", "--version"],
            ["run", "a", "b"], ["run", "--", "a"], ["run", "-x"], ["run", "--nope"], ["run", "--answer", "a"],
            ["run", "a", "--answers"], ["run", "a", "--answers", "-"], ["run", "a", "--org", "--no-store"],
            ["run", "a", "--answers", "x", "--answers", "y"], ["run", "a", "--no-store", "--no-store"],
            ["run", "a", "--no-store=true"], ["run", "a", "--format", "xml"], ["run", "a", "--protocol", "http"],
            ["run", "a", "--answers", "x", "--protocol", "jsonl"], ["run", "--resume", "i", "--no-store"],
            ["run", "a", "--input", "plan"], ["run", "a", "--format", "md", "--format", "json"], ["run", "--org=", "a"],
            ["run", "a", "--org=\u{301}x"],
        ]
        for words in lines { #expect(RunLine.read(words) == nil, "\(words)") }
    }

    /// Command lines made at random from `run`'s words, near misses included: whatever ``RunLine``
    /// reads, the parser reads to the same values.
    @Test func generatedCommandLinesAreReadAsTheParserReadsThem() {
        GeneratedLines(
            command: "run", otherCommands: ["list", "runs", "Run", "--version"],
            words: ["networks/partner-map", "x", "", "run", "-", "--", "-h", "--help", "--version", "-x", "--nope",
                    "--answer", "--=x"],
            options: RunOption.allCases.map { ($0.rawValue, $0.isFlag) },
            values: ["a.yaml", "", "-v", "md", "json", "jsonl", "xml", "plan=ID", "plan", "fr", "=", "a b",
                     "--no-store", "é", "\u{301}x", "\u{200D}x"]
        ).compare(count: 1000, read: RunLine.read, parsed: parsed)
    }

    /// ``RunOption`` is `run`'s options as the parser lists them (`--experimental-dump-help`): a
    /// new option of `run` fails this test until ``RunLine`` reads it too.
    @Test func runOptionsAreTheOptionsTheParserListsForRun() throws {
        let listing = try ParserListing("run")
        // RunLine reads one value after an option, as the parser's default strategy does.
        #expect(listing.otherStrategies.isEmpty)
        #expect(listing.positionals == 1, "the tool")
        var expected: [String: String] = [:]
        for option in RunOption.allCases {
            let values = switch option {
            case .wire: RunCommand.WireProtocol.allValueStrings
            case .format: RunCommand.ResultFormat.allValueStrings
            default: [String]()
            }
            expected[option.rawValue] = ParserListing.entry(option, values: values)
        }
        #expect(listing.options == expected)
    }
}
