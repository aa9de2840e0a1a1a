/// The limits of one ``LuaState``: everything a script controls is bounded by one of them.
/// Hitting the instruction budget or the memory cap stops the script with a ``LuaError`` of kind
/// `.instructionLimit` or `.memoryLimit`; a value too large to copy into Swift is a `.conversion`
/// error naming the limit; output past its cap is dropped after one notice. The host goes on.
///
/// docs/security.md lists every limit with its default and what it protects.
public struct LuaLimits: Sendable, Equatable {
    /// VM instructions allowed between two calls of ``LuaState/resetLimits()``. Work that C
    /// library functions do without instructions (pattern matching, `table.move`, a full
    /// garbage collection) is charged to it too. Default 100 million (a few tenths of a second).
    public var instructionBudget: Int
    /// Bytes the state may hold while Lua code runs. Default 64 MiB.
    public var memoryCap: Int
    /// Instructions between two checks of the budget; the budget may overrun by this much.
    /// Default 1,000.
    public var checkInterval: Int
    /// Bytes of `print` and `warn` output per run (between two ``LuaState/resetLimits()``).
    /// Past it, one notice is written and the rest dropped. Default 1 MiB.
    public var outputBytes: Int
    /// Values (table entries, strings, numbers...) one copy from Lua into Swift may hold. A
    /// table reached twice is counted twice, so shared sub-tables cannot multiply the copy.
    /// Default 1 million.
    public var conversionElements: Int
    /// Bytes of strings (keys and values) one copy from Lua into Swift may hold, counted each
    /// time a string is reached. Default 32 MiB.
    public var conversionBytes: Int
    /// How deeply tables may nest in a copy between Lua and Swift. Default 64.
    public var conversionDepth: Int
    /// The estimated worst-case steps above which a pattern (`string.find`, `match`, `gmatch`,
    /// `gsub`) runs in the sandbox's own Lua matcher, under the instruction budget, instead of
    /// Lua's C matcher. Below it, the estimate (divided by 4) is charged to the budget. Default
    /// 200,000 (a millisecond or so of C matching). 0 runs every pattern in the Lua matcher.
    public var patternCostLimit: Int

    public init(
        instructionBudget: Int = 100_000_000, memoryCap: Int = 64 << 20, checkInterval: Int = 1000,
        outputBytes: Int = 1 << 20, conversionElements: Int = 1_000_000, conversionBytes: Int = 32 << 20,
        conversionDepth: Int = 64, patternCostLimit: Int = 200_000
    ) {
        self.instructionBudget = max(1, instructionBudget)
        self.memoryCap = max(1 << 20, memoryCap)
        self.checkInterval = max(1, min(checkInterval, 1 << 20))
        self.outputBytes = max(0, outputBytes)
        self.conversionElements = max(1, conversionElements)
        self.conversionBytes = max(0, conversionBytes)
        self.conversionDepth = max(1, min(conversionDepth, 200))
        self.patternCostLimit = max(0, patternCostLimit)
    }

    public static let `default` = LuaLimits()
}
