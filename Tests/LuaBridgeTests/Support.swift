import Foundation
import LuaBridge
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

/// A temporary folder with the given files, removed by the caller.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("luabridge-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}
