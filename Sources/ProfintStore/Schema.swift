import GRDB

/// The store's schema, built by migrations: each one a step from the previous schema, never
/// edited once released. A store whose migrations this profint does not know was written by a
/// newer profint and is refused untouched; an older store gains the later migrations when it is
/// opened (v2 adds the drafts table, empty for the sessions already stored).
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, answers, events, notes, time") { db in
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("tool", .text).notNull().indexed()
                t.column("tool_hash", .text).notNull()
                t.column("language", .text).notNull()
                t.column("organisation", .text)
                t.column("facilitator", .text)
                t.column("participants", .text).notNull()
                t.column("status", .text).notNull()
                t.column("started_at", .double).notNull()
                t.column("ended_at", .double)
                t.column("links", .text).notNull()
            }
            try db.create(table: "answer") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("path", .text).notNull()
                t.column("value", .text)
                t.column("at", .double).notNull()
                t.column("kept", .boolean).notNull().defaults(to: false)
                t.primaryKey(["session_id", "kept", "position"])
            }
            try db.create(table: "event") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("at", .double).notNull()
                t.column("step", .text)
                t.column("path", .text)
                t.column("value", .text)
                t.column("text", .text)
                t.primaryKey(["session_id", "seq"])
            }
            try db.create(table: "note") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("step", .text)
                t.column("text", .text).notNull()
                t.column("at", .double).notNull()
                t.primaryKey(["session_id", "seq"])
            }
            try db.create(table: "spent") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("step", .text).notNull()
                t.column("seconds", .double).notNull()
                t.primaryKey(["session_id", "step"])
            }
        }
        migrator.registerMigration("v2: drafts") { db in
            try db.create(table: "draft") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("value", .text).notNull()
                t.column("at", .double).notNull()
                t.primaryKey(["session_id", "path"])
            }
        }
        return migrator
    }
}
