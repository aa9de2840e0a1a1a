import ProfintModel

/// In tests, answer paths are written as string literals (`"needs.needs"`). A literal that is
/// not an answer path stops the test at once: it is a mistake in the test, not input.
extension AnswerPath: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let path = AnswerPath(text) else { preconditionFailure("'\(text)' is not an answer path") }
        self = path
    }
}
