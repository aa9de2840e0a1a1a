import Foundation

/// A word written so that a POSIX shell reads it back as that one word, for the commands profint
/// prints for the user to paste (resume a session, write its report, check a new plugin): as it is
/// when it holds only characters no shell treats specially, else in single quotes, a `'` inside
/// written `'\''`. A store in `~/My Sessions/s.sqlite` is then `--store '/home/ana/My Sessions/s.sqlite'`.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "@%+=:,./_-".utf8.contains(byte)
            }
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
