import CLua
import CLuaShim
import Glibc
import Synchronization

/// The host's own Lua chunks (the sandbox, the pattern matcher, a library the host embeds),
/// compiled once per process: each new state loads their bytecode instead of parsing the source
/// again, which is most of what creating a state costs.
///
/// Only chunks the host loads by a name starting with `=` and from source it holds in memory go
/// here; scripts and files are always compiled from text, and their bytecode is never loaded
/// (Lua does not verify bytecode).
final class HostChunkCache: Sendable {
    static let shared = HostChunkCache()

    private struct Key: Hashable {
        var name: String
        var source: String
    }

    private let compiled = Mutex<[Key: [UInt8]]>([:])

    /// The bytecode of `source` compiled as `name`, if it was compiled before.
    func bytecode(name: String, source: String) -> [UInt8]? {
        compiled.withLock { $0[Key(name: name, source: source)] }
    }

    /// Keeps `bytecode`, loaded as `name` for `source`.
    func keep(name: String, source: String, bytecode: [UInt8]) {
        compiled.withLock { $0[Key(name: name, source: source)] = bytecode }
    }

    /// Keeps the bytecode of the function on top of `state`, compiled from `source` as `name`.
    func keep(name: String, source: String, from state: OpaquePointer) {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard shim_dump_function(state, &bytes, &size) != 0, let bytes else { return }
        defer { free(bytes) }
        let copy = Array(UnsafeBufferPointer(start: bytes, count: size))
        compiled.withLock { $0[Key(name: name, source: source)] = copy }
    }
}
