import Foundation
@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Headless runs from answer files")
struct HeadlessTests {
    func file(_ yaml: String) throws -> AnswerFile {
        let folder = try temporaryFolder(["answers.yaml": yaml])
        return try AnswerFile(url: folder.appendingPathComponent("answers.yaml"))
    }

    @Test func yamlAnswersRunToTheEnd() throws {
        let answers = try file("""
            tool: demo/plan
            lang: fr
            session: { organisation: CRESM, facilitator: Laura, participants: [Nadia, Yodit] }
            answers:
              needs:
                needs: [Housing, Health]
                alone: true
              partners.for[Housing]: [Caritas]
              partners.for[Health]: [ASP]
              partners.strength: 2
              partners.mode: informal
              partners.start: 2021-03-04
              partners.actions:
                - what: call
                  when: 2021-03-05
              cover.level[Housing]: "no"
              cover.level[Health]: alone
            """)
        #expect(answers.metadata.participants == ["Nadia", "Yodit"])
        let run = try Headless.run(try fixtureTool(), language: answers.language ?? "en", answers: answers.answers)
        #expect(run.isFinished)
        #expect(run.values["partners.start"] == "2021-03-04", "dates stay text")
        #expect(run.values["cover.level[Housing]"] == "no", "'no' in quotes is text")
    }

    @Test func eachBadAnswerNamesItsPathLineAndReason() throws {
        let cases: [(String, String, String)] = [
            ("needs.needs: Housing", "needs.needs", "expected a list of items, got a string"),
            ("needs.needs: [Housing]", "needs.needs", "at least 2 items needed, got 1"),
            ("needs.needs: [A, B]\n  needs.alone: no", "needs.alone", "expected yes or no"),
            ("needs.nedds: [A, B]", "needs.nedds", "step 'needs' has no question 'nedds'"),
            ("needs.needs: [A, B]\n  needs.alone: true\n  partners.for[C]: [x]", "partners.for[A]",
             "partners.for[C] was given: not asked: 'C' is not an item of needs.needs"),
        ]
        for (answers, path, reason) in cases {
            let problems = answerProblems {
                _ = try Headless.run(try fixtureTool(), language: "en",
                                     answers: try file("answers:\n  \(answers)\n").answers)
            }
            #expect(problems.first?.path == path, "\(answers)")
            #expect(problems.first?.reason.contains(reason) == true, "\(answers): \(problems)")
            if let first = problems.first, first.path == path, !first.reason.contains("missing") {
                #expect(problems.first?.origin?.hasSuffix(
                            "answers.yaml:\(answers.components(separatedBy: "\n").count + 1)") == true,
                        "\(answers): \(String(describing: problems.first?.origin))")
            }
        }
    }

    @Test func aMissingRequiredAnswerNamesThePath() throws {
        let problems = answerProblems {
            _ = try Headless.run(try fixtureTool(), language: "en",
                                 answers: try file("answers:\n  needs.needs: [A, B]\n").answers)
        }
        #expect(problems.first?.path == "needs.alone")
        #expect(problems.first?.reason == "a required answer is missing (true or false)")
    }

    @Test func anOptionNotOfferedIsRefused() throws {
        var answers = planAnswers
        answers["partners.mode"] = "sometimes"
        let problems = answerProblems {
            _ = try Headless.run(try fixtureTool(), language: "en", answers: given(answers))
        }
        #expect(problems.first?.path == "partners.mode")
        #expect(problems.first?.reason == "'sometimes' is not an option (options: formal, informal)")
    }

    @Test func malformedFilesSayWhereTheyBreak() throws {
        let problems = answerProblems { _ = try file("answers:\n  needs.needs: [A, B\n  other: 1\n") }
        #expect(problems.first?.origin?.hasSuffix("answers.yaml") == true)
        #expect(problems.first?.reason.contains("line") == true)
        let unknown = answerProblems { _ = try file("answer:\n  needs.needs: [A, B]\n") }
        #expect(unknown.first?.path == "answer")
        #expect(unknown.first?.reason.contains("unknown key") == true)
        #expect(unknown.first?.origin?.hasSuffix("answers.yaml:1") == true)
    }

    @Test func jsonAnswerFilesWorkToo() throws {
        let folder = try temporaryFolder(["a.json": #"{"answers": {"needs.needs": ["A", "B"], "needs.alone": true}}"#])
        let answers = try AnswerFile(url: folder.appendingPathComponent("a.json"))
        #expect(answers.answers.count == 2)
        #expect(answers.answers.first { $0.path == "needs.alone" }?.value == true)
    }
}
