import Foundation
import FuzzSupport
import ProfintContent
import ProfintModel

/// Reads the input as an answer file (YAML or JSON, through `DataFile`), then its fields as an
/// `AnswerFile`, as `profint run --answers` and `profint test` do. Refusing with an error is
/// fine; a trap, a hang or a memory blow-up is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput(data, size).text else { return 0 }
    let url = URL(fileURLWithPath: "/fuzz/answers.yaml")
    guard let file = try? DataFile(text: text, url: url), let object = file.root.objectValue else { return 0 }
    guard let answers = try? AnswerFile(object, in: file, allowing: ["name", "description", "expect"]) else { return 0 }
    for answer in answers.answers {
        // Every accepted path must print as text that reads back as the same path.
        guard AnswerPath(answer.path.description) == answer.path else {
            finding("answer path \(answer.path.description) does not read back as itself")
        }
        _ = answer.value.jsonText()
    }
    return 0
}

/// The program's `main` (SwiftPM names it `fuzz_answer_file_main`): runs libFuzzer on the harness.
@_cdecl("fuzz_answer_file_main")
public func fuzzAnswerFileMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzAnswerFile)
}
