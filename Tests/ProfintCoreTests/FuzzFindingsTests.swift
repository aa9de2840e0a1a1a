import Foundation
import ProfintModel
import ProfintTestSupport
import Testing

/// The fuzzers' findings (`Fuzz/Findings`, docs/security.md), replayed on every test run: a
/// fuzzing run is random and may not reach a finding again, this does. Each reproducer is
/// replayed here, or named with the test that covers it.
@Suite("The fuzzers' findings stay fixed")
struct FuzzFindingsTests {
    static let folder = Fixtures.checkout.appendingPathComponent("Fuzz/Findings")

    /// What a reproducer replayed here must do now.
    enum Outcome {
        /// `JSONValue.parse` refuses it.
        case refusedJSON
        /// `SessionCodec.decode` refuses it, without trapping.
        case refusedSession
        /// A session that reads back as itself once exported and imported again.
        case sessionRoundTrip
    }

    static let replayed: [String: Outcome] = [
        "json-lenient-numbers": .refusedJSON,
        "json-unicode-escape-sign": .refusedJSON,
        "session-long-time-fraction.json": .refusedSession,
        "session-sub-millisecond-time.json": .sessionRoundTrip,
    ]

    /// Reproducers another test covers, and that test.
    static let coveredElsewhere = [
        // A regression would run the C matcher for hours: a pattern whose bound wraps the same
        // way, but which C matches at once, fails that test instead.
        "lua-pattern-bound-overflow.lua": "HostileLimitTests.aPatternBoundPastTheIntegerRangeIsNotTakenForSmall",
    ]

    @Test func everyReproducerHasAnOutcome() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        let known = (Array(Self.replayed.keys) + Array(Self.coveredElsewhere.keys)).sorted()
        #expect(files == known, "a new finding in Fuzz/Findings needs its outcome here")
    }

    @Test(arguments: replayed.keys.sorted())
    func theReproducerIsHandled(_ file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        switch try #require(Self.replayed[file]) {
        case .refusedJSON:
            #expect(throws: (any Error).self) { try JSONValue.parse(text) }
        case .refusedSession:
            let value = try JSONValue.parse(text)
            #expect(throws: (any Error).self) { try SessionCodec.decode(value) }
        case .sessionRoundTrip:
            let record = try SessionCodec.decode(try JSONValue.parse(text))
            let exported = SessionCodec.encode(record).jsonText(pretty: false)
            let again = try SessionCodec.decode(try JSONValue.parse(exported))
            #expect(again == record)
        }
    }
}
