import Foundation

/// The process's environment variables, read by name.
public enum ProcessEnvironment {
    /// The variables of `names` that are set, by name: what a function that takes an
    /// `environment` dictionary (so that tests can pass their own) reads by default.
    /// `ProcessInfo.processInfo.environment` copies every variable of the process into a new
    /// dictionary at each call, some 350,000 instructions in a usual shell.
    public static func variables(_ names: String...) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }
}
