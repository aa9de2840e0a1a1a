/// The sandbox's bounded string matching, in Lua.
///
/// Lua's own matcher (`string.find`, `match`, `gmatch`, `gsub`) runs in C, where the count hook
/// cannot stop it, and backtracks exponentially on patterns such as `".-.-.-.-x"`. Before each
/// call the sandbox estimates the C matcher's worst case from the subject's length and the
/// pattern's items (see `estimate` below). When the bound is small, or linear in the subject,
/// the C function runs and the bound (divided by 4) is charged to the instruction budget. Above
/// ``LuaLimits/patternCostLimit`` the matcher below runs instead: the same semantics as Lua
/// patterns, written for this project in Lua, so every step is counted by the hook and the
/// instruction budget stops it. docs/security.md gives the measured costs.
///
/// The chunk is run once per state by the sandbox with the real string functions and the
/// budget functions; it returns the four replacements.
enum PatternMatcher {
    /// The chunk's source, `Lua/matcher.lua`, embedded at build time (read once per process).
    static let source = String(decoding: PackageResources.matcher_lua, as: UTF8.self)
}
