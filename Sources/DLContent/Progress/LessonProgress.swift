import Foundation

/// How far the student got in each lesson: the last page open and the furthest page seen.
public struct LessonProgress: Codable, Equatable, Sendable {
    /// Progress of one lesson.
    public struct Entry: Codable, Equatable, Sendable {
        public var lastPage: Int
        public var furthestPage: Int
        public var pageCount: Int
        public init(lastPage: Int, furthestPage: Int, pageCount: Int) {
            self.lastPage = lastPage; self.furthestPage = furthestPage; self.pageCount = pageCount
        }
        /// Whether every page has been seen.
        public var isComplete: Bool { furthestPage + 1 >= pageCount }
    }

    public var version: Int = 1
    public var lessons: [String: Entry] = [:]
    public init() {}

    /// Records that `page` of a lesson with `pageCount` pages is open.
    public mutating func visit(lesson id: String, page: Int, pageCount: Int) {
        var entry = lessons[id] ?? Entry(lastPage: 0, furthestPage: 0, pageCount: pageCount)
        entry.lastPage = page
        entry.furthestPage = max(entry.furthestPage, page)
        entry.pageCount = pageCount
        lessons[id] = entry
    }
}

/// Reads and writes `progress.json` in the data folder; writes go to a temporary file that is then
/// renamed, so a crash never leaves half a file.
public enum ProgressFile {
    /// The data folder: `--data`, else `$XDG_DATA_HOME/dlstudy`, else `~/.local/share/dlstudy`.
    public static func dataDirectory(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("dlstudy") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/dlstudy")
    }

    /// Loads progress; a missing file is empty progress; a damaged one is moved aside and reported.
    public static func load(directory: String) -> (LessonProgress, warning: String?) {
        let path = (directory as NSString).appendingPathComponent("progress.json")
        guard let data = FileManager.default.contents(atPath: path) else { return (LessonProgress(), nil) }
        if let progress = try? JSONDecoder().decode(LessonProgress.self, from: data) { return (progress, nil) }
        let aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))"
        do {
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            return (LessonProgress(), "progress file \(path) was damaged; moved it to \(aside) and started afresh")
        } catch {
            return (LessonProgress(), "progress file \(path) is damaged and could not be moved aside: \(error.localizedDescription)")
        }
    }

    /// Saves progress atomically; returns an error message on failure.
    public static func save(_ progress: LessonProgress, directory: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(progress)
            let path = (directory as NSString).appendingPathComponent("progress.json")
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return "could not save progress in \(directory): \(error.localizedDescription)"
        }
    }
}
