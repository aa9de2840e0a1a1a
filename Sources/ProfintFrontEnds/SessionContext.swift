import ProfintCore

/// What a front end needs to drive a session: the run, a way to commit it after each change,
/// and how to tell the user to come back to it.
public struct SessionContext {
    public let run: ToolRun
    /// The stored session's id; nil when the session is not stored (`--no-store`).
    public let sessionID: String?
    /// The command that resumes this session, e.g. `profint run --resume 20261129-0942-7f3a`.
    public let resumeCommand: String?
    /// The command that writes this session's report, shown when the session ends.
    public let reportCommand: String?
    /// Commits the run to the store. Called after every accepted answer, skip, back and note,
    /// before the next prompt is shown.
    public let save: () throws -> Void
    public var language: String { run.language }

    public init(run: ToolRun, sessionID: String?, resumeCommand: String?, reportCommand: String? = nil, save: @escaping () throws -> Void) {
        self.run = run
        self.sessionID = sessionID
        self.resumeCommand = resumeCommand
        self.reportCommand = reportCommand
        self.save = save
    }
}

/// How a front end's session ended.
public enum SessionEnd: Equatable {
    /// The tool ran to its end.
    case finished
    /// The user quit, or input ended: the session is saved and can be resumed.
    case savedForLater
}
