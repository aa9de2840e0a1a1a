import LuaBridge

/// A global name a bundle's scripts see, read from a live environment: its Lua type, and for a
/// table the types of its string-keyed fields (one level down).
struct ScriptGlobal: Equatable, Sendable {
    var name: String
    var type: String
    /// Field name → Lua type, for a table; empty otherwise.
    var fields: [String: String]
}

/// The globals of a bundle's environment, read by running Lua in it rather than listed by hand,
/// so that editor support (``EditorSupport``) names exactly what the sandbox and the API provide.
struct ScriptGlobals: Equatable, Sendable {
    /// The sandbox's own globals: what every script sees before the authoring API is added.
    var sandbox: [ScriptGlobal]
    /// The authoring API's globals (`tool`, `step`, `ask`, the change functions...).
    var api: [ScriptGlobal]

    /// Reads both from fresh environments of `runtime`.
    init(runtime: ContentRuntime) throws {
        let state = runtime.state
        let bare = try state.makeEnvironment()
        let withAPI = try state.makeEnvironment()
        try runtime.installAPI(in: withAPI, bundle: "profint", language: "en")
        let sandbox = try ScriptGlobals.read(bare, in: state)
        self.sandbox = sandbox
        let names = Set(sandbox.map(\.name))
        self.api = try ScriptGlobals.read(withAPI, in: state).filter { !names.contains($0.name) }
        state.resetLimits()
    }

    private static let lister = """
        local result = {}
        for name, value in pairs(_G) do
          local entry = { type = type(value), fields = {} }
          if type(value) == "table" and name ~= "_G" then
            for key, field in pairs(value) do
              if type(key) == "string" then entry.fields[key] = type(field) end
            end
          end
          if type(name) == "string" then result[name] = entry end
        end
        return result
        """

    private static func read(_ environment: LuaReference, in state: LuaState) throws -> [ScriptGlobal] {
        let chunk = try state.load(source: lister, chunkName: "=globals", environment: environment)
        let table = try state.call(chunk).first?.tableValue?.fields ?? [:]
        return table.keys.sorted().map { name in
            let entry = table[name] ?? .nil
            var fields: [String: String] = [:]
            for (key, type) in entry["fields"].tableValue?.fields ?? [:] { fields[key] = type.stringValue ?? "nil" }
            return ScriptGlobal(name: name, type: entry["type"].stringValue ?? "nil", fields: fields)
        }
    }
}
