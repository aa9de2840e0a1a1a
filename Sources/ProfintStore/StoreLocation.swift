import Foundation
import ProfintModel

/// Where the session store is: `--store PATH`, else `PROFINT_STORE`, else
/// `$XDG_DATA_HOME/profint/sessions.sqlite`, else `~/.local/share/profint/sessions.sqlite`.
public enum StoreLocation {
    public static func resolve(
        _ flag: String?,
        environment: [String: String] = ProcessEnvironment.variables("PROFINT_STORE", "XDG_DATA_HOME", "HOME")
    ) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: flag) }
        if let variable = environment["PROFINT_STORE"], !variable.isEmpty { return URL(fileURLWithPath: variable) }
        let data: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            data = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].map(URL.init(fileURLWithPath:))
                ?? FileManager.default.homeDirectoryForCurrentUser
            data = home.appendingPathComponent(".local/share")
        }
        return data.appendingPathComponent("profint/sessions.sqlite")
    }
}
