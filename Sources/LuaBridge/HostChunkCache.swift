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

    /// A chunk's source and the bytecode compiled from it.
    private struct Entry {
        var source: String
        var bytecode: [UInt8]
    }

    /// By chunk name: a lookup compares one source (at once when it is the same string in
    /// memory, as the host's static sources are) instead of hashing it as a key would.
    private let compiled = Mutex<[String: Entry]>([:])

    /// The bytecode of `source` compiled as `name`, if it was compiled before.
    func bytecode(name: String, source: String) -> [UInt8]? {
        compiled.withLock { entries in
            guard let entry = entries[name], entry.source == source else { return nil }
            return entry.bytecode
        }
    }

    /// Keeps `bytecode`, loaded as `name` for `source` (in place of what `name` held).
    func keep(name: String, source: String, bytecode: [UInt8]) {
        compiled.withLock { $0[name] = Entry(source: source, bytecode: bytecode) }
    }

    /// Keeps the bytecode of the function on top of `state`, compiled from `source` as `name`.
    func keep(name: String, source: String, from state: OpaquePointer) {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard shim_dump_function(state, &bytes, &size) != 0, let bytes else { return }
        defer { free(bytes) }
        keep(name: name, source: source, bytecode: Array(UnsafeBufferPointer(start: bytes, count: size)))
    }
}
