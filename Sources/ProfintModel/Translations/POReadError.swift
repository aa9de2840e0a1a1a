/// A PO file that cannot be read: where (file:line) and why, in words that say what to fix.
public struct POReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The problem as a content diagnostic (an error).
    public var diagnostic: Diagnostic { .error(message, at: location) }

    public var description: String { "\(location): \(message)" }
}
