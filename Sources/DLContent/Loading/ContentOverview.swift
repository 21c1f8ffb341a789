/// What the home screen shows of the content, without the pages and quiz items themselves: each
/// lesson's title, concepts and page count, the quiz counts per lecture, the broken files. It is
/// derived from a fully loaded library and cached (`ContentCache`) so the first frame needs no parse.
public struct ContentOverview: Equatable, Sendable {
    public var lessons: [LessonOverview]
    /// Quiz items per lecture number.
    public var quizCounts: [Int: Int]
    public var brokenFiles: [String]

    /// The overview of a loaded library.
    public init(lessons: [Lesson], quizItems: [QuizItem], brokenFiles: [String]) {
        self.lessons = lessons.map(LessonOverview.init)
        var counts: [Int: Int] = [:]
        for item in quizItems { counts[item.lecture, default: 0] += 1 }
        quizCounts = counts
        self.brokenFiles = brokenFiles
    }

    /// All quiz items.
    public var quizCount: Int { quizCounts.values.reduce(0, +) }
}

/// One lesson as the home screen lists it.
public struct LessonOverview: Equatable, Sendable {
    public var id: String
    public var lecture: Int
    public var order: Int
    public var title: LocalizedText
    public var concepts: [String]
    public var pageCount: Int
    public var file: String

    public init(_ lesson: Lesson) {
        self.init(id: lesson.id, lecture: lesson.lecture, order: lesson.order, title: lesson.title,
                  concepts: lesson.concepts, pageCount: lesson.pages.count, file: lesson.file)
    }

    init(id: String, lecture: Int, order: Int, title: LocalizedText, concepts: [String], pageCount: Int, file: String) {
        self.id = id; self.lecture = lecture; self.order = order; self.title = title
        self.concepts = concepts; self.pageCount = pageCount; self.file = file
    }
}
