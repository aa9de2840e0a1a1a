/// Words written so that a POSIX shell reads them back as those words, for the commands profint
/// prints for the user to paste (resume a session, write its report, check a new plugin).
///
/// A word is left as it is when it holds only characters no shell treats specially (and does not
/// start with `=`, which zsh expands); any other goes in single quotes, each `'` inside written
/// `'\''`. A store in `~/My Sessions/s.sqlite` is then `'/home/ana/My Sessions/s.sqlite'`.
enum ShellWord {
    /// `word` as one shell word.
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.utf8.first != UInt8(ascii: "=") && word.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "@%+=:,./_-".utf8.contains(byte)
            }
        }
        guard !plain else { return word }
        // By scalars, not Characters: a `'` joined to a combining mark is one Character, which a
        // Character search would pass over, leaving the quote to end the quoting.
        var quoted = "'"
        for scalar in word.unicodeScalars {
            if scalar == "'" { quoted += #"'\''"# } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "'"
    }
}
