import ArgumentParser
import Foundation
import ProfintCore
import ProfintStore

/// Where sessions are kept.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The session store (default: PROFINT_STORE, else $XDG_DATA_HOME/profint/sessions.sqlite).", valueName: "file"))
    var path: String?

    var url: URL { StoreLocation.resolve(path) }

    /// The store, opened; a store that cannot be used exits 74 with its reason.
    func open() throws -> SessionStore {
        do { return try SessionStore(url: url) } catch let error as StoreError {
            Console.error("profint: store \(error)")
            throw ExitCode(ExitStatus.ioError.rawValue)
        }
    }
}

/// Runs a body that uses the store: a store error exits 74 naming the file.
func withStore<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError {
        Console.error("profint: store \(error)")
        throw ExitCode(ExitStatus.ioError.rawValue)
    }
}
