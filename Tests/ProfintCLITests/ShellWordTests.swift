import Foundation
@testable import ProfintCLI
import ProfintTestSupport
import Testing

/// The commands profint prints for the user to paste read back, in a real shell, as they were meant.
@Suite("Commands to paste, with paths quoted for the shell")
struct ShellWordTests {
    /// The words `sh` makes of `line`, each as it reaches a program.
    private func words(_ line: String) throws -> [String] {
        let run = try runProgram("/bin/sh", ["-c", "printf '%s\\0' " + line])
        #expect(run.status == 0, "\(run.err)")
        return run.out.split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func aQuotedWordIsOneWordToTheShell() throws {
        let samples = ["plain/path.sqlite", "", "My Sessions/s.sqlite", "it's", "'", "a\"b", "$HOME", "`id`",
                       "x;rm -rf y", "*", "~", "é ü", "tab\there", "line\nbreak", "-dash", "a\\b"]
        for word in samples {
            #expect(try words(ShellWord.quoted(word)) == [word], "\(word.debugDescription)")
        }
        #expect(ShellWord.quoted("modules/networks") == "modules/networks", "a plain path is left as it is")
        #expect(ShellWord.quoted("a b") == "'a b'")
    }

    @Test func theResumeCommandPastedInAShellResumesFromAStoreWithSpacesAndQuotes() throws {
        let folder = try temporaryFolder(prefix: "profint store's folder")
        let store = folder.appendingPathComponent("my sessions/it's.sqlite").path
        let first = try profint(["run", "demo/plan", "--path", good, "--store", store], input: "Housing\nHealth\n\nn\n")
        #expect(first.status == 75)
        let line = try #require(first.out.split(separator: "\n").first { $0.contains("Resume with: profint run") })
        let command = String(try #require(line.range(of: "profint run").map { line[$0.lowerBound...] }))
        #expect(command.contains("--store '") && command.contains("--path "), "\(command)")
        // The command as a user pastes it, with this build's profint in place of the installed one.
        let pasted = ShellWord.quoted(profintBinary.path) + command.dropFirst("profint".count)
        let resumed = try runProgram("/bin/sh", ["-c", pasted], input: ":quit\n")
        #expect(resumed.status == 75, "\(pasted)\n\(resumed.err)")
        #expect(resumed.out.contains(command), "resumed from the same store, saved again under the same command")
    }
}
