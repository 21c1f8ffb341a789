import Foundation

/// Everything loaded from a content folder: the lessons and quiz items that are usable, the files
/// that are broken, and every diagnostic. The overview (what the home screen lists) is always at
/// hand; the lessons and items may be parsed lazily, on first use or by `preload()`.
public struct ContentLibrary: Sendable {
    public var root: String
    /// Titles, page and quiz counts, broken files: enough for the home screen.
    public private(set) var overview: ContentOverview
    private var content: LazyContent

    public init(root: String, lessons: [Lesson], quizItems: [QuizItem], brokenFiles: [String], diagnostics: [Diagnostic]) {
        let loaded = LoadedContent(lessons: lessons, quizItems: quizItems, diagnostics: diagnostics)
        self.init(root: root, overview: ContentOverview(lessons: lessons, quizItems: quizItems, brokenFiles: brokenFiles),
                  content: LazyContent(loaded))
    }

    /// A library of content parsed now; the broken files are those with diagnostics.
    init(root: String, loaded: LoadedContent) {
        let broken = Array(Set(loaded.diagnostics.map(\.file))).sorted()
        self.init(root: root, overview: ContentOverview(lessons: loaded.lessons, quizItems: loaded.quizItems, brokenFiles: broken),
                  content: LazyContent(loaded))
    }

    /// A library whose overview is known and whose content `load` parses when first needed.
    init(root: String, overview: ContentOverview, load: @escaping @Sendable () -> LoadedContent) {
        self.init(root: root, overview: overview, content: LazyContent(load))
    }

    private init(root: String, overview: ContentOverview, content: LazyContent) {
        self.root = root; self.overview = overview; self.content = content
    }

    /// The lessons; setting them (a lesson opened with changed scene parameters) updates the overview.
    public var lessons: [Lesson] {
        get { content.value.lessons }
        set {
            var loaded = content.value
            loaded.lessons = newValue
            overview = ContentOverview(lessons: newValue, quizItems: loaded.quizItems, brokenFiles: overview.brokenFiles)
            content = LazyContent(loaded)
        }
    }
    public var quizItems: [QuizItem] { content.value.quizItems }
    /// Files with at least one problem (lessons in them may still be listed, marked broken).
    public var brokenFiles: [String] { overview.brokenFiles }
    public var diagnostics: [Diagnostic] { content.value.diagnostics }
    /// The notes' figures (`Lessons/notes-figures.yaml`) the lessons' scenes show.
    public var notesFigures: NotesFigures { content.value.notesFigures }

    /// Parses the content now on a background thread, so it is ready when a lesson or quiz opens.
    public func preload() {
        let content = content
        Thread.detachNewThread { _ = content.value }
    }

    /// The lesson with this id.
    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// Lessons of one lecture, in their order.
    public func lessons(lecture: Int) -> [Lesson] {
        lessons.filter { $0.lecture == lecture }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// The overview of the lesson with this id (no parse needed).
    public func lessonOverview(_ id: String) -> LessonOverview? { overview.lessons.first { $0.id == id } }

    /// Overviews of one lecture's lessons, in their order (no parse needed).
    public func lessonOverviews(lecture: Int) -> [LessonOverview] {
        overview.lessons.filter { $0.lecture == lecture }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// Whether the lesson's file has problems.
    public func isBroken(_ lesson: Lesson) -> Bool { brokenFiles.contains(lesson.file) }

    /// Whether the lesson's file has problems.
    public func isBroken(_ lesson: LessonOverview) -> Bool { brokenFiles.contains(lesson.file) }

    /// The lesson and page index a link `lesson-id#page-id` points to.
    public func resolve(link: String) -> (lesson: Lesson, page: Int)? {
        let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
        guard let first = parts.first, let lesson = lesson(first) else { return nil }
        guard parts.count == 2 else { return (lesson, 0) }
        guard let index = lesson.pages.firstIndex(where: { $0.id == parts[1] }) else { return nil }
        return (lesson, index)
    }
}

/// The parsed part of a library.
struct LoadedContent: Sendable {
    var lessons: [Lesson]
    var quizItems: [QuizItem]
    var notesFigures: NotesFigures = .empty
    var diagnostics: [Diagnostic]
}

/// Content parsed once, when first asked for, from whichever thread asks first.
final class LazyContent: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: LoadedContent?
    private var load: (@Sendable () -> LoadedContent)?

    init(_ loaded: LoadedContent) { self.loaded = loaded }
    init(_ load: @escaping @Sendable () -> LoadedContent) { self.load = load }

    var value: LoadedContent {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let made = load?() ?? LoadedContent(lessons: [], quizItems: [], diagnostics: [])
        loaded = made
        load = nil
        return made
    }
}
