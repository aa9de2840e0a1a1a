import Foundation
import ProfintTestSupport
import Testing

/// docs/cli.md stays the reference of the program it documents: every command `profint --help`
/// lists has its row, and its exit-code table has exactly the codes `--help` prints.
@Suite("docs/cli.md against profint --help")
struct CLIReferenceTests {
    static func page() throws -> String {
        try String(contentsOf: checkout.appendingPathComponent("docs/cli.md"), encoding: .utf8)
    }

    /// The lines of `profint --help` from `heading` to the next blank line.
    static func helpSection(_ heading: String) throws -> [String] {
        let help = try profint(["--help"])
        #expect(help.status == 0, "\(help.err)")
        return help.out.components(separatedBy: "\n").drop { !$0.hasPrefix(heading) }.dropFirst().prefix { !$0.isEmpty }
    }

    @Test func everyCommandHasItsRow() throws {
        let commands = try Self.helpSection("SUBCOMMANDS:").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(commands.count >= 10, "\(commands)")
        let page = try Self.page()
        for command in commands {
            #expect(page.contains("| `profint \(command)"), "docs/cli.md has no row for profint \(command)")
        }
    }

    @Test func theExitCodesAreThoseTheProgramUses() throws {
        let printed = try Self.helpSection("Exit codes:").compactMap { line in
            line.split(separator: " ").first.flatMap { Int($0) }
        }
        let page = try Self.page()
        let table = page.components(separatedBy: "## Exit codes").dropFirst().first ?? ""
        let documented = table.components(separatedBy: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("| ") else { return nil }
            return Int(line.dropFirst(2).prefix { $0 != " " })
        }
        #expect(!printed.isEmpty)
        #expect(documented == printed, "docs/cli.md: \(documented), --help: \(printed)")
        let help = try profint(["--help"]).out
        #expect(help.contains("  78  invalid content: a manifest or tool cannot load, or check found errors"),
                "check's errors exit 78, as docs/cli.md says")
        #expect(help.contains("\n\nExit codes:\n   0  success\n   1  a test case failed"),
                "a paragraph of its own, the numbers aligned on the right: \(help)")
    }
}
