import Foundation
import ProfintTestSupport
import Testing

/// The HTML report of the bundled CRESM session, printed as a trainer prints it: headless
/// Chromium's "print to PDF" on A4. The PDF must be A4 and of a sensible length, and nothing may
/// stick out of the text column: the page's print rules, measured in a window as wide as that
/// column by scripts/print-measure.js.
@Suite("The HTML report printed to A4 by Chromium", .serialized)
struct PrintTests {
    /// A4 is 210 mm wide; the print stylesheet's @page leaves 15 mm each side.
    static let columnPixels = Int(((210.0 - 30.0) / 25.4 * 96).rounded(.down))

    /// What print-measure.js found.
    struct Measure: Decodable {
        struct Map: Decodable {
            var width: Double
            var height: Double
            var smallestFontPt: Double
        }
        var column: Double
        var overflowing: [String]
        var wrapped: [String]
        var map: Map?
    }

    /// The bundled CRESM session (English) and the same in French, whose words are longer.
    static let sessions = ["plugins/mcg-networks/examples/cresm-version-b.yaml",
                           "plugins/mcg-networks/tests/cresm-version-b.fr.yaml"]

    /// A CRESM report, as HTML in a fresh folder, with times in a fixed zone.
    func cresmReport(_ answers: String, in folder: URL) throws -> URL {
        let store = folder.appendingPathComponent("sessions.sqlite").path
        let environment = ["PROFINT_HOME": checkout.path, "TZ": "Europe/Rome"]
        let run = try profint(["run", "networks/partner-map-b", "--answers",
                               checkout.appendingPathComponent(answers).path,
                               "--store", store], environment: environment)
        #expect(run.status == 0, "\(run.err)")
        let id = String(run.err.split(separator: " ").dropFirst().first ?? "")
        let html = folder.appendingPathComponent("cresm.html")
        let report = try profint(["report", id, "--format", "html", "--out", html.path, "--store", store],
                                 environment: environment)
        #expect(report.status == 0, "\(report.err)")
        return html
    }

    func chromium(_ arguments: [String], in folder: URL) throws -> Outcome {
        let chromium = try #require(Programs.path("chromium"))
        return try runProgram(chromium, ["--headless", "--no-sandbox", "--disable-gpu",
                                         "--user-data-dir=\(folder.appendingPathComponent("chromium").path)"]
                                             + arguments)
    }

    @Test(.enabled(if: Programs.has("chromium") && Programs.has("pdfinfo") && Programs.has("dot"),
                   "needs chromium, pdfinfo (poppler-utils) and Graphviz's dot"), arguments: sessions)
    func theCRESMReportPrintsOnA4(answers: String) throws {
        let folder = try temporaryFolder()
        let html = try cresmReport(answers, in: folder)
        let pdf = folder.appendingPathComponent("cresm.pdf")
        let print = try chromium(
            ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString], in: folder)
        #expect(print.status == 0, "\(print.err)")
        let info = try runProgram(try #require(Programs.path("pdfinfo")), [pdf.path])
        #expect(info.status == 0, "\(info.err)")
        let fields = Dictionary(info.out.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { first, _ in first })
        #expect(fields["Page size"]?.hasSuffix("(A4)") == true, "page size: \(fields["Page size"] ?? "none")")
        let pages = Int(fields["Pages"] ?? "") ?? 0
        // English: 9 pages (four steps, the time table, the map on a page of its own); a report
        // that spills far beyond (a table per line, a map cut in pieces) is out of this range.
        #expect((3...10).contains(pages), "\(pages) pages for a session of four steps and its map")
    }

    @Test(.enabled(if: Programs.has("chromium") && Programs.has("dot"), "needs chromium and Graphviz's dot"),
          arguments: sessions)
    func nothingSticksOutOfTheTextColumn(answers: String) throws {
        let folder = try temporaryFolder()
        let html = try cresmReport(answers, in: folder)
        let script = try String(contentsOf: checkout.appendingPathComponent("scripts/print-measure.js"),
                                encoding: .utf8)
        let page = try String(contentsOf: html, encoding: .utf8)
        let measured = folder.appendingPathComponent("measured.html")
        try page.replacingOccurrences(of: "</body>", with: "<script>\n\(script)</script>\n</body>").write(
            to: measured, atomically: true, encoding: .utf8)
        let dump = try chromium(["--hide-scrollbars", "--window-size=\(PrintTests.columnPixels),1200", "--dump-dom",
                                 measured.absoluteString], in: folder)
        #expect(dump.status == 0, "\(dump.err)")
        // The last one: the script's own text names the element too.
        let start = try #require(dump.out.range(of: "<pre id=\"profint-measure\">", options: .backwards),
                                 "the measure ran: \(dump.err)")
        let end = try #require(dump.out.range(of: "</pre>", range: start.upperBound..<dump.out.endIndex))
        let json = String(dump.out[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{00A0}")
        let measure = try JSONDecoder().decode(Measure.self, from: Data(json.utf8))
        #expect(abs(measure.column - Double(PrintTests.columnPixels)) <= 2, "the column is A4's: \(measure.column) px")
        #expect(measure.overflowing.isEmpty, "sticks out of the column: \(measure.overflowing)")
        #expect(measure.wrapped.isEmpty, "times wrap: \(measure.wrapped)")
        let map = try #require(measure.map, "the partner map is drawn")
        #expect(map.width <= measure.column + 1)
        #expect(map.height <= 235 / 25.4 * 96 + 1, "the map fits a page: \(map.height) px")
        #expect(map.smallestFontPt >= 6.5, "the map's smallest text prints at \(map.smallestFontPt) pt")
        let label = try #require(page.range(of: "aria-label=\""), "the map is a figure")
        let title = page[label.upperBound...].prefix { $0 != "\"" }
        #expect(page.components(separatedBy: ">\(title)<").count == 2, "the map's heading, \(title), once")
    }
}
