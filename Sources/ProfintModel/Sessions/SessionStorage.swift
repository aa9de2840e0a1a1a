/// Where a session driver commits a session after every change: the store, or nothing.
public protocol SessionSink: AnyObject {
    /// Commits the session as it stands; called before the next prompt is shown.
    func save(_ record: SessionRecord) throws
}

/// Where stored sessions are read from: to resume one, or to take the answers of the sessions a
/// tool starts from (WT2 starts from a WT1 session).
public protocol SessionSource: AnyObject {
    /// The session with this id, or nil when there is none.
    func session(_ id: String) throws -> SessionRecord?
}
