/// Where a translatable text stands in its tool, as translation catalogs name it: the step id or
/// answer path it belongs to (none for the tool itself) and its field.
///
/// Fields are the schema's names (`title`, `text`, `help`, `unit`, `row_label`...), and for texts
/// inside lists, dotted: `option.<id>`, `row.<id>`, `label.<point>`, `column.<id>.<field>`,
/// `input.<name>`. A catalog's `msgctxt` is the owner (a tool id) then the key:
/// `accompaniment/activity-planning planning.actions column.processes.option.P`.
public struct TextKey: Hashable, Sendable, CustomStringConvertible {
    /// A step id or an answer path `step.question`; nil for the tool's own fields.
    public var path: String?
    public var field: String

    public init(path: String?, field: String) {
        self.path = path
        self.field = field
    }

    /// `planning.actions column.processes.option.P`, or `title` for the tool's own title.
    public var description: String { path.map { "\($0) \(field)" } ?? field }

    /// The catalog context of this text in `owner`'s texts (a tool id or a bundle id).
    public func context(owner: String) -> String { "\(owner) \(description)" }
}

/// One translatable text, where it stands and where it was written.
public struct TranslatableText: Sendable {
    public var key: TextKey
    public var text: LocalizedText
    public var location: SourceLocation?

    public init(key: TextKey, text: LocalizedText, location: SourceLocation?) {
        self.key = key
        self.text = text
        self.location = location
    }
}
