import Foundation
import ProfintModel
import LuaBridge

/// Reads a bundle's manifest (`module.lua` or `plugin.lua`) into a ``BundleManifest``, noting
/// every problem with the manifest's file and line.
struct ManifestReader {
    private(set) var diagnostics: [Diagnostic] = []

    static let moduleFields = AuthoringSchema.names(AuthoringSchema.module)
    static let pluginFields = AuthoringSchema.names(AuthoringSchema.plugin)

    mutating func manifest(_ value: LuaValue, kind: ContentBundle.Kind, folder: URL) -> BundleManifest? {
        let file = kind == .module ? "module.lua" : "plugin.lua"
        var location = SourceLocation(lua: value["__where"].stringValue, bundle: value["id"].stringValue)
            ?? SourceLocation.firstLine(containing: ["return \(kind.rawValue)", "\(kind.rawValue) {"], in: file,
                                        of: folder, bundle: value["id"].stringValue)
        guard value["__kind"].stringValue == kind.rawValue else {
            error("\(file) must return \(kind.rawValue) { id = ..., ... }", at: location)
            return nil
        }
        guard let id = value["id"].stringValue, !id.isEmpty,
              id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        else {
            error("the \(kind.rawValue) needs an id = '...' of letters, digits, _ and -", at: location)
            return nil
        }
        location.bundle = id
        let allowed = kind == .module ? ManifestReader.moduleFields : ManifestReader.pluginFields
        for key in (value.tableValue?.fields.keys.sorted() ?? []) where !key.hasPrefix("__") && !allowed.contains(key) {
            warning("\(kind.rawValue) \(id): unknown field '\(key)' (ignored)", at: location)
        }
        if id != folder.lastPathComponent {
            warning("the \(kind.rawValue) id '\(id)' differs from its folder name '\(folder.lastPathComponent)'",
                    at: location)
        }
        let languages = strings(value["languages"], what: "languages", at: location)
        if languages.isEmpty { error("\(kind.rawValue) \(id) needs languages = { 'en', ... }", at: location) }
        var reader = ToolReader()
        reader.languageByBundle[id] = languages.first ?? "en"
        let title = reader.text(value["title"], what: "the title of \(id)", at: location, required: true)
        let summary = reader.text(value["summary"], what: "the summary of \(id)", at: location)
        var manifest = BundleManifest(
            id: id, version: required(value["version"], "version", of: id, at: location) ?? "0",
            title: title ?? LocalizedText(id), author: required(value["author"], "author", of: id, at: location) ?? "",
            languages: languages, summary: summary,
            requires: strings(value["requires"], what: "requires", at: location), source: location)
        manifest.baseTexts = baseTexts(value["base_texts"], of: id, at: location)
        switch kind {
        case .module:
            manifest.caseFiles = ManifestReader.caseFiles(in: folder)
            manifest.exercises = exercises(value["exercises"], reader: &reader, at: location)
            let toolNames = (FolderListing.names(atPath: folder.path + "/tools") ?? [])
                .filter { $0.hasSuffix(".lua") }
            for name in toolNames.sorted() {
                let file = "tools/\(name)"
                do { _ = try BundleFile.resolve(file, in: folder) } catch let refusal as BundleFile.Refusal {
                    error("module \(id): \(refusal)", at: SourceLocation(bundle: id, file: file))
                    continue
                } catch {
                    continue
                }
                manifest.tools["\(id)/\(name.dropLast(4))"] = file
            }
        case .plugin:
            manifest.api = plugin(value, id: id, folder: folder, manifest: &manifest, at: location)
        }
        diagnostics += reader.diagnostics
        return manifest
    }

    private mutating func plugin(
        _ value: LuaValue, id: String, folder: URL, manifest: inout BundleManifest, at location: SourceLocation
    ) -> Int? {
        let api = value["api"].intValue
        if api == nil {
            error(
                "plugin \(id) needs api = \(authoringAPIVersion): the version of the authoring API it was written for",
                at: location)
        } else if let api, api > authoringAPIVersion {
            error("plugin \(id) needs authoring API \(api), but this profint provides API \(authoringAPIVersion): "
                  + "upgrade profint", at: location)
        }
        let provides = value["provides"]
        guard let tools = provides["tools"].tableValue else {
            let translates = FileManager.default.fileExists(atPath: folder.appendingPathComponent("translations").path)
            if !provides.isNil || (value["provides"].isNil && !translates) {
                warning("plugin \(id) provides no tools: provides = { tools = { ['module/tool'] = 'tools/tool.lua' } }",
                        at: location)
            }
            return api.map(Int.init)
        }
        for (toolID, file) in tools.fields.sorted(by: { $0.key < $1.key }) where !toolID.hasPrefix("__") {
            guard let file = file.stringValue else {
                error("plugin \(id): the file of tool '\(toolID)' must be a path such as 'tools/x.lua'", at: location)
                continue
            }
            let parts = toolID.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                error("plugin \(id): the tool id '\(toolID)' must be 'module/tool'", at: location)
                continue
            }
            do { _ = try BundleFile.resolve(file, in: folder) } catch let refusal as BundleFile.Refusal {
                error("plugin \(id): tool '\(toolID)' names \(refusal)", at: location)
                continue
            } catch {
                continue
            }
            manifest.tools[toolID] = file
        }
        if !tools.array.isEmpty {
            error("plugin \(id): provides.tools maps tool ids to files: { ['module/tool'] = 'tools/tool.lua' }",
                  at: location)
        }
        return api.map(Int.init)
    }

    static func caseFiles(in folder: URL) -> [String: String] {
        let names = FolderListing.names(atPath: folder.path) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasPrefix("case.") && name.hasSuffix(".md")
            && BundleFile.isInside(name, in: folder) {
            let language = String(name.dropFirst(5).dropLast(3))
            if !language.isEmpty && !language.contains(".") { files[language] = name }
        }
        return files
    }

    private mutating func exercises(
        _ value: LuaValue, reader: inout ToolReader, at location: SourceLocation
    ) -> [Exercise] {
        guard let list = value.tableValue?.array else { return [] }
        return list.compactMap { item in
            let at = SourceLocation(lua: item["__where"].stringValue, bundle: location.bundle) ?? location
            guard item["__kind"].stringValue == "exercise", let id = item["id"].stringValue else {
                error("exercises must be a list of exercise { id = '...', title = ..., prompts = { ... } }", at: at)
                return nil
            }
            let prompts = (item["prompts"].tableValue?.array ?? []).compactMap {
                reader.text($0, what: "a prompt of exercise \(id)", at: at, required: true)
            }
            if prompts.isEmpty { error("exercise \(id) needs prompts = { ... }: the questions for the group", at: at) }
            var exercise = Exercise(
                id: id, title: reader.text(item["title"], what: "the title of exercise \(id)", at: at, required: true)
                    ?? LocalizedText(id),
                minutes: item["minutes"].doubleValue, text: reader.text(item["text"], what: "exercise text", at: at),
                prompts: prompts)
            exercise.provenance = reader.text(item["provenance"], what: "the provenance of exercise \(id)", at: at)
            return exercise
        }
    }

    /// `base_texts = "fallback"` or `"missing"`: how a check counts the texts derived tools
    /// inherit and do not translate.
    private mutating func baseTexts(_ value: LuaValue, of id: String, at location: SourceLocation) -> BaseTexts {
        if value.isNil { return .missing }
        guard let name = value.stringValue, let choice = BaseTexts(rawValue: name) else {
            error("\(id): base_texts must be \"fallback\" (base texts it does not translate fall back to the base's "
                + "language) or \"missing\" (they count as missing)", at: location)
            return .missing
        }
        return choice
    }

    private mutating func required(
        _ value: LuaValue, _ field: String, of id: String, at location: SourceLocation
    ) -> String? {
        if let text = value.stringValue, !text.isEmpty { return text }
        if let number = value.doubleValue { return String(number) }
        error("\(id) needs \(field) = '...'", at: location)
        return nil
    }

    private mutating func strings(_ value: LuaValue, what: String, at location: SourceLocation) -> [String] {
        if value.isNil { return [] }
        guard let list = value.tableValue?.array, list.allSatisfy({ $0.stringValue != nil }) else {
            error("\(what) must be a list of strings", at: location)
            return []
        }
        return list.compactMap(\.stringValue)
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    private mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }
}
