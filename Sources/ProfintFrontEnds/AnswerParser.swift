import ProfintEngine
import ProfintModel

/// Turns what a trainer types into an answer in the engine's encoding, for the scalar kinds.
/// Lists and tables are read item by item and cell by cell by the terminal front end.
public enum AnswerParser {
    /// The typed text as an answer to `question`, or why it cannot be one.
    public static func parse(_ text: String, for question: Question, language: String) -> Result<JSONValue, Rejection> {
        let input = text.trimmingCharacters(in: .whitespaces)
        switch question.kind {
        case .text:
            return .success(.string(input))
        case .choice:
            guard let option = option(input, in: question) else {
                return .failure(notAnOption(input, question, language))
            }
            return .success(.string(option.id))
        case .multi:
            var ids: [String] = []
            for part in input.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
                guard let option = option(String(part), in: question) else {
                    return .failure(notAnOption(String(part), question, language))
                }
                ids.append(option.id)
            }
            return .success(.array(ids.map(JSONValue.string)))
        case .yesno:
            guard let answer = yesNo(input, language: language) else {
                return .failure(Rejection(Phrases.text("yesno answer", language)))
            }
            return .success(.bool(answer))
        case .number:
            let normalised = input.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
            if let whole = Int64(normalised) { return .success(.int(whole)) }
            guard let number = Double(normalised), number.isFinite else {
                return .failure(Rejection(Phrases.text("type a number", language)))
            }
            return .success(.double(number))
        case .scale:
            guard let point = Int64(input) else {
                if let match = question.labels.first(
                    where: { $0.value.resolve(language).lowercased() == input.lowercased() }) {
                    return .success(.int(Int64(match.key)))
                }
                return .failure(Rejection(Phrases.text("scale hint", language, [
                    "min": "\(question.scaleRange.lowerBound)", "max": "\(question.scaleRange.upperBound)",
                ])))
            }
            return .success(.int(point))
        case .date:
            return .success(.string(input))
        case .list, .table:
            return .failure(Rejection(Phrases.text("line by line", language)))
        }
    }

    /// An option by its number (1-based), its id, its label in any language, or a prefix of one
    /// label that no other option's label shares (case does not count): `inf` for Informal.
    static func option(_ text: String, in question: Question) -> QuestionOption? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        if let number = Int(text), number >= 1, number <= question.options.count { return question.options[number - 1] }
        if let byID = question.options.first(where: { $0.id == text }) { return byID }
        let wanted = text.lowercased()
        func labels(_ option: QuestionOption) -> [String] { option.label.translations.values.map { $0.lowercased() } }
        if let exact = question.options.first(where: { labels($0).contains(wanted) }) { return exact }
        let matching = question.options.filter { option in labels(option).contains { $0.hasPrefix(wanted) } }
        return matching.count == 1 ? matching[0] : nil
    }

    private static func notAnOption(_ text: String, _ question: Question, _ language: String) -> Rejection {
        Rejection(Phrases.text("not one of the options", language,
                               ["text": text, "count": "\(question.options.count)"]))
    }

    /// A typed yes or no: the words of `language`'s catalog (`yes answers`, `no answers`), and
    /// always y/n, yes/no, o/oui, s/si/sì, true/false, 1/0; nil for anything else.
    public static func yesNo(_ text: String, language: String) -> Bool? {
        func words(_ key: String) -> Set<String> {
            Set(Phrases.text(key, language).lowercased().split(separator: "|").map(String.init))
        }
        let answer = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["y", "yes", "o", "oui", "s", "si", "sì", "true", "1"].contains(answer)
            || words("yes answers").contains(answer) {
            return true
        }
        if ["n", "no", "non", "false", "0"].contains(answer) || words("no answers").contains(answer) { return false }
        return nil
    }
}
