import Foundation

/// Where dlstudy keeps its data (the study database).
public enum DataDirectory {
    /// `--data`, else `$XDG_DATA_HOME/dlstudy`, else `~/.local/share/dlstudy`.
    public static func path(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("dlstudy") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/dlstudy")
    }
}
