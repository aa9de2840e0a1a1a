import Foundation
import GRDB
import ProfintModel

/// A line of `sessions list`.
public struct SessionSummary: Equatable, Sendable {
    public var id: String
    public var tool: String
    public var status: SessionRecord.Status
    public var language: String
    public var organisation: String?
    public var facilitator: String?
    public var startedAt: Date
    public var endedAt: Date?
    /// Questions answered with a value, skips not counted (``AnswerRecord/answeredCount(_:)``).
    public var answers: Int
}

/// Sessions in SQLite (GRDB), in WAL mode, with a versioned schema.
///
/// Every ``save(_:)`` is one transaction that makes the stored session equal to the record, so
/// a front end that saves after each answer loses nothing confirmed when killed. Opening a file
/// that is not a store, or a store from a newer profint, fails with a ``StoreError`` and leaves
/// the file as it was.
public final class SessionStore {
    public let url: URL
    private let pool: DatabasePool

    /// Opens (and creates, with its folder, if missing) the store at `url`.
    /// - Parameter busyTimeout: how long to wait for another process's write to finish.
    public init(url: URL, busyTimeout: TimeInterval = 5) throws {
        self.url = url
        let path = url.path
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path,
                             reason: "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try SessionStore.open(path: path, configuration: configuration, patience: busyTimeout)
    }

    /// Opens the pool and migrates the schema. Two processes creating one store at once race to
    /// switch it to WAL (which does not wait for locks) and to run the first migration (the
    /// loser's transaction fails and is rolled back): the loser tries again until `patience` runs
    /// out, and then finds the schema the winner made.
    private static func open(
        path: String, configuration: Configuration, patience: TimeInterval
    ) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                if FileManager.default.fileExists(atPath: path) {
                    try refuseForeignFile(at: path)
                    try refuseNewerSchema(at: path)
                }
                let pool = try DatabasePool(path: path, configuration: configuration)
                let migrator = Schema.migrator
                if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                    throw StoreError(path: path, reason: "written by a newer profint (its schema has changes "
                                     + "this version does not know); upgrade profint")
                }
                try migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where Date() < deadline && isCreationRace(error) {
                usleep(UInt32.random(in: 5_000...40_000))
            } catch {
                throw StoreError.from(error, path: path)
            }
        }
    }

    private static func isCreationRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return true
        case .SQLITE_ERROR: return error.message?.contains("already exists") == true
        default: return false
        }
    }

    /// A store whose migrations this profint does not know is refused through a read-only
    /// connection, before anything could write to it.
    private static func refuseNewerSchema(at path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let probe = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? probe.close() }
        let superseded = try probe.read { db in
            try db.tableExists("grdb_migrations") && Schema.migrator.hasBeenSuperseded(db)
        }
        if superseded {
            throw StoreError(path: path, reason: "written by a newer profint (its schema has changes "
                             + "this version does not know); upgrade profint")
        }
    }

    /// Anything at `path` that is neither an empty file nor a profint store is refused before
    /// SQLite writes to it: a folder, a file that is not an SQLite database, or the database of
    /// another application. Only read-only handles touch the file here.
    private static func refuseForeignFile(at path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(path: path, reason: "is a folder, not a store file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(path: path, reason: "the store cannot be read: check its permissions")
        }
        defer { try? handle.close() }
        let header: Data
        do { header = try handle.read(upToCount: 16) ?? Data() } catch {
            throw StoreError(path: path, reason: "the store file cannot be read (\(error.localizedDescription))")
        }
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw StoreError(path: path, reason: "not a profint session store (the file is not an SQLite database)")
        }
        try refuseForeignDatabase(at: path)
    }

    /// An SQLite database is a profint store when its migrations table holds the first
    /// migration; one with no schema at all is a new store, and so is one whose only table is an
    /// empty migrations table (with its key's index, nothing else): another profint creating the
    /// store at this moment (GRDB makes that table, and commits it, before the first migration's
    /// transaction). Another GRDB application's database caught at that same instant would be
    /// taken for a new store too. Anything else belongs to another application.
    private static func refuseForeignDatabase(at path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let probe = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? probe.close() }
        let verdict: String? = try probe.read { db in
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let application = try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if objects == 0 {
                return version == 0 && application == 0
                    ? nil : "an empty database that another application has marked as its own"
            }
            guard try db.tableExists("grdb_migrations") else { return "an SQLite database of another application" }
            let others = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM sqlite_master
                WHERE NOT (type = 'table' AND name = 'grdb_migrations')
                  AND NOT (type = 'index' AND name = 'sqlite_autoindex_grdb_migrations_1')
                """) ?? 0
            let applied = try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0
            if others == 0 && applied == 0 && version == 0 && application == 0 { return nil }
            guard let first = Schema.migrator.migrations.first,
                  try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM grdb_migrations WHERE identifier = ?",
                                    arguments: [first]) == true
            else {
                return "an SQLite database of another application"
            }
            return nil
        }
        if let verdict {
            throw StoreError(path: path, reason: "not a profint session store (\(verdict)); it was left as it was")
        }
    }

    // MARK: Writing

    /// Makes the stored session equal to `record`, in one transaction.
    public func save(_ record: SessionRecord) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO session (id, tool, tool_hash, language, organisation, facilitator, participants, status, started_at, ended_at, links)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET tool = excluded.tool, tool_hash = excluded.tool_hash, language = excluded.language,
                  organisation = excluded.organisation, facilitator = excluded.facilitator, participants = excluded.participants,
                  status = excluded.status, started_at = excluded.started_at, ended_at = excluded.ended_at, links = excluded.links
                """, arguments: [
                    record.id, record.tool, record.toolHash, record.language,
                    record.metadata.organisation, record.metadata.facilitator,
                    JSONValue.array(record.metadata.participants.map(JSONValue.string)).jsonText(),
                    record.status.rawValue,
                    record.startedAt.timeIntervalSince1970, record.endedAt?.timeIntervalSince1970,
                    JSONValue.object(record.links.mapValues(JSONValue.string)).jsonText(),
                ])
            for table in ["answer", "event", "note", "spent", "draft"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE session_id = ?", arguments: [record.id])
            }
            for (kept, answers) in [(false, record.answers), (true, record.kept)] {
                for (position, answer) in answers.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO answer (session_id, position, path, value, at, kept) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [record.id, position, answer.path.description, answer.value?.jsonText(),
                                    answer.at.timeIntervalSince1970, kept])
                }
            }
            for (seq, event) in record.events.enumerated() {
                try db.execute(
                    sql: "INSERT INTO event (session_id, seq, kind, at, step, path, value, text) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [record.id, seq, event.kind.rawValue, event.at.timeIntervalSince1970, event.step,
                                event.path?.description, event.value?.jsonText(), event.text])
            }
            for (seq, note) in record.notes.enumerated() {
                try db.execute(sql: "INSERT INTO note (session_id, seq, step, text, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [record.id, seq, note.step, note.text, note.at.timeIntervalSince1970])
            }
            for (step, seconds) in record.spent {
                try db.execute(sql: "INSERT INTO spent (session_id, step, seconds) VALUES (?, ?, ?)",
                               arguments: [record.id, step, seconds])
            }
            for draft in record.drafts {
                try db.execute(sql: "INSERT INTO draft (session_id, path, value, at) VALUES (?, ?, ?, ?)",
                               arguments: [record.id, draft.path.description, draft.value.jsonText(),
                                           draft.at.timeIntervalSince1970])
            }
        }
    }

    /// Deletes a session; false when there is none with this id.
    public func delete(_ id: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    // MARK: Reading

    /// Whether a session with this id exists.
    public func contains(_ id: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM session WHERE id = ?)", arguments: [id]) ?? false
        }
    }

    /// The session with this id, or nil.
    public func session(_ id: String) throws -> SessionRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else {
                return nil
            }
            var record = SessionRecord(
                id: row["id"], tool: row["tool"], toolHash: row["tool_hash"], language: row["language"],
                metadata: SessionMetadata(organisation: row["organisation"], facilitator: row["facilitator"],
                                          participants: try Self.json(row["participants"], at: "participants")
                                              .arrayValue?.compactMap(\.stringValue) ?? []),
                status: SessionRecord.Status(rawValue: row["status"]) ?? .inProgress,
                startedAt: Date(timeIntervalSince1970: row["started_at"]),
                endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
            for (name, value) in try Self.json(row["links"], at: "links").objectValue ?? [:] {
                record.links[name] = value.stringValue
            }
            for answer in try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE session_id = ? ORDER BY kept, position",
                                           arguments: [id]) {
                let text: String? = answer["value"]
                let item = AnswerRecord(
                    path: try Self.path(answer["path"]),
                    value: try text.map { try Self.json($0, at: "answer \(answer["path"] as String)") },
                    at: Date(timeIntervalSince1970: answer["at"]))
                if answer["kept"] as Bool { record.kept.append(item) } else { record.answers.append(item) }
            }
            for event in try Row.fetchAll(db, sql: "SELECT * FROM event WHERE session_id = ? ORDER BY seq",
                                          arguments: [id]) {
                guard let kind = RunEvent.Kind(rawValue: event["kind"]) else { continue }
                let value: String? = event["value"]
                record.events.append(RunEvent(kind, at: Date(timeIntervalSince1970: event["at"]), step: event["step"],
                                              path: try (event["path"] as String?).map { try Self.path($0) },
                                              value: try value.map { try Self.json($0, at: "event") },
                                              text: event["text"]))
            }
            for note in try Row.fetchAll(db, sql: "SELECT * FROM note WHERE session_id = ? ORDER BY seq",
                                         arguments: [id]) {
                record.notes.append(Note(step: note["step"], text: note["text"],
                                         at: Date(timeIntervalSince1970: note["at"])))
            }
            for spent in try Row.fetchAll(db, sql: "SELECT step, seconds FROM spent WHERE session_id = ?",
                                          arguments: [id]) {
                record.spent[spent["step"]] = spent["seconds"]
            }
            for draft in try Row.fetchAll(db, sql: "SELECT * FROM draft WHERE session_id = ? ORDER BY path",
                                          arguments: [id]) {
                let path: String = draft["path"]
                record.drafts.append(Draft(path: try Self.path(path),
                                           value: try Self.json(draft["value"], at: "draft \(path)"),
                                           at: Date(timeIntervalSince1970: draft["at"])))
            }
            record.drafts = Draft.ordered(record.drafts)
            return record
        }
    }

    /// The sessions, newest first; of one tool when `tool` is given.
    public func sessions(tool: String? = nil) throws -> [SessionSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT COUNT(*) FROM answer a WHERE a.session_id = s.id AND a.kept = 0 AND a.value IS NOT NULL) AS answers
                FROM session s WHERE (?1 IS NULL OR s.tool = ?1) ORDER BY s.started_at DESC, s.id
                """, arguments: [tool])
            return rows.map { row in
                SessionSummary(
                    id: row["id"], tool: row["tool"],
                    status: SessionRecord.Status(rawValue: row["status"]) ?? .inProgress,
                    language: row["language"], organisation: row["organisation"], facilitator: row["facilitator"],
                    startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    answers: row["answers"])
            }
        }
    }

    // MARK: Internals

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw StoreError.from(error, path: url.path) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw StoreError.from(error, path: url.path) }
    }

    private static func path(_ text: String) throws -> AnswerPath {
        guard let path = AnswerPath(text) else {
            throw DamagedData(place: "answer \(text)", reason: "not an answer path")
        }
        return path
    }

    private static func json(_ text: String, at place: String) throws -> JSONValue {
        do { return try JSONValue.parse(text) } catch {
            throw DamagedData(place: place, reason: "\(error)")
        }
    }

    /// Stored JSON that does not parse: reported as a damaged store, naming the field.
    struct DamagedData: Error {
        let place: String
        let reason: String
    }
}
