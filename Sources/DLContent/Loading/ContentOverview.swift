/// What the home screen shows of the content, without the pages and quiz items themselves: each
/// lesson's title, concepts and page count, each quiz item's id, lecture and concepts (to count
/// questions per lecture and the review queue), the broken files. It is derived from a fully loaded
/// library and cached (`ContentCache`) so the first frame needs no parse.
public struct ContentOverview: Equatable, Sendable {
    public var lessons: [LessonOverview]
    /// The quiz items, in the library's order.
    public var quizItems: [QuizItemOverview] {
        didSet { (quizCounts, quizItemIDs) = Self.index(quizItems) }
    }
    public var brokenFiles: [String]
    /// Quiz items per lecture number.
    public private(set) var quizCounts: [Int: Int]
    /// The ids of the quiz items (what the review queue is counted from).
    public private(set) var quizItemIDs: Set<String>

    /// The overview of a loaded library.
    public init(lessons: [Lesson], quizItems: [QuizItem], brokenFiles: [String]) {
        self.init(lessons: lessons.map(LessonOverview.init), quizItems: quizItems.map(QuizItemOverview.init), brokenFiles: brokenFiles)
    }

    init(lessons: [LessonOverview], quizItems: [QuizItemOverview], brokenFiles: [String]) {
        self.lessons = lessons
        self.quizItems = quizItems
        self.brokenFiles = brokenFiles
        (quizCounts, quizItemIDs) = Self.index(quizItems)
    }

    private static func index(_ items: [QuizItemOverview]) -> ([Int: Int], Set<String>) {
        var counts: [Int: Int] = [:]
        for item in items { counts[item.lecture, default: 0] += 1 }
        return (counts, Set(items.map(\.id)))
    }

    /// All quiz items.
    public var quizCount: Int { quizItems.count }
}

/// One quiz item as the home screen counts it.
public struct QuizItemOverview: Equatable, Sendable {
    public var id: String
    public var lecture: Int
    public var concepts: [String]

    public init(_ item: QuizItem) {
        self.init(id: item.id, lecture: item.lecture, concepts: item.concepts)
    }

    init(id: String, lecture: Int, concepts: [String]) {
        self.id = id; self.lecture = lecture; self.concepts = concepts
    }
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
