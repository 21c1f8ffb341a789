import DLContent
import TUIKit

/// What a key in the lesson viewer asks for.
enum LessonAction: Equatable {
    case none, back, pageChanged
}

/// The lesson viewer: the lesson, the page open, how far its text is scrolled, and the live scene
/// of the page (if it has one).
public struct LessonViewerState: Equatable, Sendable {
    public var lesson: Lesson
    public var page: Int
    public var scroll = 0
    /// The interactive scene of the current page, rebuilt when the page changes.
    public var scene: (any LessonScene)?
    /// Why the page's scene could not be built (shown in a box instead of the scene).
    public var sceneProblem: SceneProblems?
    /// The command that reopens this page's scene as it is now (after `y`, until the next key).
    public var shareCommand: String?

    /// Whether the scenes of this viewer do heavy work a slice per tick (`LessonScene.boundsWork`).
    public let boundsWork: Bool

    public init(lesson: Lesson, page: Int, boundsWork: Bool = false) {
        self.lesson = lesson
        self.page = page
        self.boundsWork = boundsWork
        (scene, sceneProblem) = Self.makeScene(lesson, page, boundsWork: boundsWork)
    }

    public static func == (a: LessonViewerState, b: LessonViewerState) -> Bool {
        a.lesson == b.lesson && a.page == b.page && a.scroll == b.scroll && (a.scene == nil) == (b.scene == nil)
    }

    static func makeScene(_ lesson: Lesson, _ page: Int, boundsWork: Bool) -> ((any LessonScene)?, SceneProblems?) {
        guard lesson.pages.indices.contains(page), let spec = lesson.pages[page].scene else { return (nil, nil) }
        switch SceneFactory.build(spec, boundsWork: boundsWork) {
        case .success(let scene): return (scene, nil)
        case .failure(let problems): return (nil, problems)
        }
    }

    mutating func go(to newPage: Int) -> LessonAction {
        let target = min(max(0, newPage), lesson.pages.count - 1)
        guard target != page else { return .none }
        page = target
        scroll = 0
        (scene, sceneProblem) = Self.makeScene(lesson, page, boundsWork: boundsWork)
        return .pageChanged
    }

    /// `dlstudy lesson ID --page N --scene "…"`: the page's spec with the scene's current values over it.
    static func shareCommand(_ lesson: Lesson, page: Int, scene: any LessonScene) -> String {
        var values = lesson.pages.indices.contains(page) ? lesson.pages[page].scene?.params ?? [:] : [:]
        values.merge(scene.shareValues) { _, new in new }
        return SceneOverrides.command(lesson: lesson.id, page: page + 1, values: values)
    }

    /// Whether the page reserves room for a scene (a live one or the box explaining why it is missing).
    var hasSceneArea: Bool { scene != nil || sceneProblem != nil }

    /// True while the page's scene reads typed text.
    var sceneCapturesTyping: Bool { scene?.capturesTyping ?? false }

    mutating func handle(_ key: Key, bodyHeight: Int) -> LessonAction {
        if var live = scene, live.capturesTyping {
            _ = live.handle(key)
            scene = live
            return .none
        }
        shareCommand = nil
        if let command = LessonKeys.always(hasScene: scene != nil).command(for: key) {
            return perform(command, bodyHeight: bodyHeight)
        }
        if var live = scene {
            let used = live.handle(key)
            scene = live
            if used { return .none }
        }
        return LessonKeys.unlessScene.command(for: key).map { perform($0, bodyHeight: bodyHeight) } ?? .none
    }

    /// Runs one of the viewer's own commands.
    mutating func perform(_ command: LessonCommand, bodyHeight: Int) -> LessonAction {
        switch command {
        case .next: return go(to: page + 1)
        case .previous: return go(to: page - 1)
        case .first: return go(to: 0)
        case .last: return go(to: lesson.pages.count - 1)
        case .pageDown: scroll += max(1, bodyHeight - 1)
        case .pageUp: scroll = max(0, scroll - max(1, bodyHeight - 1))
        case .scrollDown: scroll += 1
        case .scrollUp: scroll = max(0, scroll - 1)
        case .back: return .back
        case .share:
            if let live = scene { shareCommand = Self.shareCommand(lesson, page: page, scene: live) }
        }
        return .none
    }

    /// True while the scene has work begun and not finished (the app ticks again without waiting).
    var hasPendingWork: Bool { scene?.hasPendingWork ?? false }

    /// Advances the scene's auto-play (or its pending work by one slice); true when something changed.
    mutating func tick() -> Bool {
        guard var live = scene else { return false }
        let changed = live.tick()
        scene = live
        return changed
    }
}
