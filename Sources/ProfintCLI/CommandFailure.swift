/// A command that ended without success, having said why (e.g. `check` found errors, a test
/// failed, the session was saved for later).
struct CommandFailure: Error {
    var status: ExitStatus
    /// Printed on standard error, when there is something left to say.
    var message: String?
}
