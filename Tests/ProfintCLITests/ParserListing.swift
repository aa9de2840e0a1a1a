import ArgumentParser
import Foundation
@testable import ProfintCLI
import Testing

/// A subcommand's arguments as the argument parser lists them (`--experimental-dump-help`), to
/// check a reader of command lines against the parser (``RunLine``, ``TestLine``).
struct ParserListing {
    /// Each long option but `--help` and `--version`: "flag" or "option", then " repeating" when it
    /// may be given more than once, then its values joined by `|` when the parser lists them.
    var options: [String: String] = [:]
    /// The options that do not read one value after their name (the parser's default strategy).
    var otherStrategies: [String] = []
    /// How many positional arguments the command takes.
    var positionals = 0

    /// The listing of `command` (`run`, `test`...), as `profint COMMAND --experimental-dump-help`
    /// prints it.
    init(_ command: String) throws {
        var dump = ""
        do { _ = try ProfintCommand.parseAsRoot([command, "--experimental-dump-help"]) } catch {
            dump = ProfintCommand.fullMessage(for: error)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let listed = try #require(json["command"] as? [String: Any])
        let arguments = try #require(listed["arguments"] as? [[String: Any]])
        for argument in arguments {
            let kind = argument["kind"] as? String ?? ""
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name in
                name["kind"] as? String == "long" ? "--" + (name["name"] as? String ?? "") : nil
            }
            if kind == "positional" {
                positionals += 1
                continue
            }
            for name in names where name != "--help" && name != "--version" {
                if argument["parsingStrategy"] as? String != "default" { otherStrategies.append(name) }
                let repeating = argument["isRepeating"] as? Bool == true ? " repeating" : ""
                let values = (argument["allValues"] as? [String])?.joined(separator: "|") ?? ""
                options[name] = kind + repeating + (values.isEmpty ? "" : " " + values)
            }
        }
    }

    /// How `option` would be listed, its values as the parser lists them (`values`).
    static func entry<Option: LineOption>(_ option: Option, values: [String] = []) -> String {
        (option.isFlag ? "flag" : "option") + (option.isRepeatable ? " repeating" : "")
            + (values.isEmpty ? "" : " " + values.joined(separator: "|"))
    }
}
