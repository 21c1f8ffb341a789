import DLContent
import TUIKit

extension App {
    /// Pushes a quiz session; with `alone` it is the only screen (as `dlstudy quiz` opens it).
    public static func openQuiz(_ state: inout AppState, _ session: QuizSession, alone: Bool = false) -> [Effect] {
        if alone { state.stack.removeAll() }
        state.stack.append(.quiz(session))
        return []
    }

    /// Pushes the stats screen.
    public static func openStats(_ state: inout AppState, alone: Bool = false) -> [Effect] {
        if alone { state.stack.removeAll() }
        state.stack.append(.stats(StatsState()))
        return []
    }

    static func updateQuiz(_ state: inout AppState, _ start: QuizSession, _ key: Key) -> [Effect] {
        var session = start
        var effects: [Effect] = []
        var leave = false
        var openLink: String?
        switch session.phase {
        case .question:
            // `q` never composes an answer (letters pick choices only up to the last one; the number
            // field takes digits), so it always finishes, as in an endless drill session.
            if key == .escape || key == .char("q") {
                if session.results.isEmpty { leave = true } else { session.phase = .summary }
            } else if key == .enter {
                switch session.composedResponse() {
                case .success(let response):
                    if let record = session.answer(response, now: state.clock()) {
                        state.history.record(record, schedule: true)
                        effects.append(.recordAnswer(record, schedule: true))
                    }
                case .failure(let problem):
                    session.problem = problem.message
                }
            } else {
                QuizInput.handle(key, session: &session)
            }
        case .feedback:
            switch key {
            case .enter, .char(" "), .char("n"), .right: session.advance(now: state.clock())
            case .char("o"): openLink = session.current?.lesson
            case .down, .char("j"), .pageDown: session.scroll += key == .pageDown ? 5 : 1
            case .up, .char("k"), .pageUp: session.scroll = max(0, session.scroll - (key == .pageUp ? 5 : 1))
            case .char("q"), .escape: session.phase = .summary
            default: break
            }
        case .summary:
            if [.enter, .char("q"), .escape].contains(key) { leave = true }
            if [.down, .char("j"), .pageDown].contains(key) { session.scroll += key == .pageDown ? 5 : 1 }
            if [.up, .char("k"), .pageUp].contains(key) { session.scroll = max(0, session.scroll - (key == .pageUp ? 5 : 1)) }
            if key == .char("p"), let again = practiseMissed(session, state: state) {
                state.stack[state.stack.count - 1] = .quiz(again)
                return []
            }
        }
        state.stack[state.stack.count - 1] = .quiz(session)
        if leave { return popScreen(&state) }
        if let link = openLink { return effects + openLessonLink(&state, link) }
        return effects
    }

    /// Opens `lesson#page` on top of the quiz; `q` in the lesson returns to the quiz.
    static func openLessonLink(_ state: inout AppState, _ link: String) -> [Effect] {
        let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
        guard let id = parts.first, let lesson = state.library.lesson(id) else {
            state.status = state.tr(LocalizedText(en: "No lesson '\(link)'", ko: "'\(link)' 강의가 없습니다"))
            return []
        }
        let page = parts.count > 1 ? lesson.pages.firstIndex { $0.id == parts[1] } ?? 0 : 0
        return openLesson(&state, id: id, page: page)
    }
}

/// Keys that compose an answer: arrows and letters pick, Space checks, the edit field types.
enum QuizInput {
    static func handle(_ key: Key, session: inout QuizSession) {
        guard let item = session.current else { return }
        session.problem = nil
        if item.kind == .numeric {
            if case .char(let c) = key, !(c.isNumber || ".,-+eE_".contains(c)) { return }
            _ = session.field.handle(key)
            return
        }
        let count = session.optionCount
        switch key {
        case .up, .char("k"): session.cursor = (session.cursor + count - 1) % max(1, count)
        case .down, .char("j"), .tab: session.cursor = (session.cursor + 1) % max(1, count)
        case .char(" "):
            if item.kind == .multiple { toggle(session.cursor, &session) }
        case .char(let c):
            if item.kind == .truefalse {
                if c == "t" || c == "y" { session.cursor = 0 }
                if c == "f" || c == "n" { session.cursor = 1 }
                return
            }
            guard let scalar = c.unicodeScalars.first, c.isLetter, scalar.value >= 97 else { return }
            let index = Int(scalar.value) - 97
            guard index < count else { return }
            session.cursor = index
            if item.kind == .multiple { toggle(index, &session) }
        default: break
        }
    }

    static func toggle(_ index: Int, _ session: inout QuizSession) {
        if session.checked.contains(index) { session.checked.remove(index) } else { session.checked.insert(index) }
    }
}
