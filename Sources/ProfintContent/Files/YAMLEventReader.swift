import CYaml
import ProfintModel

/// Reads YAML (or JSON) text into a ``JSONValue`` straight from libyaml's events, remembering the
/// line of every mapping key: what ``DataFile`` holds.
///
/// libyaml is the copy Yams builds (its `CYaml` module, which SwiftPM makes visible to every
/// target that depends on Yams; Package.swift keeps Yams to the minor version this was written
/// for). Yams's own reader builds a tree of nodes first, with a tag object per node and a
/// dictionary per mapping to find duplicate keys: 0.8 of the 1.9 million instructions reading an
/// answer file cost, and 8 % of `profint test`'s (docs/performance-notes.md).
///
/// The reading is YAML 1.2's core schema, as ``DataFile`` documents it: a plain scalar is read by
/// ``DataFile/plain(_:)``, a quoted or block one is text, an explicitly tagged one follows its
/// tag (`!!int`, `!!float`, `!!bool`, `!!null`; `!!str` and any other tag: text). Aliases are
/// expanded, counted against ``DataFile/maximumValues``; an alias to a scalar may be a key.
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
        let length = bytes.count
        if bytes.isEmpty { bytes.append(0) }   // a valid pointer; the length given stays 0
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
    /// The keys' lines read inside anchored values, in order, so that an alias can take them along.
    private var keyLines: [(path: [String], line: Int)] = []
    private var values = 0
    /// The keys (and item numbers) from the root to the value being read.
    private var path: [String] = []
    /// The longest `path` met so far (for the depth of an anchored value).
    private var deepest = 0
    private var anchors: [String: Anchored] = [:]
    /// How many anchored values are being read, one inside the other.
    private var openAnchors = 0

    /// A value with an anchor (`&name`), as an alias (`*name`) repeats it.
    private struct Anchored {
        var value: JSONValue
        /// A scalar's text as written, for an alias used as a key.
        var text: String?
        /// How many values it counts for.
        var values: Int
        /// How many levels it nests below where it is.
        var depth: Int
        /// Its keys' lines: these entries of `keyLines`, whose paths start with `base` keys of the
        /// anchor's own place (a range, not a copy: anchors nested 64 deep would copy them 64 times).
        var keyLines: Range<Int>
        var base: Int
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
            throw Problem(path: "(file)", reason: "\(position(of: event.start_mark)): but found another document "
                + "(a file holds one)", line: nil)
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
        guard path.count < 64 else {
            throw Problem(path: joinedPath, reason: "nested too deeply", line: line(of: event.start_mark))
        }
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
        if anchor != nil {
            deepest = path.count
            openAnchors += 1
        }
        let result: JSONValue
        switch event.type {
        case YAML_SCALAR_EVENT: result = scalar()
        case YAML_SEQUENCE_START_EVENT: result = try sequence()
        default: result = try mapping()
        }
        if let anchor {
            openAnchors -= 1
            anchors[anchor] = Anchored(
                value: result, text: event.type == YAML_SCALAR_EVENT ? scalarText() : nil,
                values: values - start.values + 1, depth: deepest - path.count,
                keyLines: start.keyLines..<keyLines.count, base: path.count)
            deepest = max(start.deepest, deepest)
        }
        return result
    }

    /// The value an alias repeats, its keys' lines recorded at the alias's place.
    private mutating func alias() throws(Problem) -> JSONValue {
        let anchored = try aliased()
        guard path.count + anchored.depth < 64 else {
            throw Problem(path: joinedPath, reason: "nested too deeply", line: line(of: event.start_mark))
        }
        try count(anchored.values)
        deepest = max(deepest, path.count + anchored.depth)
        for index in anchored.keyLines {
            let (keys, line) = keyLines[index]
            record(path + keys[anchored.base...], line: line)
        }
        return anchored.value
    }

    /// The anchored value the current alias event names.
    private func aliased() throws(Problem) -> Anchored {
        guard let anchored = anchors[text(event.data.alias.anchor) ?? ""] else {
            throw Problem(path: joinedPath, reason: "\(position(of: event.start_mark)): found undefined alias",
                          line: nil)
        }
        return anchored
    }

    private func scalar() -> JSONValue {
        let string = scalarText()
        let core = "tag:yaml.org,2002:"
        switch text(event.data.scalar.tag) {
        case nil:
            // libyaml gives no tag to an untagged scalar, plain or quoted.
            return event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? DataFile.plain(string) : .string(string)
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
        try next()
        while event.type != YAML_MAPPING_END_EVENT {
            let keyLine = line(of: event.start_mark)
            let key = try keyText()
            guard fields[key] == nil else {
                throw Problem(path: joinedPath.isEmpty ? "(file)" : joinedPath,
                              reason: "a key is given twice: \(key)", line: keyLine)
            }
            try next()
            path.append(key)
            record(path, line: keyLine)
            fields[key] = try value()
            path.removeLast()
            try next()
        }
        return .object(fields)
    }

    /// The text of the key at the current event, as written (a key is never read as a number or
    /// a boolean): a scalar, or an alias to one.
    private mutating func keyText() throws(Problem) -> String {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let key = scalarText()
            if let anchor = text(event.data.scalar.anchor) {
                // A key an alias repeats elsewhere: as a value, it reads as any scalar does.
                anchors[anchor] = Anchored(value: scalar(), text: key, values: 1, depth: 0,
                                           keyLines: keyLines.count..<keyLines.count, base: path.count)
            }
            return key
        case YAML_ALIAS_EVENT:
            if let key = try aliased().text { return key }
        default: break
        }
        throw Problem(path: joinedPath, reason: "keys must be plain text", line: line(of: event.start_mark))
    }

    /// The current scalar event's text, as written.
    private func scalarText() -> String {
        let scalar = event.data.scalar
        return scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length),
                                         as: UTF8.self) } ?? ""
    }

    /// Records the line of the key at `keys`; kept in order too while an anchored value is read,
    /// for the aliases that repeat it.
    private mutating func record(_ keys: [String], line: Int) {
        lines[keys] = line
        if openAnchors > 0 { keyLines.append((keys, line)) }
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

    /// `line 3, column 7`, as messages say where in the text.
    private func position(of mark: yaml_mark_t) -> String { "line \(mark.line + 1), column \(mark.column + 1)" }

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
        return Problem(path: "(file)", reason: "\(position(of: state.problem_mark)): \(problem)", line: nil)
    }
}
