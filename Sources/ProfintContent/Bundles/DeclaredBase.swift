import Foundation
import ProfintModel

extension Catalog {
    /// The tool a tool's file names as its base (`extends = "module/tool"`), read from the file's
    /// text without running it; nil when the file names none or cannot be read. A guess: a base
    /// computed at run time, or the words in a comment, read wrong. Only what needs no certainty
    /// uses it (the order in which `profint test` takes the tools' cases); loading a tool runs it.
    public func declaredBase(of id: String) -> String? {
        guard let entry = tools[id], let bundle = bundle(entry.bundle),
              let data = try? bundle.contents(of: entry.file)
        else { return nil }
        let text = Array(data)
        let key = Array("extends".utf8)
        var from = 0
        while let found = ByteSearch.firstIndex(of: key, in: text, from: from) {
            from = found + key.count
            if let base = Catalog.quotedValue(in: text, after: from) { return base }
        }
        return nil
    }

    /// The string in `= "…"` or `= '…'` at `index` of `text` (spaces and tabs allowed around
    /// the `=`), on one line; nil for anything else.
    private static func quotedValue(in text: [UInt8], after index: Int) -> String? {
        var cursor = index
        func skipSpaces() { while cursor < text.count, text[cursor] == 0x20 || text[cursor] == 0x09 { cursor += 1 } }
        skipSpaces()
        guard cursor < text.count, text[cursor] == UInt8(ascii: "=") else { return nil }
        cursor += 1
        skipSpaces()
        guard cursor < text.count, text[cursor] == UInt8(ascii: "\"") || text[cursor] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = text[cursor]
        let start = cursor + 1
        guard let end = text[start...].firstIndex(where: { $0 == quote || $0 == 0x0A }), text[end] == quote else {
            return nil
        }
        return String(decoding: text[start..<end], as: UTF8.self)
    }
}
