import Foundation
import GRDB
import ProfintModel
import ProfintTestSupport
@testable import ProfintStore
import Testing

/// A session with something of every part.
func sampleRecord(id: String = "20261129-0900-abcd") -> SessionRecord {
    let start = Date(timeIntervalSince1970: 1_764_406_800.123)
    return SessionRecord(
        id: id, tool: "networks/partner-map", toolHash: "0123456789abcdef", language: "fr",
        metadata: SessionMetadata(organisation: "CRESM", facilitator: "Laura", participants: ["Nadia", "Yodit"]),
        status: .complete, startedAt: start, endedAt: start.addingTimeInterval(3600),
        answers: [
            AnswerRecord(path: "needs.needs", value: ["Santé", "Logement"], at: start.addingTimeInterval(60)),
            AnswerRecord(path: "needs.people", value: nil, at: start.addingTimeInterval(61)),
            AnswerRecord(path: "map.actions", value: [["what": "appeler", "when": "2021-03-04"]],
                         at: start.addingTimeInterval(62)),
        ],
        events: [RunEvent(.stepStarted, at: start, step: "needs"),
                 RunEvent(.answered, at: start.addingTimeInterval(60), step: "needs", path: "needs.needs",
                          value: ["Santé"])],
        notes: [Note(step: "needs", text: "<b>hésitations</b>", at: start.addingTimeInterval(30))],
        spent: ["needs": 1800.5, "map": 60], links: ["plan": "20261128-0800-0001"],
        kept: [AnswerRecord(path: "old.question", value: "gardée", at: start)],
        drafts: [Draft(path: "map.actions", value: [["what": "appeler", "when": nil], ["what": "écrire"]],
                       at: start.addingTimeInterval(63)),
                 Draft(path: "needs.more", value: ["Santé"], at: start.addingTimeInterval(64))])
}

@Suite("The session store")
struct StoreTests {
    @Test func aSessionComesBackAsItWasSaved() throws {
        let url = temporaryStoreURL()
        let store = try SessionStore(url: url)
        let record = sampleRecord()
        try store.save(record)
        #expect(try store.session(record.id) == record)
        #expect(try store.sessions().map(\.id) == [record.id])
        #expect(try store.sessions(tool: "other/tool").isEmpty)
        #expect(try store.sessions().first?.answers == 2, "skipped questions are not counted as answers")
        #expect(AnswerRecord.answeredCount(record.answers) == 2, "the store counts as the one definition does")
        var changed = record
        changed.answers.removeLast()
        changed.status = .inProgress
        try store.save(changed)
        #expect(try store.session(record.id) == changed, "saving again makes the stored session equal to the record")
        #expect(try SessionStore(url: url).session(record.id) == changed, "reopening finds it")
    }

    @Test func theStoreUsesWAL() throws {
        let url = temporaryStoreURL()
        _ = try SessionStore(url: url)
        let mode = try DatabaseQueue(path: url.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func exportImportExportGivesTheSameJSON() throws {
        let first = try SessionStore(url: temporaryStoreURL())
        let second = try SessionStore(url: temporaryStoreURL())
        try first.save(sampleRecord())
        let exported = SessionCodec.encode(try #require(try first.session(sampleRecord().id))).jsonText(pretty: true)
        try second.save(try SessionCodec.decode(try JSONValue.parse(exported)))
        let again = SessionCodec.encode(try #require(try second.session(sampleRecord().id))).jsonText(pretty: true)
        #expect(exported == again)
    }

    @Test func aStoreFromBeforeTheDraftsOpensAndGainsThem() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var old = sampleRecord()
        old.drafts = []
        do {
            // A store as the profint before drafts left it: only the first migration, a session in it.
            let queue = try DatabaseQueue(path: url.path)
            try Schema.migrator.migrate(queue, upTo: "v1: sessions, answers, events, notes, time")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO session (id, tool, tool_hash, language, organisation, facilitator, participants, status, started_at, ended_at, links)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [old.id, old.tool, old.toolHash, old.language, "CRESM", "Laura",
                                     #"["Nadia","Yodit"]"#, old.status.rawValue, old.startedAt.timeIntervalSince1970,
                                     old.endedAt?.timeIntervalSince1970,
                                     #"{"plan":"20261128-0800-0001"}"#])
                #expect(try !db.tableExists("draft"))
            }
            try queue.close()
        }
        let store = try SessionStore(url: url)
        let read = try #require(try store.session(old.id))
        #expect(read.metadata == old.metadata && read.drafts.isEmpty, "the old session reads as it was, with no draft")
        let tables = try DatabaseQueue(path: url.path).read { db in
            (try db.tableExists("draft"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(tables.0, "the store gained the drafts table")
        #expect(tables.1 == ["v1: sessions, answers, events, notes, time", "v2: drafts"])
        try store.save(sampleRecord())
        #expect(try SessionStore(url: url).session(old.id)?.drafts == sampleRecord().drafts)
    }

    @Test func draftsGoThroughExportAndImport() throws {
        let store = try SessionStore(url: temporaryStoreURL())
        try store.save(sampleRecord())
        let exported = SessionCodec.encode(try #require(try store.session(sampleRecord().id)))
        #expect(exported["drafts"]?.arrayValue?.count == 2)
        let imported = try SessionCodec.decode(try JSONValue.parse(exported.jsonText(pretty: true)))
        #expect(imported.drafts == sampleRecord().drafts)
        var noDraft = sampleRecord()
        noDraft.drafts = []
        #expect(SessionCodec.encode(noDraft)["drafts"] == nil, "a session with no draft writes none")
        let broken = try JSONValue.parse(#"{"format": "profint-session", "id": "x", "tool": "t", "tool_hash": "h", "language": "en", "started_at": "2026-11-29T09:00:00Z", "drafts": [{"path": "not a path", "at": "2026-11-29T09:00:00Z"}]}"#)
        let error = try #require(throws: ProfintError.self) { try SessionCodec.decode(broken) }
        #expect("\(error)".contains("drafts[0].path") && "\(error)".contains("drafts[0].value"))
    }

    @Test func aSessionFileWithTwoDraftsOfOneQuestionIsRefusedNamingTheSecond() throws {
        var fields = try #require(SessionCodec.encode(sampleRecord()).objectValue)
        let first = try #require(fields["drafts"]?.arrayValue?.first)
        fields["drafts"] = .array([first, first])
        let error = try #require(throws: ProfintError.self) { try SessionCodec.decode(.object(fields)) }
        #expect("\(error)".contains("drafts[1].path") && "\(error)".contains("a question keeps one draft"), "\(error)")
    }

    @Test func aSessionFileWithADraftPastTheDriversLimitsIsRefused() throws {
        var fields = try #require(SessionCodec.encode(sampleRecord()).objectValue)
        var draft = try #require(fields["drafts"]?.arrayValue?.first?.objectValue)
        draft["value"] = .string("\u{1B}[31mred")
        fields["drafts"] = .array([.object(draft)])
        let escape = try #require(throws: ProfintError.self) { try SessionCodec.decode(.object(fields)) }
        #expect("\(escape)".contains("drafts[0].value") && "\(escape)".contains("control character"), "\(escape)")
        draft["value"] = .string(String(repeating: "x", count: ContentLimits.draftCharacters + 1))
        fields["drafts"] = .array([.object(draft)])
        let huge = try #require(throws: ProfintError.self) { try SessionCodec.decode(.object(fields)) }
        #expect("\(huge)".contains("drafts[0].value") && "\(huge)".contains("characters of JSON"), "\(huge)")
    }

    @Test func deletingRemovesEverything() throws {
        let store = try SessionStore(url: temporaryStoreURL())
        try store.save(sampleRecord())
        #expect(try store.delete(sampleRecord().id))
        #expect(try store.session(sampleRecord().id) == nil)
        #expect(try store.delete(sampleRecord().id) == false)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = Data("these are my notes, not a database\n".utf8)
        try text.write(to: url)
        let error = try #require(throws: StoreError.self) { try SessionStore(url: url) }
        #expect(error.path == url.path)
        #expect(error.reason.contains("not a profint session store"))
        #expect(FileManager.default.contents(atPath: url.path) == text)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test func aFolderGivenAsTheStoreIsAClearError() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let error = try #require(throws: StoreError.self) { try SessionStore(url: url) }
        #expect(error.path == url.path)
        #expect(error.reason == "is a folder, not a store file")
    }

    @Test func anotherApplicationsDatabaseIsRefusedUntouched() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE sessions (id TEXT PRIMARY KEY, owner TEXT)")
                try db.execute(sql: "INSERT INTO sessions VALUES ('s1', 'someone else')")
                try db.execute(sql: "PRAGMA user_version = 999")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: url)
        let error = try #require(throws: StoreError.self) { try SessionStore(url: url) }
        #expect(error.reason.contains("not a profint session store (an SQLite database of another application)"))
        #expect(!error.reason.contains("--store"), "the store names no command-line flag")
        #expect(try Data(contentsOf: url) == before)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test func anEmptyDatabaseMarkedByAnotherApplicationIsRefused() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 999") }
            try queue.close()
        }
        let before = try Data(contentsOf: url)
        #expect(throws: StoreError.self) { try SessionStore(url: url) }
        #expect(try Data(contentsOf: url) == before)
    }

    /// GRDB makes (and commits) its table of migrations before the first migration's transaction:
    /// another profint opening the store at that moment finds that table alone, and empty.
    @Test func aStoreAnotherProcessIsCreatingIsNoForeignDatabase() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.writeWithoutTransaction {
                try $0.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            }
            try queue.close()
        }
        let store = try SessionStore(url: url)
        try store.save(sampleRecord())
        #expect(try store.session(sampleRecord().id) == sampleRecord(), "the schema made, the store usable")
        // The same table beside anything else, even an index of its own, is another application's.
        for extra in ["CREATE TABLE notes (text TEXT)", "CREATE INDEX i ON grdb_migrations(identifier)"] {
            let other = temporaryStoreURL()
            try FileManager.default.createDirectory(at: other.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            do {
                let queue = try DatabaseQueue(path: other.path)
                try queue.writeWithoutTransaction {
                    try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                    try $0.execute(sql: extra)
                }
                try queue.close()
            }
            let before = try Data(contentsOf: other)
            let error = try #require(throws: StoreError.self, "\(extra)") { try SessionStore(url: other) }
            #expect(error.reason.contains("another application"), "\(extra)")
            #expect(try Data(contentsOf: other) == before)
        }
    }

    @Test func anEmptyFileBecomesAStore() throws {
        let url = temporaryStoreURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: url)
        let store = try SessionStore(url: url)
        try store.save(sampleRecord())
        #expect(try SessionStore(url: url).session(sampleRecord().id) == sampleRecord())
    }

    @Test func aStoreFromANewerProfintIsRefusedUntouched() throws {
        let url = temporaryStoreURL()
        do {
            let store = try SessionStore(url: url)
            try store.save(sampleRecord())
        }
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        }
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: url)
        let error = try #require(throws: StoreError.self) { try SessionStore(url: url) }
        #expect(error.reason.contains("newer profint"))
        let after = try Data(contentsOf: url)
        #expect(after == before, "changed bytes: \(zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(10).map(\.offset)) sizes \(before.count) \(after.count)")
    }

    @Test func aLockedStoreIsAClearErrorAfterTheTimeout() throws {
        let url = temporaryStoreURL()
        let store = try SessionStore(url: url, busyTimeout: 0.2)
        let holder = try DatabaseQueue(path: url.path)
        let error = try holder.writeWithoutTransaction { db -> StoreError? in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            do {
                try store.save(sampleRecord())
                return nil
            } catch let error as StoreError {
                return error
            }
        }
        #expect(error?.reason.contains("locked by another process") == true)
    }

    @Test func theLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(StoreLocation.resolve("/a.sqlite", environment: ["PROFINT_STORE": "/b.sqlite"]).path == "/a.sqlite")
        #expect(StoreLocation.resolve(nil, environment: ["PROFINT_STORE": "/b.sqlite"]).path == "/b.sqlite")
        #expect(StoreLocation.resolve(nil, environment: ["XDG_DATA_HOME": "/x"]).path == "/x/profint/sessions.sqlite")
        #expect(StoreLocation.resolve(nil, environment: ["HOME": "/home/t"]).path
                == "/home/t/.local/share/profint/sessions.sqlite")
    }

    @Test func malformedImportsAreRefusedWithThePlace() throws {
        var value = SessionCodec.encode(sampleRecord())
        if case .object(var fields) = value {
            fields["answers"] = [["path": "not a path", "value": 1, "at": "yesterday"]]
            value = .object(fields)
        }
        do {
            _ = try SessionCodec.decode(value)
            Issue.record("a malformed session was accepted")
        } catch ProfintError.invalidAnswers(let problems) {
            #expect(problems.map(\.path).contains("answers[0].path"))
            #expect(problems.map(\.path).contains("answers[0].at"))
        }
        #expect(throws: ProfintError.self) { try SessionCodec.decode(["format": "something else"]) }
    }
}
