import CYaml
import ProfintModel

/// Reads YAML (or JSON) text into a ``JSONValue`` straight from libyaml's events, remembering the
/// line of every mapping key: what ``DataFile`` holds.
///
/// libyaml is the copy Yams builds (its `CYaml` module, which SwiftPM makes visible to every
/// target that depends on Yams). Yams's own reader builds a tree of nodes first, with a tag
/// object per node and a dictionary per mapping to find duplicate keys: three quarters of what
/// reading an answer file cost, and a fifth of `profint test` (docs/performance.md).
///
/// The reading is YAML 1.2's core schema, as ``DataFile`` documents it: a plain scalar is read by
/// ``DataFile/plain(_:)``, a quoted or block one is text, an explicitly tagged one follows its
/// tag (`!!int`, `!!float`, `!!bool`, `!!null`; `!!str` as if untagged; any other tag: text).
/// Aliases are expanded, counted against ``DataFile/maximumValues``.
struct YAMLEventReader {
    /// What the text held.
    struct Result {
        var root: JSONValue
        /// The line of each mapping key, by its path of keys and item numbers from the root.
        var lines: [[String]: Int]
    }

    /// What was wrong with the text: `path` is where (keys joined by `/`, or `(file)`).
    struct Problem: Error {
        var path: String
        var reason: String
        /// The line the problem is on, when it has one of its own.
        var line: Int?
    }

    /// Reads `text`; throws a ``Problem`` for text that is not YAML, holds more than one document,
    /// gives a key twice, nests past 64 levels or expands past ``DataFile/maximumValues`` values.
    static func read(_ text: String) throws(Problem) -> Result {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes.append(0) }   // a valid pointer; the length given stays 0
        let length = text.utf8.count
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw Problem(path: "(file)", reason: "out of memory", line: nil)
        }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Problem) -> Result in
            // The parser reads the bytes in place: they live until this closure returns.
            yaml_parser_set_input_string(parser, buffer.baseAddress, length)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var reader = YAMLEventReader(parser: parser, bytes: buffer)
            return try reader.stream()
        }
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let bytes: UnsafeBufferPointer<UInt8>
    private var event = yaml_event_t()
    private var lines: [[String]: Int] = [:]
    /// Every key's line in the order read, so that an anchored value can take its keys along.
    private var keyLines: [(path: [String], line: Int)] = []
    private var values = 0
    /// The keys (and item numbers) from the root to the value being read.
    private var path: [String] = []
    /// The longest `path` met so far (for the depth of an anchored value).
    private var deepest = 0
    private var anchors: [String: Anchored] = [:]

    /// A value with an anchor (`&name`), as an alias (`*name`) repeats it.
    private struct Anchored {
        var value: JSONValue
        /// How many values it counts for.
        var values: Int
        /// How many levels it nests below where it is.
        var depth: Int
        /// Its keys' lines, by path from the value itself.
        var keyLines: [(path: [String], line: Int)]
    }

    private init(parser: UnsafeMutablePointer<yaml_parser_t>, bytes: UnsafeBufferPointer<UInt8>) {
        self.parser = parser
        self.bytes = bytes
    }

    /// The stream: nothing (null), or one document.
    private mutating func stream() throws(Problem) -> Result {
        defer { yaml_event_delete(&event) }
        try next()   // stream start
        try next()
        guard event.type != YAML_STREAM_END_EVENT else { return Result(root: .null, lines: [:]) }
        try next()   // past the document start
        let root = try value()
        try next()   // document end
        try next()
        guard event.type == YAML_STREAM_END_EVENT else {
            throw Problem(path: "(file)", reason: "line \(line(of: event.start_mark)), column "
                + "\(event.start_mark.column + 1): but found another document (a file holds one)", line: nil)
        }
        return Result(root: root, lines: lines)
    }

    /// Moves to the next event (the current one is freed).
    private mutating func next() throws(Problem) {
        yaml_event_delete(&event)
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxProblem() }
    }

    /// The value starting at the current event, which it leaves on the value's last event.
    private mutating func value() throws(Problem) -> JSONValue {
        guard path.count < 64 else { throw Problem(path: joinedPath, reason: "nested too deeply", line: nil) }
        deepest = max(deepest, path.count)
        if event.type == YAML_ALIAS_EVENT { return try alias() }
        try count(1)
        let anchor: String?
        switch event.type {
        case YAML_SCALAR_EVENT: anchor = text(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: anchor = text(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: anchor = text(event.data.mapping_start.anchor)
        default: throw Problem(path: joinedPath, reason: "not valid YAML or JSON", line: line(of: event.start_mark))
        }
        let start = (values: values, keyLines: keyLines.count, deepest: deepest)
        if anchor != nil { deepest = path.count }
        let result: JSONValue
        switch event.type {
        case YAML_SCALAR_EVENT: result = scalar()
        case YAML_SEQUENCE_START_EVENT: result = try sequence()
        default: result = try mapping()
        }
        if let anchor {
            let depth = path.count
            anchors[anchor] = Anchored(
                value: result, values: values - start.values + 1, depth: deepest - depth,
                keyLines: keyLines[start.keyLines...].map { (Array($0.path.dropFirst(depth)), $0.line) })
            deepest = max(start.deepest, deepest)
        }
        return result
    }

    /// The value an alias repeats, its keys' lines recorded at the alias's place.
    private mutating func alias() throws(Problem) -> JSONValue {
        let name = text(event.data.alias.anchor) ?? ""
        guard let anchored = anchors[name] else {
            throw Problem(path: joinedPath, reason: "line \(line(of: event.start_mark)), column "
                + "\(event.start_mark.column + 1): found undefined alias", line: nil)
        }
        guard path.count + anchored.depth < 64 else {
            throw Problem(path: joinedPath, reason: "nested too deeply", line: nil)
        }
        try count(anchored.values)
        deepest = max(deepest, path.count + anchored.depth)
        for (relative, line) in anchored.keyLines { record(path + relative, line: line) }
        return anchored.value
    }

    private func scalar() -> JSONValue {
        let scalar = event.data.scalar
        let string = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length),
                                                  as: UTF8.self) } ?? ""
        let tag = scalar.quoted_implicit == 1 ? nil : text(scalar.tag)
        let core = "tag:yaml.org,2002:"
        switch tag {
        case nil, core + "str":
            return scalar.style == YAML_PLAIN_SCALAR_STYLE ? DataFile.plain(string) : .string(string)
        case core + "null": return .null
        case core + "bool": return .bool(string.lowercased() == "true")
        case core + "int":
            return Int64(string.replacingAll("_", with: "")).map(JSONValue.int) ?? .string(string)
        case core + "float":
            return Double(string.replacingAll("_", with: "")).map(JSONValue.double) ?? .string(string)
        default: return .string(string)
        }
    }

    private mutating func sequence() throws(Problem) -> JSONValue {
        var items: [JSONValue] = []
        try next()
        while event.type != YAML_SEQUENCE_END_EVENT {
            path.append(String(items.count))
            items.append(try value())
            path.removeLast()
            try next()
        }
        return .array(items)
    }

    private mutating func mapping() throws(Problem) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        var duplicates: Set<String> = []
        try next()
        while event.type != YAML_MAPPING_END_EVENT {
            guard event.type == YAML_SCALAR_EVENT else {
                throw Problem(path: joinedPath, reason: "keys must be plain text", line: line(of: event.start_mark))
            }
            let keyLine = line(of: event.start_mark)
            let key = keyText()
            if let anchor = text(event.data.scalar.anchor) {
                // A key an alias repeats elsewhere, as a value: read as any scalar is.
                anchors[anchor] = Anchored(value: scalar(), values: 1, depth: 0, keyLines: [])
            }
            if fields[key] != nil { duplicates.insert(key) }
            try next()
            path.append(key)
            record(path, line: keyLine)
            fields[key] = try value()
            path.removeLast()
            try next()
        }
        guard duplicates.isEmpty else {
            let keys = duplicates.sorted().joined(separator: ", ")
            throw Problem(path: "(file)", reason: "a key is given twice: \(keys)", line: nil)
        }
        return .object(fields)
    }

    /// A key's text, as written (a key is never read as a number or a boolean).
    private func keyText() -> String {
        let scalar = event.data.scalar
        return scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length),
                                         as: UTF8.self) } ?? ""
    }

    private mutating func record(_ keys: [String], line: Int) {
        lines[keys] = line
        keyLines.append((keys, line))
    }

    /// Counts `added` more values, refusing a file past ``DataFile/maximumValues``.
    private mutating func count(_ added: Int) throws(Problem) {
        values += added
        guard values <= DataFile.maximumValues else {
            throw Problem(path: "(file)", reason: "more than \(DataFile.maximumValues) values once its aliases are "
                + "expanded: not an answer file", line: nil)
        }
    }

    private var joinedPath: String { path.joined(separator: "/") }

    private func line(of mark: yaml_mark_t) -> Int { mark.line + 1 }

    /// libyaml's text (an anchor, a tag).
    private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// The parser's error as a problem: `line 3, column 7: mapping values are not allowed here`.
    private func syntaxProblem() -> Problem {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "not valid YAML or JSON"
        if state.error == YAML_MEMORY_ERROR { return Problem(path: "(file)", reason: "out of memory", line: nil) }
        if state.error == YAML_READER_ERROR {
            // The reader names a byte offset: its line and column, counting characters.
            let before = bytes.prefix(min(state.problem_offset, bytes.count))
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
            return Problem(path: "(file)", reason: "line \(line), column \(column): \(problem)", line: nil)
        }
        let mark = state.problem_mark
        return Problem(path: "(file)", reason: "line \(mark.line + 1), column \(mark.column + 1): \(problem)",
                       line: nil)
    }
}
