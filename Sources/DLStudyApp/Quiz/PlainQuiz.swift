import DLContent

/// Plain-mode quiz text: one question block, the feedback after an answer, and the final summary
/// (whose last line is `score: X/Y`). Line-oriented so it works with pipes and screen readers.
public enum PlainQuiz {
    public static func question(_ item: QuizItem, number: Int, of total: String, text: QuizText) -> String {
        var lines = ["[\(number)/\(total)] \(item.id) · \(text.tags(item))", text.prompt(item)]
        if item.kind == .truefalse {
            lines.append("  true / false")
        } else {
            for (n, choice) in text.options(item).enumerated() { lines.append("  \(QuizItem.letter(n))) \(choice)") }
        }
        lines.append("(\(text.howToAnswer(item)))")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func feedback(_ item: QuizItem, correct: Bool, text: QuizText) -> String {
        let verdict = correct ? text.tr("correct", "정답") : text.tr("wrong", "오답") + " — " + text.tr("answer", "정답") + ": " + text.correctAnswer(item)
        var lines = [(correct ? "✓ " : "✗ ") + verdict, text.text(item.explanation)]
        if let lesson = item.lesson { lines.append(text.tr("lesson", "강의") + ": " + lesson) }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The summary; `next` (what the review queue holds now) goes just before the score line.
    public static func summary(_ summary: QuizSummary, text: QuizText, next: LocalizedText? = nil) -> String {
        var lines: [String] = []
        if !summary.byConcept.isEmpty {
            lines.append(text.tr("by concept:", "개념별:"))
            for entry in summary.byConcept {
                lines.append("  \(entry.correct)/\(entry.total)  \(text.conceptName(entry.concept))")
            }
        }
        if !summary.toReview.isEmpty {
            lines.append(text.tr("to review: ", "복습할 문항: ") + summary.toReview.joined(separator: ", "))
        }
        if !summary.missedConcepts.isEmpty {
            lines.append(text.tr("practise these: ", "연습할 개념: ") + summary.missedConcepts.joined(separator: " "))
        }
        if let next { lines.append(text.tr("next review: ", "다음 복습: ") + text.text(next)) }
        lines.append("score: \(summary.correct)/\(summary.answered)")
        return lines.joined(separator: "\n") + "\n"
    }
}
