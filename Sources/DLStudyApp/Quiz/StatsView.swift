import DLContent
import TUIKit

/// The stats screen: answers, accuracy and what is due; the concept-mastery grid (one shaded cell
/// per concept, grouped by lecture, with the lecture's accuracy beside it) and the selected
/// concept's numbers; a heat map of the last four weeks, the due forecast and the weakest concepts.
enum StatsView {
    static func draw(_ grid: StatsState, state: AppState, into frame: inout Frame) {
        let now = state.clock()
        let stats = StudyStats(history: state.history, items: state.library.quizItems, now: now, utcOffset: state.utcOffset)
        Chrome.titleBar(state.tr(QuizUIText.statsTitle), state: state, into: &frame)
        let area = Rect(x: 2, y: 2, width: state.size.width - 4, height: state.size.height - 3)
        var y = area.y
        func put(_ text: String, _ role: StyleRole = .normal, x: Int = 0) {
            guard y < area.maxY else { return }
            frame.put(DisplayWidth.truncate(text, to: area.width - x), x: area.x + x, y: y, role: role, clip: area)
            y += 1
        }
        let total = stats.total
        let board = ReviewBoard(items: state.library.quizItems, history: state.history, now: now)
        put("\(state.tr(QuizUIText.answers)): \(total.answers)   \(state.tr(QuizUIText.accuracy)): \(percent(total.accuracy, of: total.answers))   "
            + "\(state.tr(QuizUIText.review)): \(state.tr(DueText.summary(board)))", .strong)
        if total.answers == 0 { put(state.tr(QuizUIText.noAnswers), .dim) }
        y += 1
        ConceptGridView.draw(stats, selected: grid.selected, state: state, x: area.x, y: &y, width: area.width, into: &frame)
        y += 1
        let top = y
        put(state.tr(QuizUIText.lastWeeks), .heading)
        drawHeatMap(stats.perDay, state: state, x: area.x + 2, y: &y, into: &frame)
        let side = area.x + 34
        if side + 30 <= area.maxX {
            frame.put(state.tr(QuizUIText.forecast), x: side, y: top, role: .heading, clip: area)
            let days = stats.dueForecast.enumerated().map { n, count in (n == 0 ? state.tr(QuizUIText.today) : "+\(n)") + ":\(count)" }
            frame.put(days.prefix(4).joined(separator: "  "), x: side + 2, y: top + 1, clip: area)
            frame.put(days.dropFirst(4).joined(separator: "  "), x: side + 2, y: top + 2, clip: area)
            frame.put(state.tr(QuizUIText.weakest), x: side, y: top + 3, role: .heading, clip: area)
            var row = top + 4
            if stats.weakest.isEmpty { frame.put("—", x: side + 2, y: row, role: .dim, clip: area) }
            for id in stats.weakest.prefix(max(0, area.maxY - row)) {
                let tally = stats.byConcept[id] ?? StudyStats.Tally()
                let name = Syllabus.concept(id)?.name.text(state.language) ?? id
                frame.put(DisplayWidth.truncate("\(tally.correct)/\(tally.answers)  \(name)", to: area.maxX - side - 2), x: side + 2, y: row, role: .warning, clip: area)
                row += 1
            }
        }
        Chrome.footer(StatsKeys.footer(state), state: state, into: &frame)
    }

    /// `62%`, or `—` when nothing was answered (no accuracy to speak of).
    static func percent(_ fraction: Double, of answers: Int) -> String {
        answers == 0 ? "—" : "\(Int((fraction * 100).rounded()))%"
    }

    /// Four rows of seven days, oldest first; shade by answers that day.
    static func drawHeatMap(_ perDay: [Int], state: AppState, x: Int, y: inout Int, into frame: inout Frame) {
        let peak = max(1, perDay.max() ?? 1)
        let glyphs: [Character] = state.options.ascii ? [".", ":", "*", "#", "@"] : ["·", "░", "▒", "▓", "█"]
        let roles: [StyleRole] = [.heat0, .heat1, .heat2, .heat3, .heat4]
        let weeks = perDay.count / 7
        for week in 0..<weeks {
            for day in 0..<7 {
                let count = perDay[week * 7 + day]
                let level = count == 0 ? 0 : min(4, 1 + (count * 3) / peak)
                frame.put(String(repeating: glyphs[level], count: 2), x: x + day * 3, y: y, role: roles[level])
            }
            let sum = perDay[(week * 7)..<(week * 7 + 7)].reduce(0, +)
            frame.put("\(sum)", x: x + 22, y: y, role: .dim)
            y += 1
        }
    }
}
