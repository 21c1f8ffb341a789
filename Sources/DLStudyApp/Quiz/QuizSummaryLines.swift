import DLContent
import TUIKit

/// The end-of-quiz summary: score, results by concept with a bar, the concepts to practise (one
/// key starts a session of them), what goes to review and when the next review falls due, and the
/// command that asks the same questions again.
enum QuizSummaryLines {
    static func lines(_ session: QuizSession, text: QuizText, state: AppState, width: Int) -> [QuizView.Line] {
        typealias Line = QuizView.Line
        let summary = session.summary
        var lines = [Line(text: state.tr(QuizUIText.summaryTitle), role: .heading), Line(text: "")]
        let percent = summary.answered == 0 ? 0 : summary.correct * 100 / summary.answered
        lines.append(Line(text: "\(state.tr(QuizUIText.score)): \(summary.correct)/\(summary.answered)  (\(percent)%)", role: .strong))
        // What to do next comes first, so it is on screen at any size; the details follow (↑↓ scroll).
        if summary.toReview.isEmpty {
            lines.append(Line(text: state.tr(QuizUIText.allRight), role: .success))
        } else {
            let names = summary.missedConcepts.map(text.conceptName).joined(separator: ", ")
            lines += QuizView.wrapped("\(state.tr(QuizUIText.practiseThese)) (p): \(names)", width: width, role: .heading)
        }
        let board = ReviewBoard(items: state.library.quizItems, history: state.history, now: state.clock())
        lines += QuizView.wrapped(state.tr(QuizUIText.nextReview) + ": " + state.tr(DueText.summary(board)), width: width)
        if let plan = session.plan {
            let command = (["dlstudy", "quiz", "--plain"] + plan.arguments).joined(separator: " ")
            lines.append(Line(text: state.tr(QuizUIText.sameQuestions) + ":", role: .dim))
            lines += QuizView.wrapped(command, width: width, role: .code, indent: 2)
        }
        lines.append(Line(text: ""))
        if !summary.byConcept.isEmpty {
            lines.append(Line(text: state.tr(QuizUIText.byConcept), role: .heading))
            for entry in summary.byConcept {
                let bar = String(repeating: state.options.ascii ? "#" : "●", count: min(entry.correct, 20))
                    + String(repeating: state.options.ascii ? "." : "○", count: min(entry.total - entry.correct, 20))
                let row = "\(entry.correct)/\(entry.total) \(bar)  \(text.conceptName(entry.concept))"
                lines.append(Line(text: DisplayWidth.truncate(row, to: width - 2), role: entry.correct == entry.total ? .success : .warning, indent: 2))
            }
            lines.append(Line(text: ""))
        }
        if !summary.toReview.isEmpty {
            lines += QuizView.wrapped(state.tr(QuizUIText.toReview) + ": " + summary.toReview.joined(separator: ", "), width: width)
            lines += QuizView.wrapped(state.tr(QuizUIText.reviewLater), width: width, role: .dim)
        }
        return lines
    }
}
