import Foundation
import FuzzSupport
import ProfintModel

/// Parses the input with `JSONValue.parse` (protocol lines, exports, the store) and with
/// Foundation's `JSONSerialization`, the reference. The contract (docs/security.md, "Fuzzing"):
/// - when both accept, the values agree: same kinds, same strings scalar for scalar, numbers
///   equal by value (an integer outside Int64 is a double in `JSONValue`), duplicate keys keep
///   the last value in both;
/// - when only one accepts, it is a finding unless it is a difference listed in
///   ``JSONDifference``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    guard let text = input.text else { return 0 }
    let ours: Result<JSONValue, JSONValue.ParseError>
    do { ours = .success(try JSONValue.parse(text)) } catch let error as JSONValue.ParseError {
        ours = .failure(error)
    } catch {
        finding("JSONValue.parse threw something other than a ParseError: \(error)")
    }
    let reference = try? JSONSerialization.jsonObject(with: Data(input.bytes), options: [.fragmentsAllowed])
    switch (ours, reference) {
    case (.success(let value), .some(let object)):
        if let difference = JSONComparison.difference(value, object, at: "$") {
            finding("parsers disagree at \(difference)")
        }
        // What `JSONValue` writes must read back as the same value.
        let written = value.jsonText()
        guard (try? JSONValue.parse(written)) == value else { finding("jsonText does not read back: \(written)") }
    case (.success, .none):
        finding("JSONValue accepts what Foundation refuses")
    case (.failure(let error), .some):
        guard JSONDifference.onlyReferenceAccepts(input.bytes, error) != nil else {
            finding("JSONValue refuses (\(error)) what Foundation accepts")
        }
    case (.failure, .none):
        break
    }
    return 0
}

/// The program's `main` (SwiftPM names it `fuzz_json_main`): runs libFuzzer on the harness.
@_cdecl("fuzz_json_main")
public func fuzzJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzJSON)
}
