import FuzzSupport
import ProfintFrontEnds
import ProfintModel

/// Feeds the terminal's answer parser what a trainer could type, for one question of each
/// kind (the first byte picks it), then checks any parsed answer against the question as the
/// engine does. Rejections are fine; a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    guard let first = bytes.first, let text = String(validating: bytes.dropFirst(), as: UTF8.self) else { return 0 }
    let question = SampleQuestions.all[Int(first) % SampleQuestions.all.count]
    for language in ["en", "fr"] {
        if case .success(let value) = AnswerParser.parse(text, for: question, language: language) {
            _ = AnswerValidator.validate(value, for: question)
        }
    }
    return 0
}

/// One question of each kind, with options, bounds and scale labels as tools declare them.
enum SampleQuestions {
    static let options = [
        QuestionOption(id: "housing", label: LocalizedText(["en": "Housing", "fr": "Logement"])),
        QuestionOption(id: "work", label: LocalizedText("Work")),
        QuestionOption(id: "3", label: LocalizedText("Three")),
    ]

    static let scaleLabels = [1: LocalizedText("Never"), 7: LocalizedText(["en": "Always", "fr": "Toujours"])]

    static let all: [Question] = QuestionKind.allCases.map { kind in
        Question(
            id: kind.rawValue, kind: kind, text: LocalizedText("Q"), options: options,
            min: kind == .date ? "2020-01-01" : (kind == .scale ? 1 : -5),
            max: kind == .date ? "2030-12-31" : (kind == .scale ? 7 : 1000),
            integer: kind == .number,
            labels: kind == .scale ? scaleLabels : [:],
            columns: kind == .table ? [Question(id: "c", kind: .number, text: LocalizedText("C"))] : [])
    }
}

/// The program's `main` (SwiftPM names it `fuzz_answer_parser_main`): runs libFuzzer on the harness.
@_cdecl("fuzz_answer_parser_main")
public func fuzzAnswerParserMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzAnswerParser)
}
