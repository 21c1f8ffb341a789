import DLContent
import TUIKit

/// The app's update function: applies one message to the state and returns the effects to run.
public enum App {
    /// Applies `msg` to `state`.
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let size):
            state.size = size
            return []
        case .tick:
            if case .lesson(var viewer) = state.current {
                if viewer.tick() { state.stack[state.stack.count - 1] = .lesson(viewer) }
            }
            return []
        case .key(let key):
            state.status = nil
            if state.helpVisible { state.helpVisible = false; return [] }
            if state.isTooSmall {
                if key == .char("q") || key == .escape { state.done = true; return [.quit] }
                return []
            }
            if case .lesson(let viewer) = state.current, viewer.sceneCapturesTyping { return updateScreen(&state, key) }
            switch AppKeys.table.command(for: key) {
            case .help?: state.helpVisible = true; return []
            case .language?: state.language = state.language.toggled; return []
            case nil: return updateScreen(&state, key)
            }
        }
    }

    static func updateScreen(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch state.current {
        case .home(var home):
            let action = home.handle(key, library: state.library, pageSize: HomeView.listHeight(state.size))
            state.stack[state.stack.count - 1] = .home(home)
            switch action {
            case .none: return []
            case .quit:
                state.done = true
                return [.quit]
            case .openLesson(let id):
                return openLesson(&state, id: id, page: nil)
            case .openQuiz:
                state.stack.append(.quizMenu(QuizMenuState()))
                return []
            case .openStats:
                return openStats(&state)
            case .message(let text):
                state.status = state.tr(text)
                return []
            }
        case .lesson(var viewer):
            let height = LessonView.bodyHeight(state.size)
            let action = viewer.handle(key, bodyHeight: height)
            if viewer.scroll > 0 {  // (scroll 0 stays 0: no need to lay the page out on every key)
                let lines = LessonView.bodyLines(viewer, state: state).count
                viewer.scroll = min(viewer.scroll, max(0, lines - LessonView.proseHeight(viewer, state: state, lines: lines)))
            }
            state.stack[state.stack.count - 1] = .lesson(viewer)
            switch action {
            case .none: return []
            case .back:
                state.stack.removeLast()
                if state.stack.isEmpty {
                    state.done = true
                    return [.quit]
                }
                return []
            case .pageChanged:
                state.progress.visit(lesson: viewer.lesson.id, page: viewer.page, pageCount: viewer.lesson.pages.count)
                return [.saveProgress(state.progress)]
            }
        case .quiz(let session):
            return updateQuiz(&state, session, key)
        case .quizMenu(let menu):
            return updateQuizMenu(&state, menu, key)
        case .stats(let stats):
            return updateStats(&state, stats, key)
        }
    }

    /// Leaves the screen on top; quits when it was the last.
    static func popScreen(_ state: inout AppState) -> [Effect] {
        state.stack.removeLast()
        if state.stack.isEmpty {
            state.done = true
            return [.quit]
        }
        return []
    }

    /// Opens a lesson at `page` (default: where the student left off). With `alone`, the lesson is
    /// the only screen (as `dlstudy lesson ID` opens it) and leaving it quits.
    public static func openLesson(_ state: inout AppState, id: String, page: Int?, alone: Bool = false) -> [Effect] {
        guard let lesson = state.library.lesson(id) else { return [] }
        let resume = page ?? state.progress.lessons[id]?.lastPage ?? 0
        let start = min(max(0, resume), max(0, lesson.pages.count - 1))
        if alone { state.stack.removeAll() }
        state.stack.append(.lesson(LessonViewerState(lesson: lesson, page: start, boundsWork: state.options.boundsWork)))
        state.progress.visit(lesson: id, page: start, pageCount: lesson.pages.count)
        return [.saveProgress(state.progress)]
    }
}
