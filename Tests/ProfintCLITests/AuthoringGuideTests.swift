import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// docs/authoring.md must stay true: its worked example (a two-step tool, a derived tool from
/// it, and an answer file) is copied from the page as a newcomer would, then checked and run.
@Suite("The authoring guide's worked example")
struct AuthoringGuideTests {
    @Test func theWorkedExampleChecksShowsAndRuns() throws {
        let page = try String(contentsOf: checkout.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let start = try #require(page.range(of: "## A worked example"))
        let end = try #require(page.range(of: "## The sandbox and its limits"))
        let section = String(page[start.upperBound..<end.lowerBound])
        var blocks: [String] = []
        var rest = Substring(section)
        while let open = rest.range(of: "```lua\n") ?? rest.range(of: "```yaml\n") {
            guard let close = rest[open.upperBound...].range(of: "```") else { break }
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        let names = ["modules/demo/module.lua", "modules/demo/tools/needs.lua", "plugins/demo-plus/plugin.lua",
                     "plugins/demo-plus/tools/needs-b.lua", "answers.yaml"]
        #expect(blocks.count == names.count)
        let folder = try temporaryFolder(Dictionary(uniqueKeysWithValues: zip(names, blocks)))
        let check = try profint(["check", "modules/demo", "plugins/demo-plus", "--path", folder.path], in: folder)
        #expect(check.status == 0)
        #expect(check.out.contains("0 errors, 0 warnings"), "\(check.out)")
        let outline = try profint(["show", "demo/needs-b", "--path", folder.path])
        #expect(outline.out.contains("derived from demo/needs"))
        let run = try profint(["run", "demo/needs-b", "--path", folder.path, "--answers",
                               folder.appendingPathComponent("answers.yaml").path, "--no-store"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Caritas"))
    }

    /// The reference tables of the page are the schema's: PROFINT_UPDATE_GOLDEN=1 writes them.
    @Test func theFieldReferenceIsTheSchema() throws {
        let url = checkout.appendingPathComponent("docs/authoring.md")
        var page = try String(contentsOf: url, encoding: .utf8)
        for (name, fields) in AuthoringSchema.documentedTables {
            let open = "<!-- fields: \(name) -->\n", close = "<!-- end fields -->"
            let start = try #require(page.range(of: open), "docs/authoring.md has no \(open)")
            let end = try #require(page[start.upperBound...].range(of: close))
            let expected = AuthoringSchema.referenceTable(fields) + "\n"
            if ProcessInfo.processInfo.environment["PROFINT_UPDATE_GOLDEN"] == "1" {
                page.replaceSubrange(start.upperBound..<end.lowerBound, with: expected)
            } else {
                #expect(String(page[start.upperBound..<end.lowerBound]) == expected,
                        "the fields of \(name) differ from the schema; rerun with PROFINT_UPDATE_GOLDEN=1")
            }
        }
        if ProcessInfo.processInfo.environment["PROFINT_UPDATE_GOLDEN"] == "1" {
            try page.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
