import Foundation
import ProfintTestSupport
import Testing

/// Reports of the source document's own cases, compared with the reports committed under
/// Tests/Fixtures/golden. Session ids and times are masked (a time's zone is not: reports are made
/// in Asia/Kolkata, which has no summer time). To accept a deliberate change, run the tests with
/// PROFINT_UPDATE_GOLDEN=1 and review the diff.
@Suite("Golden reports of the document's cases")
struct GoldenReportTests {
    static let golden = fixtures.appendingPathComponent("golden")
    static let bundled = ["PROFINT_HOME": checkout.path, "TZ": "Asia/Kolkata"]

    static func masked(_ text: String) -> String {
        var text = text
        for (pattern, replacement) in [
            (#"\d{8}-\d{4}-[0-9a-f]{4}"#, "SESSION-ID"), (#"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"#, "TIME"),
            (#"\d{1,2}(er|º)? \p{L}+ \d{4}, \d{1,2}(:|[ \u00A0]h[ \u00A0])\d{2}"#, "TIME")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }

    func compare(_ name: String, _ text: String) throws {
        let file = GoldenReportTests.golden.appendingPathComponent(name)
        let actual = GoldenReportTests.masked(text)
        if ProcessInfo.processInfo.environment["PROFINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected,
                "\(name) differs from the golden report; rerun with PROFINT_UPDATE_GOLDEN=1 to accept it")
    }

    func headless(_ tool: String, _ answers: String) throws -> String {
        let run = try profint(["run", tool, "--answers", checkout.appendingPathComponent(answers).path, "--no-store"],
                              environment: GoldenReportTests.bundled)
        #expect(run.status == 0, "\(run.err)")
        return run.out
    }

    @Test func cresmThroughVersionB() throws {
        try compare("cresm-version-b.md",
                    headless("networks/partner-map-b", "plugins/mcg-networks/examples/cresm-version-b.yaml"))
    }

    @Test func cresmSessionPlanInItalian() throws {
        try compare("cresm-session-plan.it.md",
                    headless("networks/partner-map-cresm", "plugins/mcg-networks/tests/cresm-session-plan.yaml"))
    }

    @Test func otravailActivityInFrench() throws {
        try compare("otravail-activity.fr.md", headless("accompaniment/activity-planning",
                                                        "modules/accompaniment/tests/mlv-otravail-activity.yaml"))
    }

    @Test func tikitutVolunteerA() throws {
        try compare("tikitut-volunteer-a.md",
                    headless("networks/partner-map", "modules/networks/tests/tikitut-volunteer-a.yaml"))
    }

    @Test func otravailMethodologicalCase() throws {
        let store = tempStore()
        var ids: [String] = []
        for (tool, file) in [("experimentation/wt1", "mlv-wt1-otravail.yaml"),
                             ("experimentation/wt2", "mlv-wt2-otravail.yaml")] {
            let run = try profint(["run", tool, "--answers",
                                   checkout.appendingPathComponent("modules/experimentation/tests/\(file)").path,
                                   "--store", store],
                                  environment: GoldenReportTests.bundled)
            ids.append(String(run.err.split(separator: " ").dropFirst().first ?? ""))
        }
        let report = try profint(["report", "--case", ids[0], ids[1], "--store", store],
                                 environment: GoldenReportTests.bundled)
        #expect(report.status == 0, "\(report.err)")
        try compare("otravail-case.fr.md", report.out)
        let map = try profint(
            ["run", "networks/partner-map-b", "--answers",
             checkout.appendingPathComponent("plugins/mcg-networks/examples/cresm-version-b.yaml").path,
             "--store", store], environment: GoldenReportTests.bundled)
        let id = String(map.err.split(separator: " ").dropFirst().first ?? "")
        try compare("cresm-partner-map.dot", try profint(["report", id, "--format", "dot", "--store", store],
                                                         environment: GoldenReportTests.bundled).out)
        try compare("cresm-partner-map.mmd", try profint(["report", id, "--format", "mermaid", "--store", store],
                                                         environment: GoldenReportTests.bundled).out)
    }

    /// The reader's zone is the C library's: TZ may hold a POSIX rule as well as a zone's name.
    @Test func theZoneMayBeAPOSIXRule() throws {
        let answers = checkout.appendingPathComponent("modules/networks/tests/tikitut-volunteer-a.yaml").path
        for (zone, name) in [("<+0330>-3:30", "(UTC+3:30)"), ("Asia/Kolkata", "(UTC+5:30)"), ("UTC0", "(UTC)")] {
            let run = try profint(["run", "networks/partner-map", "--answers", answers, "--no-store"],
                                  environment: ["PROFINT_HOME": checkout.path, "TZ": zone])
            #expect(run.status == 0, "\(run.err)")
            #expect(run.out.contains(name), "TZ=\(zone)")
        }
    }
}
