import ProfintCore
import ProfintReports

/// Builds the Markdown report of a record through its tool.
enum MarkdownReportMaker {
    static func render(record: SessionRecord, loaded: LoadedTool, inputs: [String: [String: JSONValue]]) -> String {
        do {
            return MarkdownReport(try SessionView(record: record, loaded: loaded, inputs: inputs)).render()
        } catch {
            return "profint: cannot render the report: \(error)"
        }
    }
}
