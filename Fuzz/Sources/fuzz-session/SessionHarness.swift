import Foundation
import FuzzSupport
import ProfintModel

/// Reads the input as `sessions import` does (`JSONValue.parse`, then `SessionCodec.decode`).
/// For an accepted session, the round trip must hold: encoding the record, writing the JSON
/// text, reading it and decoding it again gives the same record.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput(data, size).text, let value = try? JSONValue.parse(text) else { return 0 }
    guard let record = try? SessionCodec.decode(value) else { return 0 }
    let encoded = SessionCodec.encode(record)
    let written = encoded.jsonText(pretty: true)
    let reread: JSONValue
    do { reread = try JSONValue.parse(written) } catch { finding("an encoded session does not parse: \(error)") }
    guard reread == encoded else { finding("an encoded session reads back as another value: \(written)") }
    let again: SessionRecord
    do { again = try SessionCodec.decode(reread) } catch { finding("an encoded session is refused: \(error)") }
    guard again == record else { finding("the round trip changed the record:\n\(record)\n\(again)") }
    return 0
}

/// The program's `main` (SwiftPM names it `fuzz_session_main`): runs libFuzzer on the harness.
@_cdecl("fuzz_session_main")
public func fuzzSessionMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzSession)
}
