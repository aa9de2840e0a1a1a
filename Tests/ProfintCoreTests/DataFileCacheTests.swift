import Foundation
@testable import ProfintChecks
import ProfintContent
import ProfintModel
import ProfintTestSupport
import Synchronization
import Testing

/// `profint test` reads each data file once (a case's file, read again as another case's input),
/// whichever thread asks first.
@Suite("Data files read once")
struct DataFileCacheTests {
    @Test func eachFileIsReadOnceWhateverTheThreadsAsking() throws {
        let root = try temporaryFolder(["a.yaml": "tool: m/t\nanswers: { s.q: Ana }\n", "b.yaml": "tool: [not"])
        let reads = Mutex<[String: Int]>([:])
        let cache = DataFileCache { url in
            reads.withLock { $0[url.lastPathComponent, default: 0] += 1 }
            return try DataFile(url: url)
        }
        let a = root.appendingPathComponent("a.yaml"), b = root.appendingPathComponent("b.yaml")
        let outcomes = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { turn in
            let url = turn.isMultiple(of: 2) ? a : b
            let outcome = (try? cache.data(at: url)).map { $0.root == (try? DataFile(url: a).root) ? "a" : "?" }
            outcomes.withLock { $0.append(outcome ?? "error") }
        }
        #expect(reads.withLock { $0 } == ["a.yaml": 1, "b.yaml": 1])
        let expected = Array(repeating: "a", count: 8) + Array(repeating: "error", count: 8)
        #expect(outcomes.withLock { $0.sorted() } == expected)
        // The file that cannot be read fails each time it is asked for, from one read.
        #expect(throws: ProfintError.self) { try cache.data(at: b) }
        #expect(try cache.data(at: root.appendingPathComponent("./a.yaml")).root == (try DataFile(url: a)).root)
        #expect(reads.withLock { $0 } == ["a.yaml": 1, "b.yaml": 1])
    }
}
