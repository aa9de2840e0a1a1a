/// An error from Lua: a script's error, a limit hit, bad source, or a value that cannot cross.
///
/// `message` is what Lua said, with the chunk and line first (`tools/map.lua:42: boom`);
/// `location` is that `chunk:line` alone when known; `traceback` is the Lua stack at the error.
public struct LuaError: Error, CustomStringConvertible {
    /// What went wrong, so callers can react to a limit differently from a script error.
    public enum Kind: Sendable, Equatable {
        /// The source does not parse.
        case syntax
        /// The script raised an error (`error(...)`, a bad index, a bad call...).
        case runtime
        /// The script used up its instruction budget.
        case instructionLimit
        /// The script went over its memory cap.
        case memoryLimit
        /// Calls nested too deeply (unbounded recursion).
        case stackOverflow
        /// A Swift function called from Lua threw, and no `pcall` caught it; see `underlying`.
        case host
        /// A value could not be copied between Lua and Swift (invalid UTF-8, a cycle...).
        case conversion
        /// A script yielded where no coroutine can be resumed, or a coroutine was misused.
        case coroutine
        /// A file could not be read.
        case file
        /// The state was closed.
        case closed
    }

    public let kind: Kind
    public let message: String
    public let location: String?
    public let traceback: String?
    /// The Swift error a host function threw, for `.host` errors.
    public let underlying: (any Error)?

    public init(
        _ kind: Kind, _ message: String, location: String? = nil, traceback: String? = nil,
        underlying: (any Error)? = nil
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.traceback = traceback
        self.underlying = underlying
    }

    public var description: String { message }

    /// The file part of `location` (`tools/map.lua`), if any.
    public var file: String? { location.map { String($0[..<($0.lastIndex(of: ":") ?? $0.endIndex)]) } }

    /// The line part of `location`, if any.
    public var line: Int? {
        guard let location, let colon = location.lastIndex(of: ":") else { return nil }
        return Int(location[location.index(after: colon)...])
    }
}

extension LuaError {
    /// A conversion error of a call's results, located at the function that returned them.
    func returned(by function: String?) -> LuaError {
        guard kind == .conversion, location == nil, let function else { return self }
        return LuaError(kind, "\(message) (returned by the function at \(function))", location: function,
                        traceback: traceback, underlying: underlying)
    }
}
