import DLContent

/// Chooses the session the home screen's quiz entry opens: due and missed items first; with none,
/// ten bank questions in a seeded order.
enum QuizLauncher {
    static func homeSession(_ state: AppState) -> QuizSession {
        let now = state.clock()
        let review = ReviewQueue.review(state.library.quizItems, history: state.history, now: now, limit: 10)
        if !review.isEmpty {
            return QuizSession(items: review, title: LocalizedText(en: "Review", ko: "복습"), now: now)
        }
        let seed = UInt64(max(0, now)) % 1_000_000
        let items = ReviewQueue.sample(state.library.quizItems, count: 10, seed: seed)
        return QuizSession(items: items, title: LocalizedText(en: "Quiz · seed \(seed)", ko: "퀴즈 · seed \(seed)"), seed: seed, now: now)
    }
}
