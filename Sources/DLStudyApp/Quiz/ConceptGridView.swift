import DLContent
import TUIKit

/// The concept-mastery grid of the stats screen: one row per lecture, one two-column cell per
/// concept shaded by recall (dotted when unseen), the lecture's accuracy at the right, a legend,
/// and the selected concept's name and numbers below.
enum ConceptGridView {
    static func glyph(_ recall: Double?, ascii: Bool) -> (String, StyleRole) {
        guard let recall else { return (ascii ? "--" : "··", .dim) }
        let shades = ascii ? [".", ":", "*", "#"] : ["░", "▒", "▓", "█"]
        let level = min(3, Int(recall * 4))
        let roles: [StyleRole] = [.heat1, .heat2, .heat3, .heat4]
        return (String(repeating: shades[level], count: 2), roles[level])
    }

    static func draw(_ stats: StudyStats, selected: Int, state: AppState, x: Int, y: inout Int, width: Int, into frame: inout Frame) {
        let ascii = state.options.ascii
        frame.put(state.tr(QuizUIText.mastery), x: x, y: y, role: .heading)
        let legend = [(nil, QuizUIText.unseen), (0.0, UIText.t("<25%", "<25%")), (0.25, UIText.t("<50%", "<50%")),
                      (0.5, UIText.t("<75%", "<75%")), (0.75, UIText.t("≥75%", "≥75%"))]
        var lx = x + DisplayWidth.of(state.tr(QuizUIText.mastery)) + 3
        for (value, label) in legend where lx + 8 < x + width {
            let (g, role) = glyph(value, ascii: ascii)
            frame.put(g, x: lx, y: y, role: role)
            lx = frame.put(" " + state.tr(label) + "  ", x: lx + 2, y: y, role: .dim)
        }
        y += 1
        let concepts = stats.concepts
        let byIndex = Dictionary(Syllabus.concepts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let accuracyWidth = 12
        let perLine = max(1, (width - 4 - accuracyWidth) / 3)
        let widestRow = Syllabus.lectures.map { l in concepts.filter { $0.lecture == l.number }.count }.max() ?? 0
        let accuracyX = x + 4 + min(perLine, widestRow) * 3 + 2
        for lecture in Syllabus.lectures.map(\.number) {
            let row = concepts.filter { $0.lecture == lecture }
            let tally = stats.byLecture[lecture] ?? StudyStats.Tally()
            frame.put("L\(lecture)", x: x, y: y, role: .dim)
            frame.put("\(tally.correct)/\(tally.answers) \(StatsView.percent(tally.accuracy, of: tally.answers))",
                      x: accuracyX, y: y, role: .dim)
            for (n, m) in row.enumerated() {
                if n > 0 && n % perLine == 0 { y += 1 }
                let cx = x + 4 + (n % perLine) * 3
                let (g, role) = glyph(m.recall, ascii: ascii)
                frame.put(g, x: cx, y: y, role: role)
                if byIndex[m.concept] == selected { frame.restyle(Rect(x: cx, y: y, width: 2, height: 1), role: .selected) }
            }
            y += 1
        }
        y += 1
        guard Syllabus.concepts.indices.contains(selected), let m = concepts.first(where: { $0.concept == Syllabus.concepts[selected].id }) else { return }
        let name = Syllabus.concepts[selected].name.text(state.language)
        frame.put(DisplayWidth.truncate("\(name) · L\(m.lecture)", to: width), x: x, y: y, role: .strong)
        y += 1
        frame.put(DisplayWidth.truncate(state.tr(QuizUIText.masteryLine(m)), to: width), x: x + 2, y: y, role: m.recall == nil ? .dim : .normal)
        y += 1
    }
}
