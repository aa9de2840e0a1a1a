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
                       "x;rm -rf y", "*", "~", "é ü", "tab\there", "line\nbreak", "-dash", "a\\b", "=cmd",
                       "'\u{301}", "a'\u{301}; echo x; '", "#not a comment", "!1"]
        for word in samples {
            #expect(try words(ShellWord.quoted(word)) == [word], "\(word.debugDescription)")
        }
        #expect(ShellWord.quoted("modules/networks") == "modules/networks", "a plain path is left as it is")
        #expect(ShellWord.quoted("a b") == "'a b'")
    }

    @Test func theResumeCommandPastedInAShellElsewhereResumesFromAStoreWithSpacesAndQuotes() throws {
        let folder = try temporaryFolder(prefix: "profint store's folder")
        let store = folder.appendingPathComponent("my sessions/it's.sqlite").path
        // A relative --path, from the checkout: the command printed names it as an absolute path.
        let relative = String(good.dropFirst(checkout.path.count + 1))
        let first = try profint(["run", "demo/plan", "--path", relative, "--store", store],
                                input: "Housing\nHealth\n\nn\n", in: checkout)
        #expect(first.status == 75)
        let line = try #require(first.out.split(separator: "\n").first { $0.contains("Resume with: profint run") })
        let command = String(try #require(line.range(of: "profint run").map { line[$0.lowerBound...] }))
        #expect(command.contains("--store '") && command.contains("--path " + good), "\(command)")
        // The command as a user pastes it, elsewhere, with this build's profint for the installed one.
        let pasted = ShellWord.quoted(profintBinary.path) + command.dropFirst("profint".count)
        let resumed = try runProgram("/bin/sh", ["-c", pasted], input: ":quit\n", in: folder)
        #expect(resumed.status == 75, "\(pasted)\n\(resumed.err)")
        #expect(resumed.out.contains(command), "resumed from the same store, saved again under the same command")
    }

    @Test func newsNextStepPastedElsewhereChecksAndTestsThePlugin() throws {
        let out = try temporaryFolder(prefix: "new plugin's folder")
        let relative = String(good.dropFirst(checkout.path.count + 1))
        let made = try profint(["new", "plugin", "my-plan", "--from", "demo/plan", "--path", relative,
                                "--out", out.path], in: checkout)
        #expect(made.status == 0, "\(made.err)")
        let line = try #require(made.out.split(separator: "\n").first { $0.hasPrefix("next: ") })
        let pasted = line.dropFirst("next: ".count).components(separatedBy: " && ")
            .map { ShellWord.quoted(profintBinary.path) + $0.dropFirst("profint".count) }.joined(separator: " && ")
        let next = try runProgram("/bin/sh", ["-c", pasted], in: out)
        #expect(next.status == 0, "\(pasted)\n\(next.out)\n\(next.err)")
    }
}
