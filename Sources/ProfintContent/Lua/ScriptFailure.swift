import LuaBridge
import ProfintModel

extension ProfintError {
    /// A script failure from a Lua error raised by a bundle's code.
    /// `fallback` is where an error with no line of the script's is located (its tool's file).
    static func script(_ error: LuaError, bundle: String?, fallback: SourceLocation? = nil) -> ProfintError {
        .scriptFailure(message: error.message,
                       location: SourceLocation(lua: error.location, bundle: bundle) ?? fallback,
                       traceback: error.traceback)
    }
}
