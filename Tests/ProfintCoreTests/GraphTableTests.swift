import Foundation
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Testing

/// The table a tool's graph function returns, as the host reads it: kinds, strengths, a legend
/// and uncovered nodes on top of nodes, edges and groups, and ctx.question to name answers in
/// the words of the tool's own questions.
@Suite("Graph tables")
struct GraphTableTests {
    /// A tool asking a kind (choice) and a strength (scale) per partner, whose graph is `graph`.
    static func tool(graph: String) -> String {
        """
        return tool {
          title = "T",
          step { id = "map", title = "Map",
            ask.choice { id = "kind", text = "Kind?", options = {
              { id = "public", label = { en = "Public service", fr = "Service public" } },
              { id = "ngo", label = { en = "Association", fr = "Association" } } } },
            ask.scale { id = "strength", text = "How strong?", labels = { [1] = { en = "Hardly", fr = "À peine" }, [5] = "Always" } },
          },
          graph = \(graph),
        }
        """
    }

    func graph(_ function: String, answers: [String: JSONValue] = [:], language: String = "en") throws -> Graph? {
        let (_, catalog) = try moduleWithTool(tool: GraphTableTests.tool(graph: function),
                                              languages: "{ \"en\", \"fr\" }")
        return try ToolLoader(catalog: catalog, limits: .default).load("m/t")
            .graph(answers: answers, language: language)
    }

    static let partnerMap = """
        function(a, ctx)
            local kind, scale = ctx.question("map.kind[x]"), ctx.question("map.strength")
            local kinds, strengths = {}, {}
            for _, option in ipairs(kind.options) do kinds[#kinds + 1] = { id = option.id, label = option.label } end
            for point = 1, 5 do strengths[point] = scale.labels[point] or tostring(point) end
            return {
              kinds = kinds, strengths = strengths, legend = { uncovered = { en = "No partner yet", fr = "Aucun partenaire" } },
              nodes = { { id = "need", label = "Housing" }, { id = "gap", label = "Health", uncovered = true },
                        { id = "p", label = "Caritas", kind = a["map.kind"] } },
              edges = { { from = "need", to = "p", strength = a["map.strength"] } },
            }
          end
        """

    @Test func kindsStrengthsAndUncoveredNodesInTheSessionsLanguage() throws {
        let map = try #require(
            try graph(GraphTableTests.partnerMap, answers: ["map.kind": "ngo", "map.strength": 4], language: "fr"))
        #expect(map.kinds.map(\.label) == ["Service public", "Association"],
                "options in the session's language, through ctx.question")
        #expect(map.strengths == ["À peine", "2", "3", "4", "Always"])
        #expect(map.nodes.first { $0.id == "p" }?.kind == "ngo")
        #expect(map.nodes.filter(\.uncovered).map(\.label) == ["Health"])
        #expect(map.edges.first?.strength == 4)
        #expect(map.legend.uncovered == "Aucun partenaire")
        #expect(map.legend.strengths == "Solidité du lien", "what the table leaves out is in profint's words")
        #expect(map.usedKinds.map(\.id) == ["ngo"])
    }

    @Test func aTableOfNodesAndEdgesOnlyStaysValid() throws {
        let map = try #require(try graph("""
            function() return { title = "Map", nodes = { { id = "a", label = "A" }, { id = "b" } }, edges = { { from = "a", to = "b", label = "x" } } } end
            """))
        #expect(map.kinds.isEmpty && map.strengths.isEmpty && !map.hasLegend)
        #expect(map.nodes.map(\.uncovered) == [false, false])
        #expect(map.edges == [Graph.Edge(from: "a", to: "b", label: "x")])
    }

    /// A graph is read without sealing it: the `__` fields its script writes (stamps, where the
    /// host keeps its own) are no language of a text, as they are not in a tool.
    @Test func stampsAGraphWritesAreNoLanguage() throws {
        let map = try #require(try graph("""
            function()
              return { nodes = { { id = "a", label = { en = "A", __where = "elsewhere.lua:1", __kind = "question" } } } }
            end
            """, language: "fr"))
        #expect(map.nodes.map(\.label) == ["A"])
        // A table of stamps alone is no text: the node is named by its id.
        let stamps = try #require(try graph("""
            function() return { nodes = { { id = "a", label = { __kind = "question" } } } } end
            """))
        #expect(stamps.nodes.map(\.label) == ["a"])
    }

    @Test(arguments: [
        ("{ nodes = { { id = 'a' }, { id = 'b' } }, edges = { { from = 'a', to = 'b', strength = 3 } } }",
         "the edge a → b has strength 3, but strengths are not given"),
        ("{ strengths = { 'weak', 'strong' }, nodes = { { id = 'a' }, { id = 'b' } }, edges = { { from = 'a', to = 'b', strength = 3 } } }",
         "strengths are whole numbers from 1 to 2"),
        ("{ kinds = { { id = 'ngo', label = 'NGO' } }, nodes = { { id = 'a', kind = 'public' } }, edges = {} }",
         "the node a is of kind public, which the graph's kinds do not list"),
    ])
    func aWrongTableIsRefusedSayingWhatToFix(table: String, message: String) throws {
        do {
            _ = try graph("function() return \(table) end")
            Issue.record("the graph was accepted")
        } catch ProfintError.scriptFailure(let text, _, _) {
            #expect(text.contains(message), "\(text)")
            #expect(text.contains("the graph of m/t"))
        }
    }
}
