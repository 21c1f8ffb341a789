import DLContent

/// Says when something falls due, relative to now: `in 1 min`, `in 3 h`, `in 2 days`.
public enum DueText {
    /// `in N min/h/days` (`N분 후`, `N시간 후`, `N일 후`); `now` when the time has come.
    public static func relative(_ time: Double, now: Double) -> LocalizedText {
        let seconds = time - now
        if seconds <= 0 { return LocalizedText(en: "now", ko: "지금") }
        if seconds < 3600 {
            let minutes = max(1, Int((seconds / 60).rounded(.up)))
            return LocalizedText(en: "in \(minutes) min", ko: "\(minutes)분 후")
        }
        if seconds < 86_400 {
            let hours = Int((seconds / 3600).rounded())
            return LocalizedText(en: "in \(hours) h", ko: "\(hours)시간 후")
        }
        let days = Int((seconds / 86_400).rounded())
        return LocalizedText(en: days == 1 ? "in 1 day" : "in \(days) days", ko: "\(days)일 후")
    }

    /// What the review queue holds now, in words (after a "Review:" label): `2 due now · 1 missed, back in 1 min`, or
    /// `nothing due · next in 3 days`, or `nothing to review yet`.
    public static func summary(_ board: ReviewBoard) -> LocalizedText { summary(ReviewCounts(board)) }

    /// The same summary from the queue's counts (the home screen's, drawn without the quiz items).
    public static func summary(_ counts: ReviewCounts) -> LocalizedText {
        var en: [String] = [], ko: [String] = []
        if counts.due > 0 { en.append("\(counts.due) due now"); ko.append("지금 \(counts.due)개") }
        if let first = counts.firstMissedDue {
            let when = relative(first, now: counts.now)
            en.append("\(counts.missed) missed, back \(when.en)"); ko.append("틀린 \(counts.missed)개는 \(when.ko) 다시")
        }
        if en.isEmpty {
            guard let next = counts.nextDue else { return LocalizedText(en: "nothing to review yet", ko: "아직 없음") }
            let when = relative(next, now: counts.now)
            return LocalizedText(en: "nothing due · next \(when.en)", ko: "지금은 없음 · 다음은 \(when.ko)")
        }
        return LocalizedText(en: en.joined(separator: " · "), ko: ko.joined(separator: " · "))
    }

    /// How the short FSRS learning steps work, for the menu and the docs.
    public static let learningSteps = LocalizedText(
        en: "A missed question comes back after a short learning step (1 min, then 10 min); once you get it right it moves to days.",
        ko: "틀린 문항은 1분 뒤, 그다음 10분 뒤에 다시 나와요. 맞히면 다음 복습까지의 간격이 며칠 단위로 늘어나요.")
}
