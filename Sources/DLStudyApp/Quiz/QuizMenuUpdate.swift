import DLContent
import TUIKit

extension App {
    /// Opens the quiz menu (as the home screen's Quiz entry does).
    public static func openQuizMenu(_ state: inout AppState) -> [Effect] {
        state.stack.append(.quizMenu(QuizMenuState()))
        return []
    }

    static func updateQuizMenu(_ state: inout AppState, _ start: QuizMenuState, _ key: Key) -> [Effect] {
        var menu = start
        let rows = QuizMenuRows.rows(menu.page, state: state)
        let pageSize = QuizMenuView.listHeight(state.size)
        var effects: [Effect] = []
        var action: QuizMenuAction?
        switch QuizMenuKeys.command(for: key) {
        case .up?: menu.selected = max(0, menu.selected - 1)
        case .down?: menu.selected = min(rows.count - 1, menu.selected + 1)
        case .pageUp?: menu.selected = max(0, menu.selected - max(1, pageSize - 1))
        case .pageDown?: menu.selected = min(rows.count - 1, menu.selected + max(1, pageSize - 1))
        case .first?: menu.selected = 0
        case .last?: menu.selected = rows.count - 1
        case .select?: action = rows.indices.contains(menu.selected) ? rows[menu.selected].action : nil
        case .left?, .right?:
            let delta = QuizMenuKeys.command(for: key) == .left ? -1 : 1
            if rows.indices.contains(menu.selected), rows[menu.selected].isSetting {
                effects += changeSetting(&state, rows[menu.selected].action, delta)
            } else if delta > 0 {
                action = rows.indices.contains(menu.selected) ? rows[menu.selected].action : nil
                if case .open = action {} else { action = nil }
            } else if !menu.pop() {
                return popScreen(&state)
            }
        case .back?:
            if !menu.pop() { return popScreen(&state) }
        case nil: break
        }
        menu.selected = max(0, min(menu.selected, rows.count - 1))
        if menu.selected < menu.scroll { menu.scroll = menu.selected }
        if menu.selected >= menu.scroll + pageSize { menu.scroll = menu.selected - pageSize + 1 }
        switch action {
        case .open(let page)?: menu.push(page)
        case .cycleLength?, .cycleDifficulty?: effects += changeSetting(&state, action ?? .cycleLength, 1)
        case .unavailable(let text)?: state.status = state.tr(text)
        default: break
        }
        state.stack[state.stack.count - 1] = .quizMenu(menu)
        switch action {
        case .review?: return effects + startReview(&state)
        case .start(let source)?: return effects + startPlan(&state, source, endless: false)
        case .startEndless(let source)?: return effects + startPlan(&state, source, endless: true)
        default: return effects
        }
    }

    /// Changes the session length or the drill difficulty and asks the runner to remember it.
    static func changeSetting(_ state: inout AppState, _ action: QuizMenuAction, _ delta: Int) -> [Effect] {
        var preferences = state.quizPreferences
        switch action {
        case .cycleLength: preferences.length = preferences.cycledLength(delta)
        case .cycleDifficulty: preferences.difficulty = preferences.difficulty.cycled(delta)
        default: return []
        }
        state.quizPreferences = preferences
        return [.savePreferences(preferences)]
    }

    /// The seed a session started now gets (shown in its title, so `quiz --plain` can repeat it).
    static func sessionSeed(_ now: Double) -> UInt64 { UInt64(max(0, now * 1000)) % 1_000_000 }

    /// Starts a session of `source` (endless, or as long as the remembered session length).
    public static func startPlan(_ state: inout AppState, _ source: QuizPlan.Source, endless: Bool) -> [Effect] {
        let now = state.clock()
        let plan = QuizPlan(source, seed: sessionSeed(now), count: endless ? nil : state.quizPreferences.length)
        let session = QuizSession(plan: plan, bank: state.library.quizItems, now: now)
        guard !session.items.isEmpty else {
            state.status = state.tr(QuizUIText.noQuestions)
            return []
        }
        return openQuiz(&state, session)
    }

    /// Starts a review of what is due now, then what was missed; says so when there is nothing.
    public static func startReview(_ state: inout AppState) -> [Effect] {
        let now = state.clock()
        let board = ReviewBoard(items: state.library.quizItems, history: state.history, now: now)
        let items = board.queue(limit: state.quizPreferences.length)
        guard !items.isEmpty else {
            state.status = state.tr(QuizUIText.nothingToReview) + " · " + state.tr(DueText.summary(board))
            return []
        }
        return openQuiz(&state, QuizSession(items: items, title: QuizUIText.review, now: now))
    }

    /// "Practise these": a new session on the concepts missed in `session` (nil when none).
    static func practiseMissed(_ session: QuizSession, state: AppState) -> QuizSession? {
        let concepts = session.summary.missedConcepts
        guard !concepts.isEmpty else { return nil }
        let now = state.clock()
        let plan = QuizPlan(.concepts(concepts), seed: sessionSeed(now), count: state.quizPreferences.length ?? QuizPlan.batch)
        let next = QuizSession(plan: plan, bank: state.library.quizItems, now: now)
        return next.items.isEmpty ? nil : next
    }
}
