/// What a command keeps until the process ends, instead of taking it apart just before `exit`:
/// a catalog, a loaded tool and a session hold thousands of objects and two Lua states, and
/// freeing them one by one costs a headless run 0.7 million instructions (closing a Lua state
/// alone, 0.6) for memory the system takes back at once. Compilers do the same (clang's driver
/// passes -disable-free).
///
/// Only for what owns no outside resource: nothing here is closed or flushed at exit (a store is
/// never kept, and the Lua states have no finalizer to run: the sandbox refuses `__gc`).
enum ProcessLifetime {
    /// Written by the command, on the main thread, just before it returns to `exit`.
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    /// Keeps `objects` alive until the process ends.
    static func keep(_ objects: AnyObject...) {
        kept.append(contentsOf: objects)
    }
}
