import Foundation

/// The JSON form of a session (docs/sessions.md): what `sessions export` writes, `sessions
/// import` reads and `run --format json` prints. Decoding then encoding gives the same text.
public enum SessionCodec {
    public static let format = "profint-session"
    public static let version: Int64 = 1

    public static func encode(_ record: SessionRecord) -> JSONValue {
        var fields: [String: JSONValue] = [
            "format": .string(format), "version": .int(version),
            "id": .string(record.id), "tool": .string(record.tool), "tool_hash": .string(record.toolHash),
            "language": .string(record.language), "status": .string(record.status.rawValue),
            "started_at": .string(timestamp(record.startedAt)),
            "metadata": .object(metadata(record.metadata)),
            "answers": .array(record.answers.map(encode)),
            "kept": .array(record.kept.map(encode)),
            "events": .array(record.events.map { event in
                var item: [String: JSONValue] = ["kind": .string(event.kind.rawValue),
                                                 "at": .string(timestamp(event.at))]
                if let step = event.step { item["step"] = .string(step) }
                if let path = event.path { item["path"] = .string(path.description) }
                if let value = event.value { item["value"] = value }
                if let text = event.text { item["text"] = .string(text) }
                return .object(item)
            }),
            "notes": .array(record.notes.map { note in
                var item: [String: JSONValue] = ["text": .string(note.text), "at": .string(timestamp(note.at))]
                if let step = note.step { item["step"] = .string(step) }
                return .object(item)
            }),
            "spent": .object(record.spent.mapValues { .double($0) }),
            "links": .object(record.links.mapValues { .string($0) }),
        ]
        if let ended = record.endedAt { fields["ended_at"] = .string(timestamp(ended)) }
        if !record.drafts.isEmpty {
            fields["drafts"] = .array(record.drafts.map { draft in
                .object(["path": .string(draft.path.description), "value": draft.value,
                         "at": .string(timestamp(draft.at))])
            })
        }
        return .object(fields)
    }

    private static func encode(_ answer: AnswerRecord) -> JSONValue {
        var item: [String: JSONValue] = ["path": .string(answer.path.description), "at": .string(timestamp(answer.at))]
        if let value = answer.value { item["value"] = value } else { item["skipped"] = .bool(true) }
        return .object(item)
    }

    static func metadata(_ metadata: SessionMetadata) -> [String: JSONValue] {
        var fields: [String: JSONValue] = ["participants": .array(metadata.participants.map { .string($0) })]
        if let organisation = metadata.organisation { fields["organisation"] = .string(organisation) }
        if let facilitator = metadata.facilitator { fields["facilitator"] = .string(facilitator) }
        return fields
    }

    /// Reads a session; every problem is named by its place in the document.
    public static func decode(_ value: JSONValue) throws -> SessionRecord {
        var reader = FieldReader(value: value, place: "session")
        guard reader.string("format") == format else {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "format", reason: "not a profint session export (expected \"format\": \"\(format)\")")])
        }
        if let given = reader.int("version"), given > version {
            throw ProfintError.invalidAnswers([AnswerProblem(
                path: "version", reason: "written by a newer profint (version \(given)); upgrade profint")])
        }
        let metadataFields = FieldReader(value: value["metadata"] ?? .object([:]), place: "metadata")
        var metadataReader = metadataFields
        let metadata = SessionMetadata(
            organisation: metadataReader.optionalString("organisation"),
            facilitator: metadataReader.optionalString("facilitator"),
            participants: metadataReader.strings("participants"))
        reader.problems += metadataReader.problems
        var record = SessionRecord(
            id: reader.string("id") ?? "", tool: reader.string("tool") ?? "",
            toolHash: reader.string("tool_hash") ?? "",
            language: reader.string("language") ?? "en", metadata: metadata,
            status: reader.string("status").flatMap(SessionRecord.Status.init(rawValue:)) ?? .inProgress,
            startedAt: reader.date("started_at") ?? Date(timeIntervalSince1970: 0),
            endedAt: reader.optionalDate("ended_at"))
        if let status = value["status"]?.stringValue, SessionRecord.Status(rawValue: status) == nil {
            reader.problems.append(AnswerProblem(path: "status", reason: "unknown status '\(status)'"))
        }
        if let id = value["id"]?.stringValue, !SessionCodec.isValidID(id) {
            reader.problems.append(AnswerProblem(path: "id",
                                                 reason: "a session id holds letters, digits, - and _ only"))
        }
        record.answers = decodeAnswers(reader.array("answers"), field: "answers", startedAt: record.startedAt,
                                       problems: &reader.problems)
        record.kept = decodeAnswers(reader.array("kept"), field: "kept", startedAt: record.startedAt,
                                    problems: &reader.problems)
        for (index, item) in reader.array("events").enumerated() {
            var entry = FieldReader(value: item, place: "events[\(index)]")
            guard let kind = entry.string("kind").flatMap(RunEvent.Kind.init(rawValue:)) else {
                reader.problems.append(AnswerProblem(path: "events[\(index)].kind", reason: "unknown event kind"))
                continue
            }
            record.events.append(RunEvent(kind, at: entry.date("at") ?? record.startedAt,
                                          step: entry.optionalString("step"),
                                          path: entry.optionalPath("path"), value: item["value"],
                                          text: entry.optionalString("text")))
            reader.problems += entry.problems
        }
        for (index, item) in reader.array("notes").enumerated() {
            var entry = FieldReader(value: item, place: "notes[\(index)]")
            record.notes.append(Note(step: entry.optionalString("step"), text: entry.string("text") ?? "",
                                     at: entry.date("at") ?? record.startedAt))
            reader.problems += entry.problems
        }
        for (step, seconds) in value["spent"]?.objectValue ?? [:] {
            guard let seconds = seconds.doubleValue, seconds >= 0 else {
                reader.problems.append(AnswerProblem(path: "spent.\(step)", reason: "must be a number of seconds"))
                continue
            }
            record.spent[step] = seconds
        }
        for (index, item) in reader.array("drafts").enumerated() {
            var entry = FieldReader(value: item, place: "drafts[\(index)]")
            let path = entry.optionalPath("path")
            for key in ["path", "value"] where item[key] == nil {
                entry.problems.append(AnswerProblem(path: "drafts[\(index)].\(key)", reason: "missing"))
            }
            let at = entry.date("at") ?? record.startedAt
            if let path, record.drafts.contains(where: { $0.path == path }) {
                entry.problems.append(AnswerProblem(
                    path: "drafts[\(index)].path",
                    reason: "a second draft of \(path): a question keeps one draft, remove one"))
            } else if let path, let draft = item["value"] {
                // The limits the driver keeps when a draft is typed hold for one read from a file too.
                if let problem = Draft.problem(with: draft) {
                    entry.problems.append(AnswerProblem(path: "drafts[\(index)].value", reason: problem))
                } else {
                    record.drafts.append(Draft(path: path, value: draft, at: at))
                }
            }
            reader.problems += entry.problems
        }
        record.drafts = Draft.ordered(record.drafts)
        for (name, id) in value["links"]?.objectValue ?? [:] {
            guard let id = id.stringValue else {
                reader.problems.append(AnswerProblem(path: "links.\(name)", reason: "must be a session id"))
                continue
            }
            record.links[name] = id
        }
        if !reader.problems.isEmpty { throw ProfintError.invalidAnswers(reader.problems) }
        return record
    }

    private static func decodeAnswers(
        _ items: [JSONValue], field: String, startedAt: Date, problems: inout [AnswerProblem]
    ) -> [AnswerRecord] {
        items.enumerated().compactMap { index, item in
            var entry = FieldReader(value: item, place: "\(field)[\(index)]")
            let text = entry.string("path") ?? ""
            let path = AnswerPath(text)
            if path == nil && item["path"]?.stringValue != nil {
                entry.problems.append(AnswerProblem(path: "\(field)[\(index)].path",
                                                    reason: "'\(text)' is not an answer path"))
            }
            let skipped = item["skipped"]?.boolValue == true
            if !skipped && item["value"] == nil {
                entry.problems.append(AnswerProblem(path: "\(field)[\(index)]",
                                                    reason: "an answer needs a value, or \"skipped\": true"))
            }
            let at = entry.date("at") ?? startedAt
            let answer = path.map { AnswerRecord(path: $0, value: skipped ? nil : item["value"], at: at) }
            problems += entry.problems
            return answer
        }
    }

    /// Whether an id is safe as a session id.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100
            && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// A time as sessions write it: UTC, to the millisecond (`2026-11-29T09:30:00.125Z`).
    public static func timestamp(_ date: Date) -> String { UTCTime.iso8601(date, milliseconds: true) }

    /// A time as sessions write it, with or without a fraction of a second.
    public static func date(_ text: String) -> Date? { UTCTime.date(iso8601: text) }
}

/// Reads typed fields of a JSON object, noting each problem with its place.
private struct FieldReader {
    let value: JSONValue
    let place: String
    var problems: [AnswerProblem] = []

    init(value: JSONValue, place: String) {
        self.value = value
        self.place = place
        if value.objectValue == nil { problems.append(AnswerProblem(path: place, reason: "expected an object")) }
    }

    private mutating func problem(_ key: String, _ reason: String) {
        problems.append(AnswerProblem(path: place == "session" ? key : "\(place).\(key)", reason: reason))
    }

    mutating func string(_ key: String) -> String? {
        guard let text = value[key]?.stringValue else {
            problem(key, value[key] == nil ? "missing" : "must be text")
            return nil
        }
        return text
    }

    mutating func optionalPath(_ key: String) -> AnswerPath? {
        guard let text = optionalString(key) else { return nil }
        guard let path = AnswerPath(text) else {
            problem(key, "'\(text)' is not an answer path")
            return nil
        }
        return path
    }

    mutating func optionalString(_ key: String) -> String? {
        guard let field = value[key], !field.isNull else { return nil }
        return string(key)
    }

    mutating func int(_ key: String) -> Int64? { value[key]?.intValue }

    mutating func strings(_ key: String) -> [String] {
        guard let field = value[key] else { return [] }
        guard let items = field.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            problem(key, "must be a list of text")
            return []
        }
        return items.compactMap(\.stringValue)
    }

    mutating func array(_ key: String) -> [JSONValue] {
        guard let field = value[key] else { return [] }
        guard let items = field.arrayValue else {
            problem(key, "must be a list")
            return []
        }
        return items
    }

    mutating func date(_ key: String) -> Date? {
        guard let text = string(key) else { return nil }
        guard let date = SessionCodec.date(text) else {
            problem(key, "'\(text)' is not a date-time such as 2026-11-29T09:30:00.000Z")
            return nil
        }
        return date
    }

    mutating func optionalDate(_ key: String) -> Date? {
        guard let field = value[key], !field.isNull else { return nil }
        return date(key)
    }
}
