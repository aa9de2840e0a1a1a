import Foundation
import ProfintContent
import ProfintModel

/// What `check` finds in a bundle's test case (`tests/*.yaml`) without running it: a tool that
/// does not exist, answers for paths the tool does not have, answers that do not fit their
/// question (an option not offered, a string for a number...), expected values at paths that do
/// not exist. Each at the line of the YAML file that says it.
struct TestCaseCheck {
    /// Where the tools the cases name are loaded (once per `check`).
    let tools: CheckedTools

    func problems(of file: String, in bundle: ContentBundle) -> [Diagnostic] {
        let testCase: TestCase
        do { testCase = try TestCase(file: file, of: bundle) } catch ProfintError.invalidAnswers(let problems) {
            return problems.map { problem in
                .error("test case: \(problem.path): \(problem.reason)",
                       at: location(problem.origin, file: file, bundle: bundle))
            }
        } catch {
            return [.error("test case: \(error)", at: SourceLocation(bundle: bundle.id, file: file))]
        }
        let toolID = testCase.answers.tool ?? ""
        let checked: CheckedTool
        do {
            checked = try tools.load(toolID)
        } catch ProfintError.notFound(let message) {
            return [.error("test case: tool: \(message)", at: SourceLocation(bundle: bundle.id, file: file))]
        } catch {
            // The tool's own problems are reported where the tool is checked.
            return []
        }
        let paths = ReadablePaths(checked.chain)
        var found: [Diagnostic] = []
        for answer in testCase.answers.answers {
            let at = location(answer.origin, file: file, bundle: bundle)
            let path = answer.path.description
            if let problem = paths.problem(reading: path, ownOnly: true) {
                found.append(.error("test case: \(problem)", at: at))
                continue
            }
            guard let question = paths.question(path) else { continue }
            let perItem = question.each != nil || question.hasDynamicEach
            if perItem != (answer.path.key != nil) {
                let question = answer.path.questionPath
                let fix = perItem ? "give \(question)[item] for each item" : "write \(question), without [item]"
                found.append(.error(
                    "test case: \(path) is asked \(perItem ? "once per item" : "once"): \(fix)", at: at))
                continue
            }
            if answer.value.isNull { continue }
            // A case that expects an error may give a wrong answer on purpose.
            if let expected = testCase.expectation.error, expected.path == nil || expected.path == path { continue }
            if case .failure(let rejection) = AnswerValidator.validate(answer.value, for: question) {
                found.append(.error("test case: \(path): \(rejection.reason)", at: at))
            }
        }
        for (path, _, origin) in testCase.expectation.values {
            if let problem = paths.problem(reading: path, ownOnly: true) {
                let at = location(origin, file: file, bundle: bundle)
                found.append(.error("test case: expect.values: \(problem)", at: at))
            }
        }
        if let path = testCase.expectation.error?.path, let problem = paths.problem(reading: path, ownOnly: true) {
            let at = SourceLocation(bundle: bundle.id, file: file)
            found.append(.error("test case: expect.error.path: \(problem)", at: at))
        }
        return found
    }

    /// The location of an origin `name:line` in the test case `file`.
    private func location(_ origin: String?, file: String, bundle: ContentBundle) -> SourceLocation {
        let line = origin.flatMap { $0.split(separator: ":").last.flatMap { Int($0) } }
        return SourceLocation(bundle: bundle.id, file: file, line: line)
    }
}
