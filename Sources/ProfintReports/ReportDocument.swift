/// A report as structure, before any format: Markdown and HTML render the same document, so
/// both show the same things in the same order.
public struct ReportDocument: Equatable {
    public var title: String
    public var subtitle: String?
    public var blocks: [Block]
    /// The language the report is written in: renderers use it for the typography of the
    /// words they add themselves (the colon after a fact's label).
    public var language = "en"

    public init(title: String, subtitle: String? = nil, blocks: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    /// A piece of a report. Every string is plain text: each renderer escapes it.
    public enum Block: Equatable {
        /// A section heading; level 2 under the title, 3 under a section.
        case heading(level: Int, text: String, detail: String?)
        case paragraph(String)
        /// Text set apart: facilitator guidance, a warning.
        case aside(String)
        /// Label–value pairs: the facts of a session.
        case facts([(String, String)])
        case list([String])
        /// A table; `rowHeaders` puts the first cell of each row in bold; the columns in `unbroken`
        /// (times, counts) keep each cell on one line, the others wrap.
        case table(header: [String], rows: [[String]], rowHeaders: Bool, unbroken: Set<Int> = [])
        /// A question and its answer, headed at `level` (3 under a step).
        case answer(question: String, tags: [String], body: [Block], level: Int = 3)
        /// A graph drawn as an image under its heading (level 2), in formats that can (HTML with
        /// SVG); the drawing carries no title of its own, so the heading says it once.
        case figure(svg: String, title: String)

        public static func == (lhs: Block, rhs: Block) -> Bool {
            switch (lhs, rhs) {
            case let (.heading(a, b, c), .heading(d, e, f)): return a == d && b == e && c == f
            case let (.paragraph(a), .paragraph(b)), let (.aside(a), .aside(b)): return a == b
            case let (.facts(a), .facts(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
            case let (.list(a), .list(b)): return a == b
            case let (.table(a, b, c, g), .table(d, e, f, h)): return a == d && b == e && c == f && g == h
            case let (.answer(a, b, c, g), .answer(d, e, f, h)): return a == d && b == e && c == f && g == h
            case let (.figure(a, b), .figure(c, d)): return a == c && b == d
            default: return false
            }
        }
    }
}
