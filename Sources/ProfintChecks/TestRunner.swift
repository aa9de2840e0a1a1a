import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel
import Synchronization

/// The outcome of one test case.
public struct TestOutcome {
    public var name: String
    /// Where the case is: `modules/networks/tests/cresm.yaml`.
    public var file: String
    public var failures: [String]
    public var passed: Bool { failures.isEmpty }
}

/// Runs bundles' test cases headlessly, each as `profint run` runs the tool alone. A tool's cases
/// share its loaded tool, in a Lua state of its own or shared with tools of its family where each
/// still runs as it would alone (``TestSchedule``); each case runs it afresh (a new coroutine with
/// a fresh instruction budget).
///
/// The cases of different tools run on different threads (as many as the machine has cores): a
/// state is only ever used by one thread, and what the threads share (the catalog, profint's
/// words, the compiled host Lua) is read-only or locked. The work expected to take longest goes
/// first. Outcomes come back in the order of the files.
public final class TestRunner: @unchecked Sendable {
    // @unchecked: every stored property is a constant; the catalog is only read once made, and
    // `report` renders from its argument alone.
    public let catalog: Catalog
    public let limits: ScriptLimits
    /// Renders a finished session as the Markdown report, for `report_contains`.
    public let report: @Sendable (SessionView) throws -> String
    /// How many threads run cases at once (by default, one per core).
    public let threads: Int

    public init(
        catalog: Catalog, limits: ScriptLimits = .default, threads: Int? = nil,
        report: @escaping @Sendable (SessionView) throws -> String
    ) {
        self.catalog = catalog
        self.limits = limits
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        self.report = report
    }

    /// Runs the test cases of `bundles` (those `included` keeps: a bundle and a case's file, such as
    /// `tests/cresm.yaml`); the outcomes are in the order of the bundles and files.
    public func run(
        _ bundles: [ContentBundle], including included: (ContentBundle, String) -> Bool = { _, _ in true }
    ) -> [TestOutcome] {
        let files = bundles.flatMap { bundle in
            bundle.testFiles().filter { included(bundle, $0) }.map { (file: $0, bundle: bundle) }
        }
        // A case's file and its inputs' (the case files of other runs), each read once.
        let reading = DataFileCache().data(at:)
        let cases = parallelMap(files, worker: {}) { file, _ in
            Result { try TestCase(file: file.file, of: file.bundle, reading: reading) }
        }
        // One group per tool, in the order its first case comes: a group shares one loaded tool.
        var groups: [[Int]] = []
        var groupOfTool: [String: Int] = [:]
        for (index, testCase) in cases.enumerated() {
            guard case .success(let read) = testCase else {
                groups.append([index])
                continue
            }
            let tool = read.answers.tool ?? ""
            if let group = groupOfTool[tool] {
                groups[group].append(index)
            } else {
                groupOfTool[tool] = groups.count
                groups.append([index])
            }
        }
        var bases: [String: String?] = [:]
        let schedule = TestSchedule(groups.map { members in
            let read = members.compactMap { try? cases[$0].get() }
            let work = members.count == read.count
                ? read.reduce(0) { $0 + TestSchedule.caseWork(answers: $1.answers.answers.count) } : 1
            let loaded = read.first?.answers.tool.map { chain($0, bases: &bases) } ?? []
            return TestSchedule.Group(members: members, chain: loaded,
                                      bundles: loaded.map { catalog.tools[$0]?.bundle ?? "" }, work: work)
        })
        let results = parallelMap(schedule.units, worker: SpareHolder.init) { [self] unit, holder in
            var loader: ToolLoader?
            // The groups of a unit share its loader while each tool loads the tools its group
            // names (the bases were read from the files by a text scan): a tool that loads others
            // gets a loader of its own, and so does each group after it, as `run` would load them.
            var sharing = unit.count > 1
            // The next loader on this thread takes the state over (ToolLoader.release).
            func release() {
                if let current = loader { holder.spare = try? current.release() }
                loader = nil
            }
            func newLoader() throws -> ToolLoader {
                let made = try ToolLoader(catalog: catalog, limits: limits, reusing: holder.spare.take())
                loader = made
                return made
            }
            defer { release() }
            return unit.flatMap { group in
                if !sharing { release() }
                return group.members.map { index in
                    let display = Catalog.display(
                        files[index].bundle.folder.appendingPathComponent(files[index].file))
                    switch cases[index] {
                    case .failure(let error):
                        return (index, TestOutcome(name: files[index].file, file: display,
                                                   failures: ["the test case cannot be read: \(error)"]))
                    case .success(let testCase):
                        let outcome = run(testCase, file: display, reading: reading) { id in
                            let loaded = try (loader ?? newLoader()).load(id)
                            guard sharing, loaded.chain.map(\.tool.id) != group.chain else { return loaded }
                            sharing = false
                            release()
                            return try newLoader().load(id)
                        }
                        return (index, outcome)
                    }
                }
            }
        }
        var outcomes = [TestOutcome?](repeating: nil, count: files.count)
        for (index, outcome) in results.joined() { outcomes[index] = outcome }
        return outcomes.compactMap { $0 }
    }

    /// The tools a tool's loader loads: the tool and, for a derived tool, its bases, as their
    /// files name them (``Catalog/declaredBase(of:)``, each file read once into `bases`; a guess,
    /// for the schedule only).
    private func chain(_ tool: String, bases: inout [String: String?]) -> [String] {
        var chain = [tool]
        while let current = chain.last {
            let base = bases[current] ?? catalog.declaredBase(of: current)
            bases[current] = base
            guard let base, !chain.contains(base) else { return chain }
            chain.append(base)
        }
        return chain
    }

    /// `transform` applied to every item, on up to `threads` threads, each thread with a worker
    /// of its own (made by `worker`, passed to every item it takes); the results in order (each
    /// item is taken by exactly one thread, so every slot is filled).
    private func parallelMap<Item, Worker, Output>(
        _ items: [Item], worker: @escaping () -> Worker, _ transform: @escaping (Item, inout Worker) -> Output
    ) -> [Output] {
        guard threads > 1, items.count > 1 else {
            var only = worker()
            return items.map { transform($0, &only) }
        }
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: items.count))
        let next = Mutex(0)
        let work = UncheckedSendable(value: (items, worker, transform))
        DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
            let (items, worker, transform) = work.value
            var mine = worker()
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < items.count else { return }
                let result = UncheckedSendable(value: transform(items[index], &mine))
                slots.withLock { $0[index] = result.value }
            }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// One case, with its tool loaded by `load` (once per tool, by the caller) and its inputs'
    /// files read by `reading`.
    private func run(
        _ testCase: TestCase, file display: String, reading: (URL) throws -> DataFile,
        load: (String) throws -> LoadedTool
    ) -> TestOutcome {
        var outcome = TestOutcome(name: testCase.name, file: display, failures: [])
        let expectation = testCase.expectation
        do {
            let loaded = try load(testCase.answers.tool ?? "")
            let language = testCase.answers.language ?? loaded.tool.languages.first ?? "en"
            let inputs = try testCase.answers.inputAnswers(reading: reading)
            let plan = SessionPlan(tool: loaded, language: language, inputs: inputs,
                                   metadata: testCase.answers.metadata, id: "test")
            let driver = SessionDriver(plan: plan, sink: nil)
            try driver.start()
            try Headless.complete(driver, answers: testCase.answers.answers)
            let run = driver.run
            if let expected = expectation.error {
                let place = expected.path.map { " at \($0)" } ?? ""
                let words = expected.contains.map { " saying '\($0)'" } ?? ""
                outcome.failures.append("expected an error\(place)\(words), but the run completed")
                return outcome
            }
            if let complete = expectation.complete, complete != run.isFinished {
                outcome.failures.append(complete ? "the run did not complete" : "the run completed")
            }
            let values = run.values
            for (path, value, origin) in expectation.values {
                let actual = values[path]
                if !TestRunner.matches(value, actual) {
                    let found = actual?.description ?? "not answered"
                    outcome.failures.append("\(origin): \(path) is \(found), expected \(value)")
                }
            }
            if !expectation.reportContains.isEmpty || !expectation.reportLacks.isEmpty {
                let view = try SessionView(driver: driver)
                let text = try report(view)
                // The graph too, which the HTML report draws: a graph script's error fails the case.
                _ = try view.graph()
                // Byte for byte: `firstRange(of:)` compares Characters (8 % of `profint test` here),
                // `contains` with Foundation goes through NSString and a locale.
                for needle in expectation.reportContains where !ByteSearch.contains(text, needle) {
                    outcome.failures.append("the report does not contain '\(needle)'")
                }
                for needle in expectation.reportLacks where ByteSearch.contains(text, needle) {
                    outcome.failures.append("the report contains '\(needle)'")
                }
            }
        } catch {
            guard let expected = expectation.error else {
                outcome.failures.append("the run failed: \(describe(error))")
                return outcome
            }
            let message = describe(error)
            if let path = expected.path {
                let paths: [String]
                if case ProfintError.invalidAnswers(let problems) = error {
                    paths = problems.map(\.path)
                } else {
                    paths = []
                }
                if !paths.contains(path) { outcome.failures.append("expected an error at \(path), got: \(message)") }
            }
            if let needle = expected.contains, !message.contains(needle) {
                outcome.failures.append("expected an error saying '\(needle)', got: \(message)")
            }
        }
        return outcome
    }

    private func describe(_ error: any Error) -> String { catalog.describe(error) }

    /// Whether an expected value matches: numbers compare by value.
    static func matches(_ expected: JSONValue, _ actual: JSONValue?) -> Bool {
        guard let actual else { return expected.isNull }
        if let a = expected.doubleValue, let b = actual.doubleValue { return a == b }
        switch (expected, actual) {
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { matches($0, $1) }
        case (.object(let a), .object(let b)):
            return a.keys.sorted() == b.keys.sorted() && a.allSatisfy { matches($0.value, b[$0.key]) }
        default: return expected == actual
        }
    }
}

/// A value carried to another thread, where the caller knows only one thread uses it at a time.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}

/// What a thread of ``TestRunner`` keeps from one unit of work to the next: the Lua state its
/// last loader left (``ToolLoader/release()``), so that a thread makes one state, not one per unit.
private final class SpareHolder {
    var spare: SpareState?
}
