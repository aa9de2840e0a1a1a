import Foundation
import ProfintTestSupport
import Testing

/// The checkout, and the fixtures in it.
let checkout = Fixtures.checkout
let fixtures = Fixtures.root
let good = Fixtures.good.path
/// The full answer file of the fixture tool demo/plan.
let planYAML = DemoAnswers.yaml
let profintBinary = ProcessRunner.profint
let emptyHome = ProcessRunner.emptyHome

/// Runs profint with `arguments`, feeding `input` on stdin.
@discardableResult
func profint(
    _ arguments: [String], input: String = "", environment extra: [String: String] = [:], in folder: URL? = nil
) throws -> Outcome {
    try ProcessRunner.run(profintBinary.path, arguments, input: input, environment: extra, in: folder)
}

/// Runs a program with profint's test environment.
func runProgram(
    _ program: String, _ arguments: [String], input: String = "", environment extra: [String: String] = [:],
    in folder: URL? = nil
) throws -> Outcome {
    try ProcessRunner.run(program, arguments, input: input, environment: extra, in: folder)
}
