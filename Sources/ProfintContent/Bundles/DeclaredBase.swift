import Foundation
import ProfintModel

extension Catalog {
    /// The tool a tool's file names as its base (`extends = "module/tool"`), read from the file's
    /// text without running it; nil when the file names none or cannot be read. The field is the
    /// word `extends` (not the end of a longer name, not after `--` on its line), `=`, and one
    /// quoted string on one line, not joined to another. A guess all the same: a base computed at
    /// run time, or the words inside a string, read wrong. Only what needs no certainty uses it (the
    /// order in which `profint test` takes the tools' cases); loading a tool runs it.
    public func declaredBase(of id: String) -> String? {
        guard let entry = tools[id], let bundle = bundle(entry.bundle),
              let data = try? bundle.contents(of: entry.file)
        else { return nil }
        let text = Array(data)
        let key = Array("extends".utf8)
        var from = 0
        while let found = ByteSearch.firstIndex(of: key, in: text, from: from) {
            from = found + key.count
            guard !(found > 0 && Catalog.isNameByte(text[found - 1])), !Catalog.isCommented(text, at: found)
            else { continue }
            if let base = Catalog.quotedValue(in: text, after: from) { return base }
        }
        return nil
    }

    /// Whether `byte` can be part of a Lua name.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Whether `--` comes before `index` on its line.
    private static func isCommented(_ text: [UInt8], at index: Int) -> Bool {
        var cursor = index - 1
        while cursor > 0, text[cursor] != 0x0A {
            if text[cursor] == UInt8(ascii: "-"), text[cursor - 1] == UInt8(ascii: "-") { return true }
            cursor -= 1
        }
        return false
    }

    /// The string in `= "…"` or `= '…'` at `index` of `text` (spaces and tabs allowed around
    /// the `=`), on one line and not followed by `..`; nil for anything else.
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
        cursor = end + 1
        skipSpaces()
        if cursor + 1 < text.count, text[cursor] == UInt8(ascii: "."), text[cursor + 1] == UInt8(ascii: ".") {
            return nil
        }
        return String(decoding: text[start..<end], as: UTF8.self)
    }
}
