import Foundation
import ProfintTestSupport
import Testing

/// `scripts/install` and `scripts/uninstall` (docs/cli.md, "Installing"): the built program
/// installed under a temporary prefix is found by a fresh shell with nothing of the test's
/// environment, finds its bundled content beside itself, and `man` shows its page.
@Suite("Installed like a command-line tool")
struct InstallTests {
    /// The page swift-argument-parser's generate-manual plugin writes
    /// (`swift package plugin generate-manual`; scripts/test and scripts/setup run it).
    static let manualPage = checkout.appendingPathComponent(".build/plugins/GenerateManual/outputs/profint/profint.1")
    static let canInstall = Programs.has("man") && FileManager.default.fileExists(atPath: manualPage.path)

    /// Runs `command` in bash with an environment of only HOME and a PATH of the prefix's `bin`
    /// and the system's folders, as a new login would have.
    func freshShell(_ command: String, prefix: URL, extra: [String] = []) throws -> Outcome {
        let environment = ["HOME=\(prefix.path)", "PATH=\(prefix.path)/bin:/usr/bin:/bin"] + extra
        return try runProgram("/usr/bin/env", ["-i"] + environment + ["bash", "-c", command])
    }

    @Test(.enabled(if: canInstall)) func anInstalledProfintListsItsContentShowsItsPageAndIsRemoved() throws {
        let prefix = try temporaryFolder(prefix: "profint-prefix")
        let install = try runProgram(checkout.appendingPathComponent("scripts/install").path, [
            "--prefix", prefix.path, "--binary", profintBinary.path, "--manual", Self.manualPage.path,
        ])
        #expect(install.status == 0, "\(install.err)")
        // Installing again replaces the first install (scripts/setup run twice).
        let again = try runProgram(checkout.appendingPathComponent("scripts/install").path, [
            "--prefix", prefix.path, "--binary", profintBinary.path, "--manual", Self.manualPage.path,
        ])
        #expect(again.status == 0, "\(again.err)")

        let which = try freshShell("cd /tmp && command -v profint", prefix: prefix)
        #expect(which.out.trimmingCharacters(in: .whitespacesAndNewlines) == prefix.path + "/bin/profint")
        let list = try freshShell("cd /tmp && profint list", prefix: prefix)
        #expect(list.status == 0, "\(list.err)")
        #expect(list.out.contains("accompaniment/activity-planning"), "the installed modules, found from the program")
        #expect(list.out.contains("networks/partner-map-b"), "the installed plugins")

        let page = try freshShell("man -P cat profint", prefix: prefix, extra: ["MANPATH=\(prefix.path)/share/man"])
        #expect(page.status == 0, "\(page.err)")
        #expect(page.out.contains("Run, adapt and test PROFINT training modules."))
        #expect(page.out.contains("SYNOPSIS"))

        let bash = prefix.appendingPathComponent("share/bash-completion/completions/profint")
        let completion = try freshShell("source '\(bash.path)' && complete -p profint", prefix: prefix)
        #expect(completion.out.contains("_profint profint"), "bash completes profint: \(completion.err)")
        let zsh = try String(contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_profint"),
                             encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef profint"))
        let fish = try String(contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/profint.fish"),
                              encoding: .utf8)
        #expect(fish.contains("complete -c 'profint'"))

        let uninstall = try runProgram(checkout.appendingPathComponent("scripts/uninstall").path,
                                       ["--prefix", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.err)")
        for path in ["bin/profint", "share/profint", "share/man/man1/profint.1", "share/zsh/site-functions/_profint"] {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path),
                    "\(path) removed")
        }
        #expect(try freshShell("profint list", prefix: prefix).status == 127, "no profint left on PATH")
    }

    @Test func installRefusesAMissingProgramOrPage() throws {
        let prefix = try temporaryFolder(prefix: "profint-prefix")
        let script = checkout.appendingPathComponent("scripts/install").path
        let noBinary = try runProgram(script, ["--prefix", prefix.path, "--binary", prefix.path + "/nothing"])
        #expect(noBinary.status == 64)
        #expect(noBinary.err.contains("no such program; build it first"))
        let noPage = try runProgram(script, [
            "--prefix", prefix.path, "--binary", profintBinary.path, "--manual", prefix.path + "/none.1",
        ])
        #expect(noPage.status == 64)
        #expect(noPage.err.contains("swift package plugin generate-manual"))
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("bin/profint").path))
    }

    @Test func aRelativePrefixWithSpacesIsInstalledAndRemovedWhole() throws {
        let folder = try temporaryFolder(["page.1": ".TH PROFINT 1\n"], prefix: "profint prefix")
        let script = checkout.appendingPathComponent("scripts").path
        let arguments = ["--binary", profintBinary.path, "--manual", folder.appendingPathComponent("page.1").path]
        let install = try runProgram(script + "/install", ["--prefix", "my tools"] + arguments, in: folder)
        #expect(install.status == 0, "\(install.err)")
        let prefix = folder.appendingPathComponent("my tools")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/profint").path))
        let list = try String(contentsOf: prefix.appendingPathComponent("share/profint/installed-files"),
                              encoding: .utf8)
        #expect(list.split(separator: "\n").allSatisfy { $0.hasPrefix(prefix.path + "/") }, "full paths: \(list)")

        let elsewhere = try runProgram(script + "/uninstall", ["--prefix", prefix.path])
        #expect(elsewhere.status == 0, "removed from another folder by its full path: \(elsewhere.err)")
        for path in ["bin/profint", "share/profint", "share/man/man1/profint.1"] {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path),
                    "\(path) removed")
        }
    }

    /// Whether another user (nobody) can reach the checkout's scripts and build: every folder above
    /// it is open to others (a checkout inside a private `mktemp -d` folder is not).
    static let checkoutOpenToOthers: Bool = {
        var folder = checkout.standardizedFileURL
        while folder.path != "/" {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.path)
            guard let mode = attributes?[.posixPermissions] as? Int, mode & 0o001 != 0 else { return false }
            folder.deleteLastPathComponent()
        }
        return true
    }()

    @Test(.enabled(if: canInstall && getuid() == 0 && Programs.has("setpriv"), "as root, with setpriv and the page"),
          .enabled(if: checkoutOpenToOthers, "nobody must reach the checkout: its folders open to others"))
    func uninstallingWhatTheUserCannotAllRemoveRemovesNothing() throws {
        let prefix = try temporaryFolder(prefix: "profint-prefix")
        let install = try runProgram(checkout.appendingPathComponent("scripts/install").path, [
            "--prefix", prefix.path, "--binary", profintBinary.path, "--manual", Self.manualPage.path,
        ])
        #expect(install.status == 0, "\(install.err)")
        // nobody may change share/profint, not bin/, where the program is.
        let content = prefix.appendingPathComponent("share/profint")
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: content.path)
        let uninstall = checkout.appendingPathComponent("scripts/uninstall").path
        let outcome = try runProgram("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", uninstall, "--prefix", prefix.path,
        ])
        #expect(outcome.status == 77, "\(outcome.err)")
        #expect(outcome.err.contains("cannot remove files in \(prefix.path)/bin"), "\(outcome.err)")
        let kept = ["bin/profint", "share/profint/installed-files", "share/profint/modules", "share/man/man1/profint.1"]
        for path in kept {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path) kept")
        }
    }

    /// Whether the test can act as a user who may not write there: as root, through setpriv.
    static var canActAsAnotherUser: Bool { getuid() != 0 || Programs.has("setpriv") }

    @Test(.enabled(if: canActAsAnotherUser, "as root, needs setpriv to act as nobody"),
          .enabled(if: getuid() != 0 || checkoutOpenToOthers,
                   "nobody must reach the checkout: its folders open to others"))
    func installingWhereTheUserCannotWriteSaysToRunAsRootAndWritesNothing() throws {
        let folder = try temporaryFolder(["page.1": ".TH PROFINT 1\n"], prefix: "profint-prefix")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let script = checkout.appendingPathComponent("scripts/install").path
        let arguments = ["--prefix", folder.appendingPathComponent("usr").path, "--binary", profintBinary.path,
                         "--manual", folder.appendingPathComponent("page.1").path]
        let outcome = getuid() == 0
            ? try runProgram("/usr/bin/setpriv",
                             ["--reuid=65534", "--regid=65534", "--clear-groups", script] + arguments)
            : try runProgram(script, arguments)
        #expect(outcome.status == 77, "\(outcome.err)")
        #expect(outcome.err.contains("cannot write in \(folder.path)"))
        #expect(outcome.err.contains("run it as root (sudo scripts/install)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("usr").path))
    }
}
