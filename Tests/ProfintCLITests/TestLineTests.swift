import ArgumentParser
import ProfintChecks
@testable import ProfintCLI
import Testing

/// `profint test`'s command line read without the argument parser (``TestLine``) gives the values
/// the parser gives, or leaves the command line to the parser.
@Suite("The test command line read without the parser")
struct TestLineTests {
    /// The values the argument parser reads from `words` for a run of test cases, or nil when it
    /// refuses them, or they are not `test`, or they play at random.
    private func parsed(_ words: [String]) -> TestArguments? {
        guard let command = try? ProfintCommand.parseAsRoot(words) as? TestCommand,
              command.random == nil, command.seed == nil, command.format == .text else { return nil }
        return command.arguments
    }

    @Test func theUsualCommandLinesAreReadAsTheParserReadsThem() {
        let lines: [[String]] = [
            ["test"], ["test", "modules", "plugins"], ["test", "modules/networks/tests/tikitut-volunteer-a.yaml"],
            ["test", "--jobs", "1", "modules"], ["test", "--jobs=2", "--path", "more", "plugins", "--path=other"],
            ["test", "--lang", "fr", "modules", "--jobs", "+3"],
        ]
        for words in lines {
            let read = TestLine.read(words)
            #expect(read != nil, "\(words)")
            #expect(read == parsed(words), "\(words)")
        }
        let read = TestLine.read(lines[4])
        #expect(read?.paths == ["plugins"])
        #expect(read?.contentPaths == ["more", "other"])
        #expect(read?.jobs == 2)
    }

    @Test func whatTheParserExplainsOrRefusesIsLeftToIt() {
        let lines: [[String]] = [
            [], ["run"], ["tests"], ["test", "--help"], ["test", "-h"], ["test", "--random", "5"],
            ["test", "--random=5", "modules"], ["test", "--seed", "2"], ["test", "--format", "json"],
            ["test", "--jobs", "0"], ["test", "--jobs", "-1"], ["test", "--jobs", "two"], ["test", "--jobs"],
            ["test", "--jobs", "1", "--jobs", "2"], ["test", "--lang", "fr", "--lang", "it"], ["test", "--", "a"],
            ["test", "-"], ["test", "--jobs="], ["test", "--nope"], ["test", "--path=\u{301}x"],
            ["test", "--path", "--jobs", "2"], ["test", "modules", "--lang"],
        ]
        for words in lines { #expect(TestLine.read(words) == nil, "\(words)") }
    }

    /// Command lines made at random from `test`'s words, near misses included: whatever
    /// ``TestLine`` reads, the parser reads to the same values.
    @Test func generatedCommandLinesAreReadAsTheParserReadsThem() {
        GeneratedLines(
            command: "test", otherCommands: ["run", "tests", "Test", "--version"],
            words: ["modules", "x", "", "test", "-", "--", "-h", "--help", "--random", "--seed", "--format", "-x",
                    "--nope", "--=x", "a=b"],
            options: (TestOption.allCases.map(\.rawValue) + TestOption.leftToParser.sorted()).map { ($0, false) },
            values: ["1", "2", "0", "+2", "02", "-1", " 1", "1.5", "two", "", "fr", "=", "a b", "é", "\u{301}x",
                     "99999999999999999999", "text", "json"]
        ).compare(count: 1000, read: TestLine.read, parsed: parsed)
    }

    /// ``TestOption`` and the options left to the parser are `test`'s options as the parser lists
    /// them: a new option of `test` fails this test until it is one or the other.
    @Test func testOptionsAreTheOptionsTheParserListsForTest() throws {
        let listing = try ParserListing("test")
        #expect(listing.otherStrategies.isEmpty)
        #expect(listing.positionals == 1, "the paths")
        var read = listing.options
        for name in TestOption.leftToParser { #expect(read.removeValue(forKey: name) != nil, "\(name)") }
        let entries = TestOption.allCases.map { ($0.rawValue, ParserListing.entry($0)) }
        #expect(read == Dictionary(uniqueKeysWithValues: entries))
    }
}
