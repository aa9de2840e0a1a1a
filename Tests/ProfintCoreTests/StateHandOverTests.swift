import Foundation
@testable import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// The first tool loader takes the Lua state the catalog's manifests ran in (one state, not two,
/// for a command that loads a tool): the tools find it as a fresh state.
@Suite("The catalog's state handed to a loader")
struct StateHandOverTests {
    /// A module whose manifest leaves a line half written and draws random numbers, and whose
    /// tool prints and takes its title from `math.random`.
    private func catalog(manifestDraws: Bool) throws -> Catalog {
        let draws = manifestDraws ? "io.write('from the manifest') for _ = 1, 3 do math.random() end\n" : ""
        let root = try temporaryFolder([
            "m/module.lua": draws + "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/t.lua": """
                print('from the tool')
                return tool {
                  title = tostring(math.random(1, 1000000)),
                  step { id = "s", title = "S", ask.text { id = "name", text = "Name?" } },
                }
                """,
        ])
        return try Catalog(searchPath: SearchPath(folders: [root]))
    }

    @Test func theToolsFindNothingTheManifestsLeft() throws {
        let catalog = try catalog(manifestDraws: true)
        var printed: [String] = []
        let loader = try ToolLoader(catalog: catalog) { printed.append($0) }
        let title = try loader.load("m/t").tool.title.resolve("en")
        #expect(printed == ["from the tool"])
        let untouched = try ToolLoader(catalog: try self.catalog(manifestDraws: false)).load("m/t")
        #expect(title == untouched.tool.title.resolve("en"))
    }

    @Test func onlyTheFirstLoaderTakesIt() throws {
        let catalog = try catalog(manifestDraws: false)
        let first = try ToolLoader(catalog: catalog)
        let second = try ToolLoader(catalog: catalog)
        #expect(first.runtime !== second.runtime)
        #expect(catalog.handOverRuntime(limits: .default) == nil)
        // The catalog still reads tools for `list` after, in a state of its own.
        #expect(catalog.toolSummaries().map(\.problem) == [nil])
        #expect(try first.load("m/t").tool.steps.count == 1)
        #expect(try second.load("m/t").tool.steps.count == 1)
    }

    @Test func aLoaderWithOtherLimitsMakesItsOwn() throws {
        let catalog = try catalog(manifestDraws: false)
        _ = try ToolLoader(catalog: catalog, limits: ScriptLimits(instructions: 1_000_000))
        #expect(catalog.handOverRuntime(limits: .default) != nil)
        #expect(catalog.handOverRuntime(limits: .default) == nil)
    }

    /// A loader's state passes to the next loader on the thread (`profint test`'s units): the
    /// tools find nothing of the last loader's, and the released loader loads nothing more.
    @Test func aReleasedLoadersStateServesTheNextAsAFreshOne() throws {
        let step = "step { id = 's', title = 'S', ask.text { id = 'q', text = 'Q?' } }"
        let root = try temporaryFolder([
            "m/module.lua": "return module { id = 'm', version = '1', author = 'T', languages = { 'en' }, "
                + "title = 'M' }",
            "m/tools/a.lua": "left_behind = 'by a'\nreturn tool { title = 'A', \(step) }",
            "m/tools/b.lua": "return tool { title = tostring(left_behind), \(step) }",
        ])
        let catalog = try Catalog(searchPath: SearchPath(folders: [root]))
        let first = try ToolLoader(catalog: catalog)
        #expect(try first.load("m/a").tool.title.resolve("en") == "A")
        #expect(try first.load("m/b").tool.title.resolve("en") == "by a",
                "one loader's tools share their bundle's globals")
        let state = first.runtime
        let second = try ToolLoader(catalog: catalog, reusing: try first.release())
        #expect(second.runtime === state)
        #expect(try second.load("m/b").tool.title.resolve("en") == "nil")
        #expect(throws: ProfintError.self) { try first.load("m/a") }
        #expect(throws: ProfintError.self) { _ = try first.release() }
        let other = try ToolLoader(catalog: catalog, limits: ScriptLimits(instructions: 1_000_000),
                                   reusing: try second.release())
        #expect(other.runtime !== state, "a state is reused only under the same limits")
    }
}
