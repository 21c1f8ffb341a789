import Foundation

/// Finds the content root (a folder with Lessons/ and Quizzes/). Search order: `--content DIR`,
/// `$DLSTUDY_CONTENT`, next to the executable (`<bin>/../share/dlstudy`, then `<bin>`), then the
/// repository: walking up from the executable and from the current directory.
public enum ContentLocator {
    /// Where content was looked for and whether it was found.
    public struct Result: Sendable {
        public var root: String?
        public var searched: [String]
    }

    /// Locates the content root.
    public static func locate(flag: String?, environment: [String: String], executablePath: String,
                              currentDirectory: String) -> Result {
        var searched: [String] = []
        func check(_ dir: String) -> String? {
            let path = (dir as NSString).standardizingPath
            searched.append(path)
            return isContentRoot(path) ? path : nil
        }
        if let flag { return Result(root: check(absolute(flag, from: currentDirectory)), searched: searched) }
        if let env = environment["DLSTUDY_CONTENT"], !env.isEmpty {
            return Result(root: check(absolute(env, from: currentDirectory)), searched: searched)
        }
        let exe = (absolute(executablePath, from: currentDirectory) as NSString).resolvingSymlinksInPath
        let binDir = (exe as NSString).deletingLastPathComponent
        if let found = check((binDir as NSString).appendingPathComponent("../share/dlstudy")) { return Result(root: found, searched: searched) }
        if let found = check(binDir) { return Result(root: found, searched: searched) }
        for start in [binDir, currentDirectory] {
            var dir = (start as NSString).deletingLastPathComponent
            if start == currentDirectory { dir = start }
            while true {
                if isContentRoot(dir), FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("Package.swift")) {
                    searched.append(dir)
                    return Result(root: dir, searched: searched)
                }
                let parent = (dir as NSString).deletingLastPathComponent
                if parent == dir || parent.isEmpty { break }
                dir = parent
            }
            searched.append("\(start) and its parent folders")
        }
        return Result(root: nil, searched: searched)
    }

    /// Whether `dir` holds a Lessons/ folder (Quizzes/ is optional).
    public static func isContentRoot(_ dir: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("Lessons"), isDirectory: &isDir) && isDir.boolValue
    }

    private static func absolute(_ path: String, from cwd: String) -> String {
        path.hasPrefix("/") ? path : (cwd as NSString).appendingPathComponent(path)
    }
}
