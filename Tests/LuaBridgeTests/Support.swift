import Foundation
import LuaBridge
import ProfintTestSupport
import Testing

/// Runs `source` as a chunk named `test.lua` in a fresh environment and returns its results.
func run(_ source: String, in state: LuaState? = nil, limits: LuaLimits = .default) throws -> [LuaValue] {
    let state = try state ?? LuaState(limits: limits)
    let environment = try state.makeEnvironment()
    let chunk = try state.load(source: source, chunkName: "test.lua", environment: environment)
    return try state.call(chunk)
}

/// The error `body` throws, which must be a LuaError.
func luaError(_ body: () throws -> Void) -> LuaError? {
    do {
        try body()
        return nil
    } catch let error as LuaError {
        return error
    } catch {
        return nil
    }
}
