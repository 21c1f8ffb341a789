/// How far the student got in each lesson: the last page open and the furthest page seen.
/// Its JSON form is the old `progress.json`, which the store imports once.
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

    /// The format version of `progress.json` (always 1).
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
