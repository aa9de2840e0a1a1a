import LuaBridge
import ProfintTestSupport
import Testing

/// No address reaches a script (docs/security.md): tostring, print and string.format give an
/// object a number of its own in its state where stock Lua prints its address.
@Suite("Scripts read no address")
struct HiddenAddressTests {
    @Test func tostringNumbersObjectsTheSameWayEachTime() throws {
        let out = try run("""
            local t, f, c = {}, function() end, coroutine.create(function() end)
            return tostring(t), tostring(f), tostring(c), tostring(type), tostring(t) == tostring(t),
                   tostring(t) ~= tostring({}), tostring(setmetatable({}, { __name = "Point" })),
                   tostring(setmetatable({}, { __tostring = function() return "custom" end })), tostring(1.5),
                   tostring(nil)
            """)
        #expect(out.count == 10)
        let texts = out.compactMap(\.stringValue)
        #expect(texts.count == 8 && out[4] == .boolean(true) && out[5] == .boolean(true))
        for (text, kind) in zip(texts.prefix(4), ["table", "function", "thread", "function"]) {
            #expect(text.range(of: "^\(kind): #[0-9]+$", options: .regularExpression) != nil, "\(text)")
        }
        #expect(texts[4].range(of: "^Point: #[0-9]+$", options: .regularExpression) != nil, "\(texts[4])")
        #expect(texts[5] == "custom" && texts[6] == "1.5" && texts[7] == "nil")
    }

    @Test func printAndFormatShowNoAddress() throws {
        let state = try LuaState()
        var lines: [String] = []
        state.printHandler = { lines.append($0) }
        let out = try run("""
            local t = {}
            print(t, print, 1)
            return string.format("%s|%p|%-6p|%p|%p|%d%%|%5.1f", t, t, t, "text", 7, 3, 2.25),
                   ("%s"):format(coroutine.running())
            """, in: state)
        let printed = try #require(lines.first)
        #expect(printed.range(of: #"^table: #[0-9]+\tfunction: #[0-9]+\t1$"#, options: .regularExpression) != nil,
                "\(printed)")
        let formatted = try #require(out.first?.stringValue)
        let number = try #require(printed.split(separator: "\t").first?.split(separator: " ").last)
        #expect(formatted == "table: \(number)|\(number)|\(number.padding(toLength: 6, withPad: " ", startingAt: 0))"
                + "|(null)|(null)|3%|  2.2" || formatted == "table: \(number)|\(number)|"
                + "\(number.padding(toLength: 6, withPad: " ", startingAt: 0))|(null)|(null)|3%|  2.3", "\(formatted)")
        #expect(out.last?.stringValue?.hasPrefix("thread: #") == true, "\(out)")
        #expect(!lines.joined().contains("0x") && !formatted.contains("0x"))
    }

    @Test func aPointerConversionWithAWidthOrAFlagShowsNoAddressEither() throws {
        let out = try run("""
            return ("%5p|%-5p|%p"):format("s", "s", 1), string.format(12, {}), ("%1p"):format({})
            """)
        #expect(out.first?.stringValue == "(null)|(null)|(null)", "a string's %p is its address in stock Lua")
        #expect(out.dropFirst().first?.stringValue == "12", "a number as the format: stock")
        #expect(out.last?.stringValue?.hasPrefix("#") == true, "\(out)")
        let refused = try #require(luaError { _ = try run("local s = ('%.3p'):format({})") })
        #expect(refused.message.contains("invalid conversion") && refused.message.contains("'%.3p'"),
                "flags stock Lua refuses: \(refused.message)")
        let bare = try #require(luaError { _ = try run("\nlocal s = tostring()") })
        #expect(bare.message == "test.lua:2: bad argument #1 to 'tostring' (value expected)", "\(bare.message)")
    }

    /// The line of an error is the script's, even when the script tail-calls string.format, as in
    /// `label = function(a) return string.format(...) end`.
    @Test func formatErrorsStillNameTheScriptsLineAndTheFunction() throws {
        for source in ["local t = {}\nlocal s = string.format('%d', t)", "\nlocal s = string.format('%d', 'x')",
                       "local t = {}\nlocal s = ('%p %d'):format(t, t)", "local t = {}\nreturn string.format('%d', t)",
                       "\nreturn string.format('%d', 'x')",
                       "local function label(a)\n  return string.format('%d', a)\nend\nreturn label({})"] {
            let error = try #require(luaError { _ = try run(source) })
            #expect(error.message.hasPrefix("test.lua:2: bad argument #"), "\(source): \(error.message)")
            #expect(error.message.contains("'string.format'"), "\(error.message)")
        }
    }
}
