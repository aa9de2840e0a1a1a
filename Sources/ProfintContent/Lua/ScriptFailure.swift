import LuaBridge
import ProfintModel

extension ProfintError {
    /// A script failure from a Lua error raised by a bundle's code.
    static func script(_ error: LuaError, bundle: String?) -> ProfintError {
        .scriptFailure(message: error.message, location: SourceLocation(lua: error.location, bundle: bundle), traceback: error.traceback)
    }
}
