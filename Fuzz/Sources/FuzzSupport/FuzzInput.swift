import CFuzzer
import Foundation

/// One input libFuzzer hands a harness, as bytes and, when it is UTF-8, as text.
public struct FuzzInput {
    public let bytes: [UInt8]

    /// Copies libFuzzer's buffer (which may be null when `size` is 0).
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The input as text, or nil when it is not valid UTF-8 (files and protocol lines are text).
    public var text: String? { String(validating: bytes, as: UTF8.self) }
}

/// Reports a finding and stops the process, so that libFuzzer saves the input as a crash.
///
/// Harnesses call this for a broken contract (two parsers disagree, a round trip changes a
/// record); traps in the product are caught by libFuzzer itself.
public func finding(_ message: @autoclosure () -> String) -> Never {
    FileHandle.standardError.write(Data("FUZZ FINDING: \(message())\n".utf8))
    abort()
}

/// Hands control to libFuzzer, which parses its options and calls `test` on each input.
///
/// Each harness calls this from `@_cdecl("<module>_main")`: SwiftPM defines the program's `main`
/// as that symbol, so libFuzzer's own `main` is not linked.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
}
