/// What a front end tells the user about coming back to a session: the commands that resume it
/// and write its report. They are the command line's words, so the command line gives them.
public struct SessionHints: Sendable {
    /// The command that resumes this session, e.g. `profint run --resume 20261129-0942-7f3a`.
    public var resumeCommand: String?
    /// The command that writes this session's report, shown when the session ends.
    public var reportCommand: String?

    public init(resumeCommand: String? = nil, reportCommand: String? = nil) {
        self.resumeCommand = resumeCommand
        self.reportCommand = reportCommand
    }
}

/// How a front end's session ended.
public enum SessionEnd: Equatable, Sendable {
    /// The tool ran to its end.
    case finished
    /// The user quit, or input ended: the session is saved and can be resumed.
    case savedForLater
}
