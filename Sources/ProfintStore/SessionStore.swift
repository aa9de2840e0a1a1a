// The store: sessions in SQLite (issue 6).
