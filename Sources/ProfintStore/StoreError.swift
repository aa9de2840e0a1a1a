import Foundation
import GRDB

/// A store that cannot be used, and why, naming its file. The file is left as it was.
public struct StoreError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    /// What an SQLite error means for a user of the store at `path`.
    static func from(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            if let store = error as? StoreError { return store }
            if let damaged = error as? SessionStore.DamagedData {
                return StoreError(path: path,
                                  reason: "the store holds damaged data in \(damaged.place) (\(damaged.reason)); "
                                      + "export what you can and start a new store")
            }
            return StoreError(path: path, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(path: path,
                              reason: "not a profint session store (the file is not an SQLite database, or is damaged)")
        case .SQLITE_READONLY:
            return StoreError(path: path,
                              reason: "the store cannot be written (read-only file or folder): "
                                  + "check its permissions, or choose another store file")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(path: path,
                              reason: "the store is locked by another process; try again when it has finished")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(path: path,
                              reason: "the store cannot be opened (\(error.message ?? "permission denied")); "
                                  + "check the path and its permissions")
        case .SQLITE_FULL:
            return StoreError(path: path, reason: "the disk is full: free some space; the session so far is safe")
        default:
            return StoreError(path: path, reason: error.message ?? "\(error)")
        }
    }
}
