import DLContent
import Foundation
import TUIKit

/// Options fixed at start-up that change how screens are drawn and how scenes work.
public struct AppOptions: Equatable, Sendable {
    public var ascii: Bool
    public var color: Bool
    /// The smallest terminal the screens are laid out for.
    public var minimumSize: Size
    /// Scenes do heavy work (training) a bounded slice per tick (`LessonScene.boundsWork`): the
    /// interactive app; off, every message finishes its work (tests that step the app message by message).
    public var boundsWork: Bool
    public init(ascii: Bool = false, color: Bool = true, minimumSize: Size = Size(width: 80, height: 24), boundsWork: Bool = false) {
        self.ascii = ascii; self.color = color; self.minimumSize = minimumSize; self.boundsWork = boundsWork
    }
}

/// One screen on the navigation stack.
public enum Screen: Equatable, Sendable {
    case home(HomeState)
    case lesson(LessonViewerState)
    case quiz(QuizSession)
    case quizMenu(QuizMenuState)
    case stats(StatsState)
}

/// The whole state of the app: content, language, terminal size, the screen stack, overlays.
public struct AppState: Sendable {
    public var library: ContentLibrary
    public var language: Language
    public var options: AppOptions
    public var size: Size
    public var stack: [Screen]
    public var helpVisible = false
    public var progress: LessonProgress
    /// A one-line message shown in the footer until the next key.
    public var status: String?
    /// Turns a placeholder expression into its displayed value (the engine's calculator).
    public var evaluate: @Sendable (String) -> String?
    /// Quiz answers and review state (kept in step with the store by `.recordAnswer`).
    public var history = StudyHistory()
    /// The quiz menu's remembered session length and drill difficulty.
    public var quizPreferences = QuizPreferences()
    /// The current time in seconds since 1970 (fixed in tests).
    public var clock: @Sendable () -> Double = { Date().timeIntervalSince1970 }
    /// Seconds east of UTC where the student's days begin (the runner sets the local zone; tests keep 0).
    public var utcOffset: Double = 0
    public var done = false

    public init(library: ContentLibrary, language: Language, options: AppOptions = AppOptions(), size: Size,
                progress: LessonProgress = LessonProgress(),
                evaluate: @escaping @Sendable (String) -> String? = CalcEvaluator.placeholder) {
        self.library = library
        self.language = language
        self.options = options
        self.size = size
        self.progress = progress
        self.evaluate = evaluate
        self.stack = [.home(HomeState(library: library))]
    }

    /// The screen on top of the stack.
    public var current: Screen { stack.last ?? .home(HomeState(library: library)) }

    /// True while the screen shown has work begun and not finished: the runner ticks again at once.
    public var hasPendingWork: Bool {
        if case .lesson(let viewer) = current { return viewer.hasPendingWork }
        return false
    }

    /// Whether the terminal is smaller than the screens need.
    public var isTooSmall: Bool { size.width < options.minimumSize.width || size.height < options.minimumSize.height }

    /// A string in the current language.
    func tr(_ text: LocalizedText) -> String { text.text(language) }
}
