import DLContent
import TUIKit

/// The end-of-quiz summary: score, results by concept with a bar, and what to review.
enum QuizSummaryLines {
    static func lines(_ summary: QuizSummary, text: QuizText, state: AppState, width: Int) -> [QuizView.Line] {
        typealias Line = QuizView.Line
        var lines = [Line(text: state.tr(QuizUIText.summaryTitle), role: .heading), Line(text: "")]
        let percent = summary.answered == 0 ? 0 : summary.correct * 100 / summary.answered
        lines.append(Line(text: "\(state.tr(QuizUIText.score)): \(summary.correct)/\(summary.answered)  (\(percent)%)", role: .strong))
        lines.append(Line(text: ""))
        if !summary.byConcept.isEmpty {
            lines.append(Line(text: state.tr(QuizUIText.byConcept), role: .heading))
            for entry in summary.byConcept {
                let bar = String(repeating: state.options.ascii ? "#" : "●", count: entry.correct)
                    + String(repeating: state.options.ascii ? "." : "○", count: entry.total - entry.correct)
                let row = "\(entry.correct)/\(entry.total) \(bar)  \(text.conceptName(entry.concept))"
                lines.append(Line(text: DisplayWidth.truncate(row, to: width - 2), role: entry.correct == entry.total ? .success : .warning, indent: 2))
            }
            lines.append(Line(text: ""))
        }
        if summary.toReview.isEmpty {
            lines.append(Line(text: state.tr(QuizUIText.allRight), role: .success))
        } else {
            lines.append(Line(text: state.tr(QuizUIText.toReview), role: .heading))
            for id in summary.toReview { lines.append(Line(text: id, indent: 2)) }
            lines.append(Line(text: ""))
            lines += QuizView.wrapped(state.tr(QuizUIText.reviewLater), width: width, role: .dim)
        }
        return lines
    }
}
