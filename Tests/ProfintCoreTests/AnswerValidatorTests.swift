@testable import ProfintContent
@testable import ProfintEngine
import ProfintChecks
import ProfintModel
import ProfintTestSupport
import Testing

@Suite("Answers are checked against their question's kind")
struct AnswerValidatorTests {
    func check(_ value: JSONValue, _ question: Question) -> Result<JSONValue, Rejection> {
        AnswerValidator.validate(value, for: question)
    }

    func reason(_ value: JSONValue, _ question: Question) -> String? {
        if case .failure(let rejection) = check(value, question) { return rejection.reason }
        return nil
    }

    let options = [QuestionOption(id: "a", label: LocalizedText("A")),
                   QuestionOption(id: "b", label: LocalizedText("B"))]

    @Test func text() throws {
        let q = Question(id: "t", kind: .text, text: LocalizedText("?"), max: .int(5))
        #expect(try check("hello", q).get() == "hello")
        #expect(reason("   ", q) == "an answer is required")
        #expect(reason("too long", q) == "at most 5 characters, got 8")
        #expect(reason(.int(3), q) == "expected text, got a number")
    }

    @Test func choiceAndMulti() throws {
        let choice = Question(id: "c", kind: .choice, text: LocalizedText("?"), options: options)
        #expect(try check("a", choice).get() == "a")
        #expect(reason("z", choice) == "'z' is not an option (options: a, b)")
        let multi = Question(id: "m", kind: .multi, text: LocalizedText("?"), options: options, max: .int(1))
        #expect(try check(["b"], multi).get() == ["b"])
        #expect(reason(["a", "a"], multi) == "'a' is chosen twice")
        #expect(reason(["a", "b"], multi) == "at most 1 option, got 2")
        #expect(reason([], multi) == "at least 1 option needed, got 0")
        #expect(reason("a", multi) == "expected a list of option ids, got a string")
    }

    @Test func yesnoNumberScaleDate() throws {
        #expect(try check(true, Question(id: "y", kind: .yesno, text: LocalizedText("?"))).get() == true)
        #expect(reason("yes", Question(id: "y", kind: .yesno, text: LocalizedText("?"))) != nil)
        let number = Question(id: "n", kind: .number, text: LocalizedText("?"), min: .int(1), max: .int(10),
                              integer: true)
        #expect(try check(.double(4.0), number).get() == .int(4))
        #expect(reason(.double(2.5), number) == "expected a whole number, got 2.5")
        #expect(reason(.int(11), number) == "must be at most 10, got 11")
        let scale = Question(id: "s", kind: .scale, text: LocalizedText("?"))
        #expect(try check(.int(5), scale).get() == .int(5))
        #expect(reason(.int(6), scale) == "must be from 1 to 5, got 6")
        let date = Question(id: "d", kind: .date, text: LocalizedText("?"))
        #expect(try check("2024-02-29", date).get() == "2024-02-29")
        #expect(reason("2023-02-29", date)?.contains("is not a day of the calendar") == true)
        #expect(reason("04/03/2021", date)?.contains("YYYY-MM-DD") == true)
    }

    @Test func list() throws {
        let list = Question(id: "l", kind: .list, text: LocalizedText("?"), min: .int(2))
        #expect(try check([" Housing ", "Health"], list).get() == ["Housing", "Health"])
        #expect(reason(["Housing"], list) == "at least 2 items needed, got 1")
        #expect(reason(["Housing", ""], list) == "item 2 is empty")
        #expect(reason("Housing", list) == "expected a list of items, got a string")
    }

    @Test func tables() throws {
        let columns = [
            Question(id: "what", kind: .text, text: LocalizedText("What")),
            Question(id: "when", kind: .date, text: LocalizedText("When"), required: false),
        ]
        let growing = Question(id: "t", kind: .table, text: LocalizedText("?"), max: .int(2), columns: columns)
        #expect(try check([["what": "call", "when": "2021-01-02"]], growing).get()
                == [["what": "call", "when": "2021-01-02"]])
        #expect(reason([["when": "2021-01-02"]], growing) == "row 1, column 'what': an answer is required")
        #expect(reason([["what": "call", "who": "me"]], growing) == "row 1: no column 'who' (columns: what, when)")
        #expect(reason([["what": "a"], ["what": "b"], ["what": "c"]], growing) == "at most 2 rows, got 3")
        #expect(reason([["what": "a", "when": "soon"]], growing)?
                    .hasPrefix("row 1, column 'when': expected a date") == true)
        let fixed = Question(id: "f", kind: .table, text: LocalizedText("?"), columns: columns,
                             rows: [QuestionOption(id: "r1", label: LocalizedText("R1")),
                                    QuestionOption(id: "r2", label: LocalizedText("R2"))])
        #expect(reason([["what": "a"]], fixed) == "expected 2 rows (r1, r2), got 1")
        #expect(
            reason([["what": "a"], ["what": .int(3)]], fixed) == "row 'r2', column 'what': expected text, got a number")
    }
}
