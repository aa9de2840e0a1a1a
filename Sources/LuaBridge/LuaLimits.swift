/// The limits of one ``LuaState``: how many VM instructions and how much memory its scripts
/// may use. Hitting one stops the script with a ``LuaError`` of kind `.instructionLimit` or
/// `.memoryLimit`; the host process goes on.
///
/// The defaults suit one run of a training tool with room to spare: 100 million instructions
/// (a few tenths of a second of pure Lua) and 64 MiB.
public struct LuaLimits: Sendable, Equatable {
    /// VM instructions allowed between two calls of ``LuaState/resetLimits()``.
    public var instructionBudget: Int
    /// Bytes the state may hold while Lua code runs.
    public var memoryCap: Int
    /// Instructions between two checks of the budget; the budget may overrun by this much.
    public var checkInterval: Int

    public init(instructionBudget: Int = 100_000_000, memoryCap: Int = 64 << 20, checkInterval: Int = 1000) {
        self.instructionBudget = max(1, instructionBudget)
        self.memoryCap = max(1 << 20, memoryCap)
        self.checkInterval = max(1, min(checkInterval, 1 << 20))
    }

    public static let `default` = LuaLimits()
}
