import Foundation
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// The bundled modules and plugin, run as trainers and harnesses would.
@Suite("The bundled content")
struct BundledContentTests {
    static let bundled = ["PROFINT_HOME": checkout.path]

    /// Drives a tool over JSON lines with the answers of a bundled test case, knowing nothing but
    /// docs/protocol.md: answer by path, take the default, else skip. Returns the `done` object.
    func drive(_ caseFile: String, store: String, extra: [String] = []) throws -> [String: Any] {
        let file = try AnswerFile(url: checkout.appendingPathComponent(caseFile))
        var answers: [String: JSONValue] = [:]
        for answer in file.answers { answers[answer.path.description] = answer.value }
        var arguments = ["run", file.tool ?? "", "--store", store, "--protocol", "jsonl"] + extra
        if let language = file.language { arguments += ["--lang", language] }
        let client = try ProtocolClient(arguments, environment: BundledContentTests.bundled)
        var done: [String: Any] = [:]
        while let object = try client.next() {
            switch object["type"] as? String {
            case "done":
                done = object
            case "error":
                Issue.record("\(caseFile): \(object)")
            case "prompt":
                let path = object["path"] as? String ?? ""
                if let value = answers.removeValue(forKey: path) {
                    client.send("{\"answer\": \(value.jsonText())}")
                } else if let value = object["default"] {
                    let data = try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
                    client.send("{\"answer\": \(String(decoding: data, as: UTF8.self))}")
                } else {
                    client.send(#"{"command": "skip"}"#)
                }
            default:
                continue
            }
            if !done.isEmpty { break }
        }
        #expect(client.wait() == 0, "\(caseFile)")
        #expect(answers.isEmpty, "\(caseFile): never asked \(answers.keys.sorted())")
        return done
    }

    @Test func aProtocolClientDrivesEveryBundledToolToDone() throws {
        let store = tempStore()
        let cases = [
            "modules/accompaniment/tests/mlv-otravail-activity.yaml",
            "modules/networks/tests/tikitut-volunteer-a.yaml",
            "modules/networks/tests/tikitut-volunteer-d.yaml",
            "plugins/mcg-networks/tests/cresm-version-b.yaml",
            "plugins/mcg-networks/tests/cresm-session-plan.yaml",
        ]
        for file in cases {
            #expect(try drive(file, store: store)["complete"] as? Bool == true, "\(file)")
        }
        let plan = try drive("modules/experimentation/tests/mlv-wt1-otravail.yaml", store: store)
        let planID = try #require(plan["session"] as? String)
        let followUp = try drive("modules/experimentation/tests/mlv-wt2-otravail.yaml", store: store,
                                 extra: ["--input", "plan=\(planID)"])
        #expect(followUp["complete"] as? Bool == true)
        let followUpID = try #require(followUp["session"] as? String)
        let report = try profint(["report", "--case", followUpID, "--store", store],
                                 environment: BundledContentTests.bundled)
        #expect(report.status == 0, "the WT2 session names its WT1 session: \(report.err)")
        #expect(report.out.contains("O'travail"))
    }

    @Test func theModulesCasesShowInFrench() throws {
        let show = try profint(["show", "networks", "--lang", "fr"], environment: BundledContentTests.bundled)
        #expect(show.status == 0)
        #expect(show.out.contains("Le cas de Madame S."))
        #expect(show.out.contains("(Écrit pour profint d'après IO4 §5 et §6"),
                "the case's provenance, from its file")
        #expect(show.out.contains("(Écrit pour profint d'après IO4 §5 et §6)"), "the exercise's provenance")
        let tool = try profint(["show", "networks/partner-map", "--lang", "fr"],
                               environment: BundledContentTests.bundled)
        #expect(tool.out.contains("Tiré d'IO4 §5 : le titre, les trois étapes"), "the tool's provenance")
        let list = try profint(["list"], environment: BundledContentTests.bundled)
        for id in ["accompaniment/activity-planning", "networks/partner-map", "experimentation/wt1",
                   "experimentation/wt2"] {
            #expect(list.out.contains(id))
        }
        #expect(list.out.contains("networks/partner-map-b") && list.out.contains("(derived from networks/partner-map)"))
        #expect(list.out.contains("mcg-networks"))
    }

    @Test func checkAndTestPassWithNoWarning() throws {
        let check = try profint(["check", "modules", "plugins"], environment: BundledContentTests.bundled, in: checkout)
        #expect(check.status == 0)
        #expect(check.out.hasSuffix("4 bundles checked: 0 errors, 0 warnings\n"), "\(check.out)")
        let test = try profint(["test", "modules", "plugins"], environment: BundledContentTests.bundled, in: checkout)
        #expect(test.status == 0)
        #expect(test.out.contains(" passed, 0 failed"))
        // One thread or three: the same lines, in the same order.
        for jobs in ["1", "3"] {
            let again = try profint(["test", "--jobs", jobs, "modules", "plugins"],
                                    environment: BundledContentTests.bundled, in: checkout)
            #expect(again.out == test.out, "--jobs \(jobs)")
        }
        let refused = try profint(["test", "--jobs", "0"], environment: BundledContentTests.bundled, in: checkout)
        #expect(refused.status == 64 && refused.err.contains("--jobs needs a number of threads, 1 or more"),
                "\(refused.err)")
    }

    @Test func aChangeToVersionAShowsInVersionB() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("profint-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for folder in ["modules", "plugins"] {
            try FileManager.default.copyItem(at: checkout.appendingPathComponent(folder),
                                             to: copy.appendingPathComponent(folder))
        }
        let toolA = copy.appendingPathComponent("modules/networks/tools/partner-map.lua")
        let source = try String(contentsOf: toolA, encoding: .utf8)
        let original = "Which organisation, team or service is drawing this map?"
        #expect(source.contains(original))
        try source.replacingOccurrences(of: original, with: "Which organisation is drawing this map today?")
            .write(to: toolA, atomically: true, encoding: .utf8)
        let outline = try profint(["show", "networks/partner-map-b"], environment: ["PROFINT_HOME": copy.path])
        #expect(outline.out.contains("Which organisation is drawing this map today?"),
                "B keeps A's question, so A's fix reaches B")
    }

    @Test func resumingAfterTheToolChangedKeepsTheAnswersThatNoLongerFit() throws {
        let folder = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": """
                return tool { title = "T",
                  step { id = "s", title = "S",
                    ask.choice { id = "mode", text = "Mode?", options = { "formal", "informal" } },
                    ask.text { id = "gone", text = "Soon removed" },
                    ask.text { id = "last", text = "Last" } } }
                """,
        ])
        let store = tempStore()
        let first = try profint(["run", "m/t", "--path", folder.path, "--store", store], input: "2\nsomething\n:quit\n")
        #expect(first.status == 75)
        let id = try #require(
            first.out.components(separatedBy: "--resume ").last?.split(separator: " ").first.map(String.init))
        try """
            return tool { title = "T",
              step { id = "s", title = "S",
                ask.choice { id = "mode", text = "Mode?", options = { "formal", "hybrid" } },
                ask.text { id = "last", text = "Last" } } }
            """.write(to: folder.appendingPathComponent("m/tools/t.lua"), atomically: true, encoding: .utf8)
        let resumed = try profint(["run", "--resume", id, "--path", folder.path, "--store", store],
                                  input: "2\nthe end\n")
        #expect(resumed.status == 0, "\(resumed.out)\(resumed.err)")
        #expect(resumed.out.contains("s.mode: the stored answer no longer fits: 'informal' is not an option"))
        #expect(resumed.out.contains("s.gone: the tool no longer asks this question; the stored answer is kept"))
        let export = try JSONValue.parse(try profint(["sessions", "export", id, "--store", store]).out)
        #expect(export["kept"]?.arrayValue?.compactMap { $0["value"]?.stringValue } == ["informal", "something"],
                "both are kept")
        #expect(export["answers"]?.arrayValue?.compactMap { $0["value"]?.stringValue } == ["hybrid", "the end"])
    }
}

/// Tikitut's volunteer A through version A, as a trainer types it.
let volunteerALines = [
    "Church social service, Tikitut volunteer A", "Find partners to complement my work with isolated people",
    "Adults in social isolation or exclusion, some of them newcomers",
    "Loneliness", "Money worries", "",
    "Municipal social office", "", "Food bank", "",
    "1", "2", "Case by case, by phone", "They call us as often as we call them", "3", "4",
    "Loneliness rests on one person at the social office; money worries are covered",
    "Municipal social office: meet the new social worker", "",
    "A language café for newcomers, for loneliness", "",
    "Visit the social office", "Municipal social office", "Volunteer A", "2021-05-03", "n",
    "y", "A yearly meeting with the social office", "",
]

@Suite("A bundled tool, three ways", .serialized)
struct ThreeWaysTests {
    /// Volunteer A's answers typed into a pipe, as the store keeps them.
    func pipedAnswers(_ environment: [String: String]) throws -> [String: String] {
        let piped = tempStore()
        let run = try profint(["run", "networks/partner-map", "--store", piped],
                              input: volunteerALines.joined(separator: "\n") + "\n", environment: environment)
        #expect(run.status == 0, "\(run.out)\(run.err)")
        return try recordedAnswers(store: piped)
    }

    @Test func pipedAndJSONLinesRecordTheSameAnswers() throws {
        let environment = ["PROFINT_HOME": checkout.path]
        let lines = tempStore()
        let expected = try pipedAnswers(environment)
        #expect(expected.count == 18)
        #expect(expected["map.strength[Food bank]"] == "4")
        #expect(expected["strengthen.formalise"] == "true")

        let client = try ProtocolClient(["run", "networks/partner-map", "--store", lines, "--protocol", "jsonl"],
                                        environment: environment)
        while let object = try client.next() {
            if object["type"] as? String == "done" { break }
            guard object["type"] as? String == "prompt", let path = object["path"] as? String else { continue }
            if let value = expected[path] {
                client.send("{\"answer\": \(value)}")
            } else {
                client.send(#"{"command": "skip"}"#)
            }
        }
        #expect(client.wait() == 0)
        #expect(try recordedAnswers(store: lines) == expected)
    }

    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func onATTYTheSameAnswersAreRecorded() throws {
        let environment = ["PROFINT_HOME": checkout.path]
        let expected = try pipedAnswers(environment)
        let tty = tempStore()
        try Tmux.run(["run", "networks/partner-map", "--store", tty, "--org", "O", "--facilitator", "F",
                      "--participant", "P"],
                     typing: volunteerALines, environment: environment)
        let typed = try recordedAnswers(store: tty)
        #expect(typed == expected, "differs at \(expected.keys.sorted().filter { typed[$0] != expected[$0] }.map { "\($0): \(typed[$0] ?? "-")" })")
    }
}
