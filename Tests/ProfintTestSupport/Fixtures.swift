import Foundation
import ProfintModel

/// Where the repository's test material is.
public enum Fixtures {
    /// The checkout this test build comes from.
    public static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/Fixtures`.
    public static let root = checkout.appendingPathComponent("Tests/Fixtures")
    /// The well-formed fixture bundles (the `demo` module and its plugins).
    public static let good = root.appendingPathComponent("good")
    /// Bundles with planted mistakes, one a folder.
    public static let bad = root.appendingPathComponent("bad")
    /// Golden reports of the document's cases.
    public static let golden = root.appendingPathComponent("golden")
}

/// The demo tool `demo/plan` of the good fixtures, answered in full: as an answer file, and as
/// answers by path.
public enum DemoAnswers {
    /// Every answer of demo/plan, by path.
    public static let values: [String: JSONValue] = [
        "needs.needs": .array([.string("Housing"), .string("Health")]),
        "needs.alone": .bool(false),
        "needs.why": .string("money"),
        "partners.for[Housing]": .array([.string("Caritas")]),
        "partners.for[Health]": .array([.string("ASP")]),
        "partners.strength": .int(4),
        "partners.mode": .string("formal"),
        "partners.start": .string("2021-03-04"),
        "partners.actions": .array([.object(["what": .string("call")])]),
        "cover.level[Housing]": .string("partners"),
        "cover.level[Health]": .string("no"),
    ]

    /// An answer file for demo/plan, with session details and an answer that needs escaping.
    public static let yaml = """
        tool: demo/plan
        session: { organisation: CRESM, facilitator: Laura }
        answers:
          needs.needs: [Housing, Health]
          needs.alone: false
          needs.why: "<script>alert(1)</script>"
          partners.for[Housing]: [Caritas]
          partners.for[Health]: [ASP]
          partners.strength: 4
          partners.mode: formal
          partners.start: 2021-03-04
          partners.actions: [{ what: call the agencies, when: 2021-03-05 }]
          cover.level[Housing]: partners
          cover.level[Health]: "no"

        """
}
