import ProfintModel
import LuaBridge

/// How much a script may use in one run: VM instructions and memory. Hitting a limit stops the
/// script with a script failure that names the limit and the script's line; the host goes on.
/// docs/security.md lists the defaults.
public struct ScriptLimits: Sendable, Equatable {
    /// VM instructions per run (a manifest, a tool load, one session or one test case).
    public var instructions: Int
    /// Bytes of memory the scripts of one Lua state may hold.
    public var memoryBytes: Int

    public init(
        instructions: Int = LuaLimits.default.instructionBudget, memoryBytes: Int = LuaLimits.default.memoryCap
    ) {
        self.instructions = instructions
        self.memoryBytes = memoryBytes
    }

    public static let `default` = ScriptLimits()

    /// A limit a script can hit.
    public enum Limit: String, Sendable, Equatable {
        case instructions = "the instruction budget"
        case memory = "the memory cap"
    }

    var lua: LuaLimits { LuaLimits(instructionBudget: instructions, memoryCap: memoryBytes) }
}
