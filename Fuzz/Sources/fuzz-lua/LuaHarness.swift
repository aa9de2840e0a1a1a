import Foundation
import FuzzSupport
import LuaBridge

/// Runs the input as a Lua chunk in a fresh sandboxed `LuaState` with small limits, and copies
/// what it returns into Swift. The chunk can also call `host(...)`, a Swift function that copies
/// its arguments into Swift and hands them back to Lua. Every failure must be a `LuaError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLua(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).bytes
    let state: LuaState
    do { state = try LuaState(limits: LuaHarnessLimits.limits) } catch { finding("no Lua state: \(error)") }
    defer { state.close() }
    do {
        let environment = try state.makeEnvironment()
        let echo = try state.function { arguments in
            for argument in arguments { LuaHarnessLimits.visit(argument) }
            return arguments
        }
        try state.setField("host", of: environment, to: .function(echo))
        let chunk = try state.load(bytes: bytes, chunkName: "fuzz.lua", environment: environment)
        for result in try state.call(chunk) { LuaHarnessLimits.visit(result) }
    } catch is LuaError {
        return 0
    } catch {
        finding("a failure that is not a LuaError: \(error)")
    }
    return 0
}

/// The small limits the harness runs chunks under, and the walk over copied values.
enum LuaHarnessLimits {
    /// Small enough for hundreds of runs a second: 200,000 instructions, 8 MiB, 64 KiB copied.
    static let limits = LuaLimits(
        instructionBudget: 200_000, memoryCap: 8 << 20, checkInterval: 100, outputBytes: 4096,
        conversionElements: 10_000, conversionBytes: 64 << 10, conversionDepth: 32, patternCostLimit: 20_000)

    /// Touches every part of a value copied into Swift, as the host's readers do.
    static func visit(_ value: LuaValue) {
        switch value {
        case .string(let text): _ = text.utf8.count
        case .table(let table):
            for item in table.array { visit(item) }
            for (key, field) in table.fields { _ = key.utf8.count; visit(field) }
        default: _ = value.description
        }
    }
}

/// The program's `main` (SwiftPM names it `fuzz_lua_main`): runs libFuzzer on the harness.
@_cdecl("fuzz_lua_main")
public func fuzzLuaMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzLua)
}
