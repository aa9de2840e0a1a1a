/// What the sandbox leaves out of stock Lua, and why: reading a removed name gives nil as in
/// stock Lua (so feature tests such as `if io then` work), and when a script then fails on it,
/// the error says why the name is missing.
enum SandboxRemovals {
    static let globals: [String: String] = [
        "dofile": "dofile is not available in the sandbox: use require to load Lua files of the bundle",
        "loadfile": "loadfile is not available in the sandbox: use require to load Lua files of the bundle",
        "loadstring": "loadstring is not available in Lua 5.4: use load with a string",
    ]

    static let fields: [String: String] = {
        var fields: [String: String] = [
            "execute": "os.execute is not available in the sandbox: scripts cannot run programs",
            "exit": "os.exit is not available in the sandbox: scripts cannot end the host",
            "getenv": "os.getenv is not available in the sandbox: scripts cannot read the environment",
            "remove": "if this is os.remove: it is not available in the sandbox: scripts cannot touch files",
            "rename": "os.rename is not available in the sandbox: scripts cannot touch files",
            "tmpname": "os.tmpname is not available in the sandbox: scripts cannot touch files",
            "setlocale": "os.setlocale is not available in the sandbox: the locale is the host's",
            "dump": "string.dump is not available in the sandbox: bytecode cannot be loaded",
            "loadlib": "package.loadlib is not available in the sandbox: C modules cannot be loaded",
        ]
        for name in ["open", "popen", "lines", "tmpfile", "input", "output"] {
            fields[name] = "io.\(name) is not available in the sandbox: scripts cannot read or write files"
        }
        let debugNames = ["debug", "gethook", "getinfo", "getlocal", "getmetatable", "getregistry", "getupvalue",
                          "getuservalue", "sethook", "setlocal", "setmetatable", "setupvalue", "setuservalue",
                          "upvalueid", "upvaluejoin", "setcstacklimit"]
        for name in debugNames where fields[name] == nil {
            fields[name] = "debug.\(name) is not available in the sandbox: scripts cannot inspect or change other code"
        }
        return fields
    }()

    /// `message` with the reason appended when it is about a nil global or field the sandbox
    /// removed, e.g. `attempt to index a nil value (global 'io')`.
    static func explain(_ message: String) -> String {
        for (kind, table) in [("global", globals), ("field", fields)] {
            let marker = "(\(kind) '"
            guard let start = message.range(of: marker, options: .backwards) else { continue }
            let rest = message[start.upperBound...]
            guard let end = rest.firstIndex(of: "'"), rest[end...].hasPrefix("')"), message.contains("nil value") else {
                continue
            }
            if let why = table[String(rest[..<end])] { return "\(message) (\(why))" }
        }
        return message
    }
}
