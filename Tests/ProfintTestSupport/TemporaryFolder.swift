import Foundation

/// A new folder under the system's temporary folder holding `files` (path → text), for bundles,
/// answer files and stores a test writes. Each call gives a folder of its own.
public func temporaryFolder(_ files: [String: String] = [:], prefix: String = "profint-test") throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}

/// Where a new session store would go: a file in a folder of its own that does not exist yet
/// (the store creates both), so each test has a store nobody else touches.
public func temporaryStoreURL() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
        "profint-store-\(UUID().uuidString)/nested/sessions.sqlite")
}
