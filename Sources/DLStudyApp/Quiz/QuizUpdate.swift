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
        let command = QuizKeys.table(session).command(for: key)
        // Any key but finish/submit clears the last input warning, as typing does.
        if session.phase == .question, command != .finish, command != .submit { session.problem = nil }
        switch command {
        case .finish?:
            if session.phase == .question, session.results.isEmpty { leave = true } else { session.phase = .summary }
        case .submit?:
            switch session.composedResponse() {
            case .success(let response):
                if let record = session.answer(response, now: state.clock()) {
                    state.history.record(record, schedule: true)
                    effects.append(.recordAnswer(record, schedule: true))
                }
            case .failure(let problem):
                session.problem = problem.message
            }
        case .previous?, .next?:
            let count = max(1, session.optionCount)
            session.cursor = (session.cursor + (command == .next ? 1 : count - 1)) % count
        case .pick(let index)?:
            session.cursor = index
            if session.current?.kind == .multiple { session.toggle(index) }
        case .toggle?: session.toggle(session.cursor)
        case .edit?: _ = session.field.handle(key)
        case .advance?: session.advance(now: state.clock())
        case .openLesson?: openLink = session.current?.lesson
        case .scroll(let delta)?: session.scroll = max(0, min(session.scroll + delta, QuizView.maxScroll(session, state: state)))
        case .close?: leave = true
        case .practise?:
            if let again = practiseMissed(session, state: state) {
                state.stack[state.stack.count - 1] = .quiz(again)
                return []
            }
        case nil: break
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
            state.status = state.tr(LocalizedText(en: "No lesson '\(link)'", ko: "'\(link)' 강의를 찾을 수 없어요"))
            return []
        }
        let page = parts.count > 1 ? lesson.pages.firstIndex { $0.id == parts[1] } ?? 0 : 0
        return openLesson(&state, id: id, page: page)
    }
}

extension QuizSession {
    /// Checks or unchecks choice `index` (several-answer questions).
    mutating func toggle(_ index: Int) {
        if checked.contains(index) { checked.remove(index) } else { checked.insert(index) }
    }
}
