import ProfintModel

/// The store is where a session driver commits sessions, and where stored ones are read back.
extension SessionStore: SessionSink, SessionSource {}
