/// A luacheck configuration (`.luacheckrc`) whose standard, `profint`, is exactly the globals a
/// bundle's scripts see: the sandbox's (read from a live environment, so `dofile` or `os.exit`
/// are undefined) and the authoring API's. docs/authoring.md, "Editor support", explains the
/// policy it sets.
struct LuacheckStandard {
    var globals: ScriptGlobals
    /// What the header names, e.g. "profint 0.2.0".
    var producer: String

    var text: String {
        var lines = [
            "-- luacheck configuration for profint bundles: the standard `profint` is the sandbox's globals",
            "-- and the authoring API's, written by `profint stubs` "
                + "(\(producer), authoring API \(authoringAPIVersion)).",
            "-- Run `profint stubs` again after upgrading profint.",
            "stds.profint = {",
            "  read_globals = {",
        ]
        for global in globals.sandbox + globals.api where global.name != "_G" {
            lines.append("    " + entry(global) + ",")
        }
        lines += [
            "    _G = { other_fields = true },",
            "  },",
            "}",
            "std = \"profint\"",
            "-- Hooks receive their arguments from the API (a, ctx, value...): leaving one unused is normal.",
            "unused_args = false",
            "-- Lines as long as the texts they hold.",
            "max_line_length = false",
            "-- The annotation files `profint stubs` writes beside this file describe the API; they are not scripts.",
            "exclude_files = { \".profint/**\" }",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private func entry(_ global: ScriptGlobal) -> String {
        let name = LuacheckStandard.key(global.name)
        guard global.type == "table" else { return "\(name) = {}" }
        let fields = global.fields.sorted { $0.key < $1.key }.map { field, type in
            "\(LuacheckStandard.key(field)) = \(type == "table" ? "{ other_fields = true }" : "{}")"
        }
        return "\(name) = { fields = { \(fields.joined(separator: ", ")) } }"
    }

    /// A table key in Lua: the bare name when it is an identifier, else a bracketed string.
    private static func key(_ name: String) -> String {
        let identifier = !name.isEmpty && name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
        return identifier ? name : "[\"\(name)\"]"
    }
}
