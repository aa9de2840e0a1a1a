import Foundation
import ProfintContent

/// Test case files read on another thread while the catalog loads, the first phase of
/// `profint test`, which runs on one core: the YAML of the cases is most of the next phase's
/// work, and needs no catalog. Each file is read once, by whichever thread comes to it first;
/// one that asks for a file another thread is reading waits for it.
public final class CaseFileReadAhead: @unchecked Sendable {
    // @unchecked: `files` and `slot` are constants; `state` is only touched under `condition`.
    private let files: [URL]
    private let slot: [String: Int]
    private let condition = NSCondition()
    private var state: [Slot]

    private enum Slot {
        case waiting, reading, read(Result<DataFile, any Error>)
    }

    /// Starts reading the cases of the bundles in `folders` (a bundle, or a folder of bundles:
    /// ``SearchPath/bundleFolders(in:)``) and the case files `files`, on a thread of its own.
    public init(folders: [URL], files extra: [URL] = []) {
        var files: [URL] = []
        var slot: [String: Int] = [:]
        func add(_ url: URL) {
            guard slot[CaseFileReadAhead.key(url)] == nil else { return }
            slot[CaseFileReadAhead.key(url)] = files.count
            files.append(url)
        }
        for bundle in folders.flatMap(SearchPath.bundleFolders(in:)) {
            for file in ContentBundle.testFiles(in: bundle) {
                if let url = try? BundleFile.resolve(file, in: bundle) { add(url) }
            }
        }
        extra.forEach(add)
        self.files = files
        self.slot = slot
        state = Array(repeating: .waiting, count: files.count)
        guard !files.isEmpty else { return }
        Thread.detachNewThread { [self] in
            for index in self.files.indices { _ = take(index) }
        }
    }

    /// The file at `url` read (as ``DataFile/init(url:)`` reads it): read ahead, or read now.
    public func data(at url: URL) throws -> DataFile {
        guard let index = slot[CaseFileReadAhead.key(url)] else { return try DataFile(url: url) }
        if let read = take(index) { return try read.get() }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if case .read(let result) = state[index] { return try result.get() }
            condition.wait()
        }
    }

    /// Reads the file at `index` if no thread has begun it, and gives what was read; nil when
    /// another thread has it.
    private func take(_ index: Int) -> Result<DataFile, any Error>? {
        condition.lock()
        guard case .waiting = state[index] else {
            defer { condition.unlock() }
            if case .read(let result) = state[index] { return result }
            return nil
        }
        state[index] = .reading
        condition.unlock()
        let result = Result { try DataFile(url: files[index]) }
        condition.lock()
        state[index] = .read(result)
        condition.broadcast()
        condition.unlock()
        return result
    }

    private static func key(_ url: URL) -> String { url.standardizedFileURL.path }
}
