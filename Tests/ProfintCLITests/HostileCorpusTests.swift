import Foundation
import ProfintTestSupport
import Testing

/// The hostile corpus (Tests/Fixtures/hostile): one bundle per attack, each run through the built
/// `profint` as a partner's bundle would be, with its expected outcome.
@Suite("The hostile corpus: refused or stopped, named at the hostile bundle's file, the host unharmed", .serialized)
struct HostileCorpusTests {
    static let hostile = Fixtures.root.appendingPathComponent("hostile")
    static let victim = hostile.appendingPathComponent("victim").path

    /// One attack: the command, and what must come out.
    struct Attack: CustomTestStringConvertible, Sendable {
        var bundle: String
        var arguments: [String]
        var status: Int32
        /// Pieces of the message, and the hostile bundle's file it must name.
        var says: [String]
        var names: String
        var testDescription: String { bundle }
    }

    static func path(_ bundle: String) -> String { hostile.appendingPathComponent(bundle).path }

    static let attacks: [Attack] = [
        Attack(bundle: "h-provides-outside", arguments: ["check", path("h-provides-outside")], status: 78,
               says: ["leads outside the bundle's folder"], names: "h-provides-outside/plugin.lua"),
        Attack(bundle: "h-test-input", arguments: ["test", path("h-test-input")], status: 1,
               says: ["inputs.plan: names a file outside the bundle's folder"], names: "h-test-input/tests/steal.yaml"),
        Attack(bundle: "h-takeover", arguments: ["check", path("h-takeover"), "--path", victim], status: 78,
               says: ["the tool id 'victim/t' is taken by", "victim/tools/t.lua"], names: "h-takeover/tools/t.lua"),
        Attack(bundle: "h-spoof", arguments: ["check", path("h-spoof"), "--path", victim], status: 78,
               says: ["'minutes' must be a number"], names: "h-spoof/tools/t.lua:4"),
        Attack(bundle: "h-gc", arguments: ["check", path("h-gc")], status: 78,
               says: ["a metatable with __gc is not allowed"], names: "h-gc/module.lua:1"),
        Attack(bundle: "h-copy-bomb", arguments: ["check", path("h-copy-bomb")], status: 78,
               says: ["too many values to pass to the host"], names: "h-copy-bomb/tools/t.lua"),
        Attack(bundle: "h-print-flood", arguments: ["check", path("h-print-flood")], status: 78,
               says: ["instruction budget"], names: "h-print-flood/tools/t.lua:1"),
        Attack(bundle: "h-questions", arguments: ["check", path("h-questions")], status: 78,
               says: ["100000 questions; a tool may have at most 10000"], names: "h-questions/tools/t.lua"),
        Attack(bundle: "h-options", arguments: ["check", path("h-options")], status: 78,
               says: ["200000 options; at most 1000"], names: "h-options/tools/t.lua"),
        Attack(bundle: "h-utf8", arguments: ["check", path("h-utf8")], status: 78,
               says: ["is not valid UTF-8 text"], names: "h-utf8/tools/t.lua"),
        Attack(bundle: "h-cycle", arguments: ["check", path("h-cycle")], status: 78,
               says: ["nested more than 64 deep"], names: "h-cycle/tools/t.lua"),
        Attack(bundle: "h-escape", arguments: ["check", path("h-escape")], status: 78,
               says: ["control character U+001B"], names: "h-escape/tools/t.lua"),
        Attack(bundle: "h-pattern", arguments: ["test", path("h-pattern")], status: 1,
               says: ["instruction budget"], names: "h-pattern/tools/t.lua"),
        Attack(bundle: "h-item", arguments: ["test", path("h-item")], status: 1,
               says: ["the item it is asked for is longer than 4096 characters"], names: "h-item/tools/t.lua"),
        // A short item, shown 9,000 times in a long text.
        Attack(bundle: "h-item-text", arguments: ["test", path("h-item-text")], status: 1,
               says: ["makes the question longer than 65536 characters"], names: "h-item-text/tools/t.lua"),
        Attack(bundle: "h-yield", arguments: ["test", path("h-yield")], status: 1,
               says: ["attempt to yield from outside a coroutine"], names: "h-yield/tools/t.lua:3"),
    ]

    /// Runs profint; checks it ended by itself, within 5 s of processor time and 256 MiB (its own,
    /// measured by wait4, whatever other tests run meanwhile).
    func bounded(_ arguments: [String], input: String = "") throws -> Outcome {
        let run = try ProcessRunner.measured(profintBinary.path, arguments, input: input)
        #expect(run.seconds < 5, "\(arguments) used \(run.seconds) s")
        #expect(run.peakKiB < 256 * 1024, "a profint process held \(run.peakKiB) KiB")
        #expect(run.outcome.status < 128, "profint ended by a signal")
        return run.outcome
    }

    @Test(arguments: attacks)
    func eachAttackIsRefusedAtTheHostileBundlesFile(attack: Attack) throws {
        let outcome = try bounded(attack.arguments)
        let text = outcome.out + outcome.err
        #expect(outcome.status == attack.status, "\(text.prefix(2000))")
        for piece in attack.says { #expect(text.contains(piece), "\(text.prefix(2000))") }
        #expect(text.contains(attack.names), "the message names the hostile bundle's file: \(text.prefix(2000))")
        #expect(!text.contains("hostile/victim/tools/t.lua:"), "never blamed on the victim")
        #expect(outcome.err.utf8.count < 2 << 20, "the output is bounded")
    }

    @Test func requireCannotFollowALinkOutOfTheBundle() throws {
        let folder = try temporaryFolder()
        let copy = folder.appendingPathComponent("h-require-link")
        try FileManager.default.copyItem(
            at: HostileCorpusTests.hostile.appendingPathComponent("h-require-link"), to: copy)
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("lib"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: copy.appendingPathComponent("lib/leak.lua").path,
                                                   withDestinationPath: "/etc/passwd")
        let outcome = try bounded(["check", copy.path])
        #expect(outcome.status == 78)
        #expect(outcome.out.contains("h-require-link/tools/t.lua:1"), "\(outcome.out)")
        #expect(outcome.out.contains("outside"), "\(outcome.out)")
        #expect(!outcome.out.contains("root:"), "nothing of the file outside leaks")
    }

    @Test(arguments: [
        ("nul-item.yaml", "control character U+0000"), ("escape.json", "control character U+001B"),
        ("billion-laughs.yaml", "aliases are expanded"), ("escape-option.json", "is not an option"),
    ])
    func hostileAnswersAreRefusedAndNothingIsStored(file: String, message: String) throws {
        let store = FileManager.default.temporaryDirectory
            .appendingPathComponent("profint-\(UUID().uuidString).sqlite").path
        let answers = HostileCorpusTests.hostile.appendingPathComponent("answers/\(file)").path
        let outcome = try bounded(["run", "victim/t", "--path", HostileCorpusTests.victim, "--answers", answers,
                                   "--store", store])
        #expect(outcome.status == 65, "\(outcome.err)")
        #expect(outcome.err.contains(message), "\(outcome.err)")
        #expect(!outcome.err.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" },
                "no control character reaches the terminal")
        let list = try profint(["sessions", "list", "--store", store])
        #expect(!list.out.contains("victim/t"), "nothing half-written")
    }

    @Test func aFolderGivenAsTheStoreIsAClearError() throws {
        let folder = try temporaryFolder()
        let outcome = try bounded(["sessions", "list", "--store", folder.path])
        #expect(outcome.status == 74)
        #expect(outcome.err.contains(folder.path))
    }

    /// What the victim shows alone: its listing, its outline and its tests.
    func victimView(beside others: [String]) throws -> [String] {
        let paths = others.flatMap { ["--path", $0] } + ["--path", HostileCorpusTests.victim]
        let list = try bounded(["list", "--format", "json"] + paths)
        let tools = (try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [String: Any])?["tools"]
            as? [[String: Any]] ?? []
        let victimTools = tools.filter { ($0["bundle"] as? String) == "victim" }
            .map { "\($0["id"] ?? "")=\($0["title"] ?? "")" }
        let show = try bounded(["show", "victim/t"] + paths)
        let test = try bounded(["test", HostileCorpusTests.victim] + paths)
        return victimTools
            + [show.out, test.out.replacingOccurrences(of: "\\s+\\(.*\\)", with: "", options: .regularExpression)]
    }

    @Test func theVictimShowsExactlyWhatItShowsAloneBesideEachHostileBundle() throws {
        let alone = try victimView(beside: [])
        #expect(alone.contains("victim/t=The victim's own tool"))
        let names = try FileManager.default.contentsOfDirectory(atPath: HostileCorpusTests.hostile.path)
            .filter { $0.hasPrefix("h-") }.sorted()
        #expect(names.count >= 15)
        for name in names {
            let beside = try victimView(beside: [HostileCorpusTests.path(name)])
            #expect(beside == alone, "beside \(name)")
        }
    }
}
