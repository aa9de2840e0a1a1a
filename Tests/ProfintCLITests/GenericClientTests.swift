import Foundation
import ProfintTestSupport
import Testing

/// A JSON-lines client that knows no tool: it answers every prompt from what the prompt says
/// (kind, options, columns, fixed rows, and the bounds in force), at the edge of the bounds where
/// there are some. Bounds that follow the answers are what lets it finish every bundled tool.
@Suite("A generic protocol client")
struct GenericClientTests {
    /// What the client answered and was told, for assertions.
    struct Outcome {
        var done: [String: Any] = [:]
        var prompts: [String: [String: Any]] = [:]
        var refusals: [String] = []
    }

    /// Answers within the prompt's bounds, at their edges: the lower and the upper bound of a
    /// number in turn, the lower bound of a date (else a date one day earlier than the last one),
    /// three rows or items unless bounded; every text is new. Refused, it tries once more with
    /// every option a multi allows (a tool's constraint may want more). With bounds that did not
    /// follow the answers, it was refused for ever (more migrants than participants, an end
    /// before the start).
    final class Answerer {
        private var day = 30
        private var numbers = 0
        private var texts = 0

        func value(_ prompt: [String: Any], retry: Bool = false) -> Any {
            let min = prompt["min"], max = prompt["max"]
            let required = prompt["required"] as? Bool ?? true
            let options = (prompt["options"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            func count(_ preferred: Int, available: Int = .max) -> Int {
                var result = Swift.max((min as? Int) ?? (required ? 1 : 0), preferred)
                if let max = max as? Int { result = Swift.min(result, max) }
                return Swift.min(result, available)
            }
            switch prompt["kind"] as? String {
            case "text":
                texts += 1
                var text = "Answer \(texts)"
                while text.count < (min as? Int ?? 0) { text += " and more" }
                return String(text.prefix((max as? Int) ?? Int.max))
            case "choice": return options.first ?? ""
            case "multi": return Array(options.prefix(count(retry ? options.count : 1, available: options.count)))
            case "yesno": return true
            case "number":
                numbers += 1
                return (numbers % 2 == 1 ? min ?? max : max ?? min) ?? 1
            case "scale": return min ?? 1
            case "date":
                if let min = min as? String { return min }
                day -= 1
                return String(format: "2027-06-%02d", day)
            case "list": return (0..<count(3)).map { _ in value(["kind": "text"]) }
            case "table":
                let columns = prompt["columns"] as? [[String: Any]] ?? []
                let rows = (prompt["rows"] as? [Any])?.count ?? count(3)
                return (0..<rows).map { _ in
                    Dictionary(
                        uniqueKeysWithValues: columns.map { ($0["id"] as? String ?? "", value($0, retry: retry)) })
                }
            default: return NSNull()
            }
        }
    }

    func play(_ tool: String, store: String, extra: [String] = []) throws -> Outcome {
        let client = try ProtocolClient(["run", tool, "--store", store, "--protocol", "jsonl", "--lang", "en"] + extra,
                                        environment: BundledContentTests.bundled)
        let answerer = Answerer()
        var outcome = Outcome()
        var refusedAt: [String: Int] = [:]
        while let object = try client.next() {
            switch object["type"] as? String {
            case "done":
                outcome.done = object
            case "error":
                let path = object["path"] as? String ?? "(line)"
                outcome.refusals.append("\(path): \(object["message"] ?? "")")
                refusedAt[path, default: 0] += 1
            case "prompt":
                let path = object["path"] as? String ?? ""
                outcome.prompts[path] = object
                if refusedAt[path, default: 0] >= 3 {
                    client.send(#"{"command": "quit"}"#)
                } else {
                    try client.send(["answer": answerer.value(object, retry: refusedAt[path] != nil)])
                }
            default: continue
            }
            if !outcome.done.isEmpty { break }
        }
        #expect(client.wait() == 0, "\(tool): \(outcome.refusals)")
        return outcome
    }

    @Test func answeringWithinTheBoundsInForceCompletesEveryBundledTool() throws {
        let store = tempStore()
        for tool in ["accompaniment/activity-planning", "networks/partner-map", "networks/partner-map-b",
                     "networks/partner-map-cresm", "experimentation/wt2"] {
            let outcome = try play(tool, store: store)
            #expect(outcome.done["complete"] as? Bool == true, "\(tool) got stuck: \(outcome.refusals)")
            #expect(outcome.refusals.count <= 1, "\(tool): \(outcome.refusals)")
        }
        let activity = try play("accompaniment/activity-planning", store: store)
        #expect(activity.prompts["activity.migrants"]?["max"] as? Int == 1,
                "the bound in force is the number of participants the client gave (1)")
        #expect(activity.prompts["planning.end"]?["min"] as? String == "2027-06-29",
                "the end comes on or after the start")

        let plan = try play("experimentation/wt1", store: store)
        #expect(plan.done["complete"] as? Bool == true, "\(plan.refusals)")
        let planID = try #require(plan.done["session"] as? String)
        let followUp = try play("experimentation/wt2", store: store, extra: ["--input", "plan=\(planID)"])
        #expect(followUp.done["complete"] as? Bool == true, "\(followUp.refusals)")
        #expect(followUp.prompts["process.actions"]?["min"] as? Int == 3, "one row at least per action of the plan")
    }

    @Test func showSaysWhichBoundsDependOnTheAnswers() throws {
        let text = try profint(["show", "accompaniment/activity-planning"], environment: BundledContentTests.bundled)
        #expect(text.out.contains("activity.migrants  number min 0 max: depends on answers required"), "\(text.out)")
        #expect(text.out.contains("planning.end  date min: depends on answers optional"))
        let json = try profint(["show", "experimentation/wt2", "--format", "json"],
                               environment: BundledContentTests.bundled)
        #expect(json.out.contains("\"min_from_answers\": true"), "\(json.out)")
    }
}
