import DLContent
import TUIKit

/// What a key in the lesson viewer asks for.
enum LessonAction: Equatable {
    case none, back, pageChanged
}

/// The lesson viewer: the lesson, the page open and how far its text is scrolled.
public struct LessonViewerState: Equatable, Sendable {
    public var lesson: Lesson
    public var page: Int
    public var scroll = 0

    public init(lesson: Lesson, page: Int) {
        self.lesson = lesson
        self.page = page
    }

    mutating func go(to newPage: Int) -> LessonAction {
        let target = min(max(0, newPage), lesson.pages.count - 1)
        guard target != page else { return .none }
        page = target
        scroll = 0
        return .pageChanged
    }

    mutating func handle(_ key: Key, bodyHeight: Int) -> LessonAction {
        switch key {
        case .char("n"), .right, .char("l"), .char(" "), .enter: return go(to: page + 1)
        case .char("p"), .left, .char("h"), .backspace: return go(to: page - 1)
        case .home: return go(to: 0)
        case .end: return go(to: lesson.pages.count - 1)
        case .down, .char("j"): scroll += 1
        case .up, .char("k"): scroll = max(0, scroll - 1)
        case .pageDown: scroll += max(1, bodyHeight - 1)
        case .pageUp: scroll = max(0, scroll - max(1, bodyHeight - 1))
        case .char("q"), .escape: return .back
        default: break
        }
        return .none
    }
}
