import Foundation
import ProfintContent
import ProfintEngine
import ProfintModel

/// The outcome of one test case.
public struct TestOutcome {
    public var name: String
    /// Where the case is: `modules/networks/tests/cresm.yaml`.
    public var file: String
    public var failures: [String]
    public var passed: Bool { failures.isEmpty }
}

/// Runs bundles' test cases headlessly. Each tool is loaded once, in a Lua state of its own,
/// and each case runs it afresh (a new coroutine with a fresh instruction budget).
public final class TestRunner {
    public let catalog: Catalog
    public let limits: ScriptLimits
    /// Renders a finished session as the Markdown report, for `report_contains`.
    public let report: (SessionView) throws -> String
    private var loaders: [String: ToolLoader] = [:]

    public init(catalog: Catalog, limits: ScriptLimits = .default, report: @escaping (SessionView) throws -> String) {
        self.catalog = catalog
        self.limits = limits
        self.report = report
    }

    /// The tool `id`, loaded once per runner, in its own state.
    private func load(_ id: String) throws -> LoadedTool {
        if let loader = loaders[id] { return try loader.load(id) }
        let loader = try ToolLoader(catalog: catalog, limits: limits)
        loaders[id] = loader
        return try loader.load(id)
    }

    /// Runs every test case of `bundles`, in order.
    public func run(_ bundles: [ContentBundle]) -> [TestOutcome] {
        bundles.flatMap { bundle in bundle.testFiles().map { run(file: $0, of: bundle) } }
    }

    public func run(file: String, of bundle: ContentBundle) -> TestOutcome {
        let display = Catalog.display(bundle.folder.appendingPathComponent(file))
        let testCase: TestCase
        do { testCase = try TestCase(file: file, of: bundle) } catch {
            return TestOutcome(name: file, file: display, failures: ["the test case cannot be read: \(error)"])
        }
        var outcome = TestOutcome(name: testCase.name, file: display, failures: [])
        let expectation = testCase.expectation
        do {
            let loaded = try load(testCase.answers.tool ?? "")
            let language = testCase.answers.language ?? loaded.tool.languages.first ?? "en"
            let plan = SessionPlan(tool: loaded, language: language, inputs: try testCase.answers.inputAnswers(),
                                   metadata: testCase.answers.metadata, id: "test")
            let driver = SessionDriver(plan: plan, sink: nil)
            try driver.start()
            try Headless.complete(driver, answers: testCase.answers.answers)
            let run = driver.run
            if let expected = expectation.error {
                outcome.failures.append("expected an error\(expected.path.map { " at \($0)" } ?? "")\(expected.contains.map { " saying '\($0)'" } ?? ""), but the run completed")
                return outcome
            }
            if let complete = expectation.complete, complete != run.isFinished {
                outcome.failures.append(complete ? "the run did not complete" : "the run completed")
            }
            let values = run.values
            for (path, value, origin) in expectation.values {
                let actual = values[path]
                if !TestRunner.matches(value, actual) {
                    outcome.failures.append("\(origin): \(path) is \(actual?.description ?? "not answered"), expected \(value)")
                }
            }
            if !expectation.reportContains.isEmpty || !expectation.reportLacks.isEmpty {
                let text = try report(try SessionView(driver: driver))
                // `firstRange(of:)` is the standard library's search; `contains` with Foundation
                // imported goes through NSString and a locale (some 5 % of `profint test` here).
                for needle in expectation.reportContains where text.firstRange(of: needle) == nil {
                    outcome.failures.append("the report does not contain '\(needle)'")
                }
                for needle in expectation.reportLacks where text.firstRange(of: needle) != nil {
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
                if case ProfintError.invalidAnswers(let problems) = error { paths = problems.map(\.path) } else { paths = [] }
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
        case (.object(let a), .object(let b)): return a.keys.sorted() == b.keys.sorted() && a.allSatisfy { matches($0.value, b[$0.key]) }
        default: return expected == actual
        }
    }
}
