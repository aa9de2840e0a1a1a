import ArgumentParser
import Foundation
import ProfintFrontEnds
import ProfintModel
import ProfintStore

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List, show, export, import and delete stored sessions.",
        subcommands: [List.self, Show.self, Export.self, Import.self, Delete.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the stored sessions, newest first.")
        @Option(help: ArgumentHelp("Only the sessions of this tool.", valueName: "tool")) var tool: String?
        @Option(help: "The output format.") var format: OutputFormat = .text
        @OptionGroup var store: StoreOptions

        func run() throws {
            let sessions = try store.open().sessions(tool: tool)
            switch format {
            case .json:
                Console.out(JSONValue.array(sessions.map { s in
                    var fields: [String: JSONValue] = [
                        "id": .string(s.id), "tool": .string(s.tool), "status": .string(s.status.rawValue),
                        "language": .string(s.language),
                        "started_at": .string(SessionCodec.timestamp(s.startedAt)), "answers": .int(Int64(s.answers)),
                    ]
                    if let organisation = s.organisation { fields["organisation"] = .string(organisation) }
                    if let facilitator = s.facilitator { fields["facilitator"] = .string(facilitator) }
                    if let ended = s.endedAt { fields["ended_at"] = .string(SessionCodec.timestamp(ended)) }
                    return .object(fields)
                }).jsonText(pretty: true))
            case .text:
                let language = Language.choose(nil)
                if sessions.isEmpty {
                    let key = tool == nil ? "no sessions" : "no sessions of tool"
                    Console.out(Phrases.text(key, language, ["tool": tool ?? "", "store": store.url.path]))
                    return
                }
                for s in sessions {
                    let who = [s.organisation, s.facilitator].compactMap { $0 }.joined(separator: ", ")
                    let fields = [s.id, s.tool, Phrases.text(s.status.rawValue, language),
                                  String(SessionCodec.timestamp(s.startedAt).prefix(16)),
                                  Phrases.plural("answer count", count: s.answers, language)]
                                      + (who.isEmpty ? [] : [who])
                    Console.out(fields.joined(separator: "  "))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a stored session: its facts and answers.")
        @Argument(help: ArgumentHelp("The session id.", valueName: "id")) var id: String
        @Option(help: "The output format.") var format: OutputFormat = .text
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard let record = try store.open().session(id) else { throw ProfintError.noSuchSession(id) }
            switch format {
            case .json: Console.out(SessionCodec.encode(record).jsonText(pretty: true))
            case .text:
                let language = Language.choose(nil)
                func label(_ key: String) -> String { Phrases.label(Phrases.text(key, language), language) }
                let skipped = Phrases.text("skipped", language)
                var lines = ["\(label("session")) \(record.id) · \(record.tool) "
                             + "(\(Phrases.text(record.status.rawValue, language)), "
                             + "\(record.language))",
                             "\(label("started")) \(SessionCodec.timestamp(record.startedAt))"
                             + (record.endedAt.map { " · \(label("ended")) \(SessionCodec.timestamp($0))" } ?? "")]
                if let organisation = record.metadata.organisation {
                    lines.append("\(label("organisation")) \(organisation)")
                }
                if let facilitator = record.metadata.facilitator {
                    lines.append("\(label("facilitator")) \(facilitator)")
                }
                if !record.metadata.participants.isEmpty {
                    lines.append("\(label("participants")) \(record.metadata.participants.joined(separator: ", "))")
                }
                for (name, link) in record.links.sorted(by: { $0.key < $1.key }) {
                    lines.append("\(label("session starts from")) \(name) = \(link)")
                }
                lines.append("")
                for answer in record.answers {
                    lines.append("\(answer.path): \(answer.value.map { $0.jsonText() } ?? skipped)")
                }
                for answer in record.kept {
                    lines.append("\(answer.path): \(answer.value.map { $0.jsonText() } ?? skipped)  "
                                 + "\(Phrases.text("kept, no longer fits", language))")
                }
                for note in record.notes {
                    lines.append("\(Phrases.text("note label", language)) [\(note.step ?? "-")]: \(note.text)")
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a session as JSON on stdout (lossless; sessions import reads it back).")
        @Argument(help: ArgumentHelp("The session id.", valueName: "id")) var id: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard let record = try store.open().session(id) else { throw ProfintError.noSuchSession(id) }
            Console.out(SessionCodec.encode(record).jsonText(pretty: true))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a session exported as JSON into the store.",
            discussion: "The file is validated first; a malformed file, or an id already in the store "
                + "(without --replace), changes nothing.")
        @Argument(help: ArgumentHelp("The JSON file (- for stdin).", valueName: "file")) var file: String
        @Flag(help: "Replace a stored session with the same id.") var replace = false
        @OptionGroup var store: StoreOptions

        /// All of standard input; an error that names why it cannot be read (a folder, a closed
        /// descriptor) where `readDataToEndOfFile()` traps.
        static func standardInput() throws -> Data {
            do { return try FileHandle.standardInput.readToEnd() ?? Data() } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                let reason = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? $0 : nil }
                    .map { String(cString: strerror(Int32($0.code))) } ?? "\(error)"
                throw ProfintError.io("standard input cannot be read: \(reason)")
            }
        }

        func run() throws {
            do {
                let data: Data
                if file == "-" {
                    data = try Import.standardInput()
                } else {
                    guard let contents = FileManager.default.contents(atPath: file) else {
                        throw ProfintError.notFound("\(file): no such file")
                    }
                    data = contents
                }
                let value: JSONValue
                do { value = try JSONValue.parse(String(decoding: data, as: UTF8.self)) } catch {
                    throw ProfintError.invalidAnswers([AnswerProblem(
                        path: "(file)", reason: "not JSON: \(error)", origin: file)])
                }
                let record: SessionRecord
                do { record = try SessionCodec.decode(value) } catch ProfintError.invalidAnswers(let problems) {
                    throw ProfintError.invalidAnswers(
                        problems.map { AnswerProblem(path: $0.path, reason: $0.reason, origin: file) })
                }
                let opened = try store.open()
                if try opened.contains(record.id) && !replace {
                    throw ProfintError.usage(
                        "a session \(record.id) is already in \(opened.url.path): use --replace to overwrite it")
                }
                try opened.save(record)
                Console.out(Phrases.text("session imported", Language.choose(nil), ["id": record.id]))
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a stored session (asks first, unless --yes).")
        @Argument(help: ArgumentHelp("The session id.", valueName: "id")) var id: String
        @Flag(name: .shortAndLong, help: "Do not ask.") var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let opened = try store.open()
            guard let record = try opened.session(id) else { throw ProfintError.noSuchSession(id) }
            let language = Language.choose(nil)
            if !yes {
                let answers = Phrases.plural(
                    "answer count", count: AnswerRecord.answeredCount(record.answers), language)
                let question = Phrases.text("delete session?", language,
                                            ["id": id, "tool": record.tool, "answers": answers])
                StandardStream.error.write(question)
                guard AnswerParser.yesNo(readLine() ?? "", language: language) == true else {
                    throw CommandFailure(status: .failure, message: Phrases.text("not deleted", language))
                }
            }
            _ = try opened.delete(id)
            Console.out(Phrases.text("session deleted", language, ["id": id]))
        }
    }
}
