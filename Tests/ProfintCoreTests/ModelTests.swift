import Foundation
import ProfintModel
import Testing

@Suite("Answer paths, times and text, as the model reads them")
struct ModelTests {
    @Test func environmentVariablesAreReadByName() {
        // Variables the test process has, compared with Foundation's copy of the environment (no
        // test writes the environment: other suites read it at the same time).
        let names = ["PATH", "HOME", "PROFINT_SURELY_UNSET_VARIABLE"]
        let expected = ProcessInfo.processInfo.environment.filter { names.contains($0.key) }
        #expect(ProcessEnvironment.variables("PATH", "HOME", "PROFINT_SURELY_UNSET_VARIABLE") == expected)
        #expect(ProcessEnvironment.variables() == [:])
    }

    @Test func controlCharactersAreFoundAmongAnyScript() {
        #expect(ContentLimits.forbiddenControl(in: "Ελληνικά « é » 日本\tok\n") == nil)
        #expect(ContentLimits.forbiddenControl(in: "é\u{1B}[31m") == "\u{1B}")
        #expect(ContentLimits.forbiddenControl(in: "a\u{7F}") == "\u{7F}")
        #expect(ContentLimits.forbiddenControl(in: "one\r\ntwo", lineBreaks: false) == "\r")
        #expect(ContentLimits.forbiddenControl(in: "one\r\ntwo") == nil)
        #expect(ContentLimits.printable("ü\u{7}ß") == "ü\u{FFFD}ß")
        #expect(ContentLimits.printable("ü\tß\n") == "ü\tß\n")
    }

    @Test(arguments: [
        ("needs.needs", "needs", "needs", nil),
        ("partners.for[Housing]", "partners", "for", "Housing"),
        ("partners.for[a.b[c]]", "partners", "for", "a.b[c]"),
        ("s.q[]", "s", "q", ""),
        ("étape.question[Santé]", "étape", "question", "Santé"),
        ("s.q[k][j]", "s", "q", "k][j"),
        ("s.q[\u{301}k\u{600}]", "s", "q", "\u{301}k\u{600}"),
    ] as [(String, String, String, String?)])
    func pathsParse(text: String, step: String, question: String, key: String?) throws {
        let path = try #require(AnswerPath(text))
        #expect(path.step == step && path.question == question && path.key == key)
        #expect(path.description == text, "a path reads back as it was written")
    }

    @Test(arguments: [
        "", "needs", ".q", "s.", "a.b.c", "s[x].q", "s.q[x", "s.q]x[", "s.q[x]y", "s.q]", "[k]", ".q[k]", "s.[k]",
    ])
    func notPaths(text: String) {
        #expect(AnswerPath(text) == nil)
    }

    @Test func utcTimeAgreesWithTheCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for seconds in stride(from: -2_208_988_800.0, through: 4_102_444_800, by: 7_776_001.5) {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let time = UTCTime(date)
            #expect([time.year, time.month, time.day, time.hour, time.minute, time.second]
                == [c.year, c.month, c.day, c.hour, c.minute, c.second].map { $0 ?? -1 }, "\(date)")
        }
    }

    @Test func trimmingKeepsInnerSpaceAndDropsEveryKindAtTheEnds() {
        #expect(" \t Housing  first\n\u{00A0}".trimmed == "Housing  first")
        #expect(" \n\u{2003}".trimmed == "")
        #expect(" \u{3000}".isBlank && !" x ".isBlank)
    }
}

@Suite("Session times")
struct SessionTimeTests {
    @Test func timesReadBackToTheMillisecond() throws {
        for millis in [0, 1, 122, 123, 499, 500, 998, 999] {
            let date = Date(timeIntervalSince1970: 1_764_406_860 + Double(millis) / 1000)
            let text = SessionCodec.timestamp(date)
            #expect(text.hasSuffix(String(format: ".%03dZ", millis)), "\(text)")
            let back = try #require(SessionCodec.date(text))
            #expect(SessionCodec.timestamp(back) == text)
        }
        #expect(SessionCodec.date("2026-11-29T09:30:00Z") == Date(timeIntervalSince1970: 1_795_944_600))
        #expect(SessionCodec.date("2026-02-30T09:30:00Z") == nil, "no 30 February")
        #expect(SessionCodec.date("2026-11-29 09:30:00Z") == nil)
        #expect(SessionCodec.date("2026-11-29T09:30:00+01:00") == nil, "UTC only")
    }
}

@Suite("Text editing without Foundation")
struct TextEditingTests {
    @Test func replacingAllMatchesBytesAndLeavesTheRestAlone() {
        #expect("a|b||c".replacingAll("|", with: "\\|") == "a\\|b\\|\\|c")
        #expect("Qui aide {item} ? {item}".replacingAll("{item}", with: "Santé") == "Qui aide Santé ? Santé")
        #expect("line\r\nnext".replacingAll("\r\n", with: "<br>") == "line<br>next")
        #expect("é".replacingAll("e", with: "x") == "é", "no folding")
        #expect("".replacingAll("x", with: "y") == "")
        #expect("aaa".replacingAll("aa", with: "b") == "ba", "left to right, no overlap")
        #expect("abc".replacingAll("", with: "y") == "abc" && "xyz".replacingAll("z", with: "!") == "xy!")
        #expect("\n\nbody\n".trimmingLineBreaks == "body")
    }

    /// `trimmingSpaces` and `trimmingSpacesAndLineBreaks` trim what Foundation's `.whitespaces`
    /// and `.whitespacesAndNewlines` trim, and nothing else.
    @Test(arguments: [
        "  plain  ", "\tTab\t", "\u{00A0}no-break\u{202F}", "\u{2009}thin\u{3000}", "inner  space", "",
        "   ", "Question ?\n", "\nline breaks\r\n", "\u{85}next line\u{2028}\u{2029}\u{0B}\u{0C}", "é\u{0301} ",
        "\u{200B}zero width, as Foundation has it\u{200B}", "\u{2060}word joiner\u{FEFF}",
    ])
    func trimmingSpacesTrimsWhatFoundationsWhitespacesTrims(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingSpacesAndLineBreaks == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

@Suite("JSON numbers, as JSON writes them")
struct JSONNumberTests {
    @Test(arguments: ["0", "-0", "12", "-3.25", "1e5", "1E-2", "0.5e+3", "9223372036854775807"])
    func numbersJSONAllows(text: String) throws {
        let value = try JSONValue.parse("[\(text)]")
        #expect(value.arrayValue?.first?.doubleValue == Double(text))
    }

    @Test(arguments: ["01", "+1", ".5", "1.", "1.e5", "-.5", "-", "1e", "1e+", "--1", "0x10", "1_000"])
    func numbersJSONForbids(text: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse("[\(text)]") }
    }
}

@Suite("Searching text byte for byte")
struct ByteSearchTests {
    @Test func findsBytesAnywhereAndNothingElse() {
        #expect(ByteSearch.contains("One café, 12 €.", "café, 12 €"))
        #expect(ByteSearch.contains("abc", "c") && ByteSearch.contains("abc", "abc") && ByteSearch.contains("abc", ""))
        #expect(!ByteSearch.contains("abc", "abcd"))
        #expect(ByteSearch.contains("", "") && !ByteSearch.contains("", "a"))
        // A first byte found where the rest differs, then the match further on, or at the end.
        #expect(ByteSearch.contains("aab", "ab") && ByteSearch.contains("xabxabc", "abc"))
        #expect(ByteSearch.contains("abcd", "cd") && !ByteSearch.contains("abcd", "ce"))
        #expect(!ByteSearch.contains("ab", "bc"))
        #expect(!ByteSearch.contains("café", "cafe\u{301}"), "another spelling of the same accent is other bytes")
        #expect(ByteSearch.contains(Array("-- return tool".utf8)[3...], Array("return".utf8)))
        #expect(ByteSearch.count("{item}", in: "{item} and {item}{item}, é {item") == 3)
        #expect(ByteSearch.count("aa", in: "aaaa") == 2 && ByteSearch.count("", in: "abc") == 0)
    }
}
