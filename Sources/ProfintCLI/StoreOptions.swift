import ArgumentParser
import Foundation
import ProfintStore

/// Where sessions are kept.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The session store (default: PROFINT_STORE, else $XDG_DATA_HOME/profint/sessions.sqlite).", valueName: "file"))
    var path: String?

    var url: URL { StoreLocation.resolve(path) }

    /// The store, opened. A store that cannot be used is a ``StoreError``, which exits 74.
    func open() throws -> SessionStore { try Self.open(path: path) }

    /// The store at `path` given as `--store` (as ``RunArguments`` holds it), else the default one.
    static func open(path: String?) throws -> SessionStore { try SessionStore(url: StoreLocation.resolve(path)) }
}
