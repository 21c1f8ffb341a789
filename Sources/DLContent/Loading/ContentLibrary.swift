/// Everything loaded from a content folder: the lessons and quiz items that are usable, the files
/// that are broken, and every diagnostic.
public struct ContentLibrary: Sendable {
    public var root: String
    public var lessons: [Lesson]
    public var quizItems: [QuizItem]
    /// Files with at least one problem (lessons in them may still be listed, marked broken).
    public var brokenFiles: [String]
    public var diagnostics: [Diagnostic]

    public init(root: String, lessons: [Lesson], quizItems: [QuizItem], brokenFiles: [String], diagnostics: [Diagnostic]) {
        self.root = root; self.lessons = lessons; self.quizItems = quizItems
        self.brokenFiles = brokenFiles; self.diagnostics = diagnostics
    }

    /// The lesson with this id.
    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// Lessons of one lecture, in their order.
    public func lessons(lecture: Int) -> [Lesson] {
        lessons.filter { $0.lecture == lecture }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// Whether the lesson's file has problems.
    public func isBroken(_ lesson: Lesson) -> Bool { brokenFiles.contains(lesson.file) }

    /// The lesson and page index a link `lesson-id#page-id` points to.
    public func resolve(link: String) -> (lesson: Lesson, page: Int)? {
        let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
        guard let first = parts.first, let lesson = lesson(first) else { return nil }
        guard parts.count == 2 else { return (lesson, 0) }
        guard let index = lesson.pages.firstIndex(where: { $0.id == parts[1] }) else { return nil }
        return (lesson, index)
    }
}
