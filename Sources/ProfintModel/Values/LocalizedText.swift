import Foundation

/// A text in one or more languages: a plain string in the bundle's own language, or a table
/// `{ en = "...", fr = "..." }` in Lua.
public struct LocalizedText: Equatable, Hashable, Sendable, Codable {
    /// The text by language code.
    public var translations: [String: String]

    public init(_ translations: [String: String]) { self.translations = translations }

    /// A text in one language.
    public init(_ text: String, language: String = "en") { translations = [language: text] }

    public var isEmpty: Bool { translations.values.allSatisfy(\.isEmpty) }

    /// The text in `language`, falling back to English, then to the first language present in
    /// alphabetical order; "" when there is none.
    public func resolve(_ language: String) -> String {
        if let text = translations[language] { return text }
        if let base = language.split(separator: "-").first.map(String.init), let text = translations[base] {
            return text
        }
        if let text = translations["en"] { return text }
        return translations.keys.sorted().first.flatMap { translations[$0] } ?? ""
    }

    /// The languages this text has.
    public var languages: Set<String> { Set(translations.keys) }
}

/// Language codes: choosing the language of a run.
public enum Language {
    /// The language to use: `requested` if given, else the one `LANG` names (`fr_FR.UTF-8`
    /// gives `fr`), else English.
    public static func choose(
        _ requested: String?,
        environment: [String: String] = ProcessEnvironment.variables("LC_ALL", "LC_MESSAGES", "LANG")
    ) -> String {
        if let requested, !requested.isEmpty { return normalise(requested) }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                let code = normalise(value)
                if code != "c" && code != "posix" { return code }
            }
        }
        return "en"
    }

    /// `fr_FR.UTF-8` → `fr`; `EN` → `en`.
    public static func normalise(_ code: String) -> String {
        // The usual code is already bare ("fr"): one pass over its bytes, where splitting by
        // Characters and lowercasing cost some two thousand instructions at every phrase.
        if code.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return code }
        let base = code.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" })
            .first.map(String.init) ?? code
        return base.lowercased()
    }
}
