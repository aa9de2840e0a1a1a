import ProfintFrontEnds

/// Standard output and error, for messages: each message a line.
enum Console {
    static func error(_ text: String) {
        StandardStream.error.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    static func out(_ text: String) {
        StandardStream.output.write(text.hasSuffix("\n") ? text : text + "\n")
    }
}
