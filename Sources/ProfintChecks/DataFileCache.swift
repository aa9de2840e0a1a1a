import Foundation
import ProfintContent

/// The data files of a run of test cases, each read at most once, by the first thread to ask:
/// a case's file is read with the others at the start, and read again as another case's input
/// (`inputs: { plan: cresm-wt1.yaml }`). A thread that asks for a file another thread is reading
/// waits for it. (Reading the files on a second core while the catalog loads was tried and made
/// the catalog as much slower as the reading gained: the two threads' first page faults queue up.)
final class DataFileCache: @unchecked Sendable {
    // @unchecked: `files` is only touched under `condition`; `read` is a constant.
    private let condition = NSCondition()
    private var files: [String: Slot] = [:]
    private let read: (URL) throws -> DataFile

    private enum Slot {
        case reading, read(Result<DataFile, any Error>)
    }

    /// A cache whose files are read by `read`.
    init(read: @escaping (URL) throws -> DataFile = { try DataFile(url: $0) }) {
        self.read = read
    }

    /// The file at `url`, as `read` reads it: read now, or as read before (the same error when it
    /// could not be read).
    func data(at url: URL) throws -> DataFile {
        let key = url.standardizedFileURL.path
        condition.lock()
        while true {
            switch files[key] {
            case .read(let result)?:
                condition.unlock()
                return try result.get()
            case .reading?:
                condition.wait()
            case nil:
                files[key] = .reading
                condition.unlock()
                let result = Result { try read(url) }
                condition.lock()
                files[key] = .read(result)
                condition.broadcast()
                condition.unlock()
                return try result.get()
            }
        }
    }
}
