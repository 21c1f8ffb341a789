import DLContent
import TUIKit

/// The stats screen: answers and accuracy, per lecture, a heat map of the last four weeks, the due
/// forecast and the weakest concepts.
enum StatsView {
    static func draw(state: AppState, into frame: inout Frame) {
        let stats = StudyStats(history: state.history, items: state.library.quizItems, now: state.clock(), utcOffset: state.utcOffset)
        Chrome.titleBar(state.tr(QuizUIText.statsTitle), state: state, into: &frame)
        let area = Rect(x: 2, y: 2, width: state.size.width - 4, height: state.size.height - 3)
        var y = area.y
        func put(_ text: String, _ role: StyleRole = .normal, x: Int = 0) {
            guard y < area.maxY else { return }
            frame.put(DisplayWidth.truncate(text, to: area.width - x), x: area.x + x, y: y, role: role, clip: area)
            y += 1
        }
        let total = stats.total
        put("\(state.tr(QuizUIText.answers)): \(total.answers)   \(state.tr(QuizUIText.accuracy)): \(percent(total.accuracy, of: total.answers))   "
            + "\(state.tr(QuizUIText.due)): \(stats.dueForecast.first ?? 0)", .strong)
        if total.answers == 0 { put(state.tr(QuizUIText.noAnswers), .dim) }
        y += 1
        put(state.tr(QuizUIText.byLecture), .heading)
        for (number, title) in Syllabus.lectures {
            let tally = stats.byLecture[number] ?? StudyStats.Tally()
            let name = DisplayWidth.truncate(state.tr(title), to: 46)
            let pad = String(repeating: " ", count: max(1, 48 - DisplayWidth.of(name)))
            put(name + pad + "\(tally.correct)/\(tally.answers)  \(percent(tally.accuracy, of: tally.answers))", x: 2)
        }
        y += 1
        put(state.tr(QuizUIText.lastWeeks), .heading)
        drawHeatMap(stats.perDay, state: state, x: area.x + 2, y: &y, into: &frame)
        y += 1
        put(state.tr(QuizUIText.forecast), .heading)
        let days = stats.dueForecast.enumerated().map { n, count in
            (n == 0 ? state.tr(QuizUIText.today) : "+\(n)") + ":\(count)"
        }
        put(days.joined(separator: "  "), x: 2)
        y += 1
        put(state.tr(QuizUIText.weakest), .heading)
        if stats.weakest.isEmpty { put("—", .dim, x: 2) }
        for id in stats.weakest.prefix(3) {
            let tally = stats.byConcept[id] ?? StudyStats.Tally()
            put("\(tally.correct)/\(tally.answers)  \(Syllabus.concept(id)?.name.text(state.language) ?? id)", .warning, x: 2)
        }
        Chrome.footer([KeyHint("q", state.tr(UIText.back)), KeyHint("L", state.tr(UIText.otherLanguage))], state: state, into: &frame)
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
