import DLContent
import TUIKit

/// Draws a quiz session: the question with its choices or edit field, the feedback and explanation
/// after an answer, and the end-of-quiz summary.
enum QuizView {
    /// One laid-out row of the body.
    struct Line {
        var text: String
        var role: StyleRole = .normal
        var indent = 0
        var selected = false
        /// Column (within `text`) of the edit cursor.
        var cursor: Int?
    }

    static func draw(_ session: QuizSession, state: AppState, into frame: inout Frame) {
        let size = state.size
        let text = QuizText(language: state.language, evaluate: state.evaluate)
        let total = session.isEndless ? "∞" : "\(session.items.count)"
        let right = session.phase == .summary ? nil : "\(min(session.index + 1, session.items.count))/\(total) · ✓\(session.summary.correct)"
        Chrome.titleBar(state.tr(session.title), right: right, state: state, into: &frame)
        let (body, lines) = layout(session, text: text, state: state)
        let first = min(session.scroll, max(0, lines.count - body.height))
        for (row, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            let y = body.y + row
            frame.put(line.text, x: body.x + line.indent, y: y, role: line.role, clip: body)
            if line.selected { frame.restyle(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selected) }
            if let column = line.cursor {
                let x = body.x + line.indent + DisplayWidth.of(String(line.text.prefix(column)))
                frame.restyle(Rect(x: min(x, body.maxX - 1), y: y, width: 1, height: 1), role: .cursor)
            }
        }
        if lines.count - first > body.height {
            frame.put(state.options.ascii ? "v" : "▼", x: size.width - 2, y: body.maxY - 1, role: .dim)
        }
        Chrome.footer(hints(session, state: state), state: state, into: &frame)
    }

    /// The body's area and its laid-out rows (the question and feedback, or the summary).
    static func layout(_ session: QuizSession, text: QuizText, state: AppState) -> (body: Rect, lines: [Line]) {
        let body = Rect(x: 2, y: 2, width: state.size.width - 4, height: state.size.height - 3)
        if session.phase == .summary {
            return (body, QuizSummaryLines.lines(session, text: text, state: state, width: body.width))
        }
        return (body, questionLines(session, text: text, state: state, width: body.width))
    }

    /// The largest useful scroll offset: the last row of the body is the last line.
    static func maxScroll(_ session: QuizSession, state: AppState) -> Int {
        let (body, lines) = layout(session, text: QuizText(language: state.language, evaluate: state.evaluate), state: state)
        return max(0, lines.count - body.height)
    }

    static func wrapped(_ string: String, width: Int, role: StyleRole = .normal, indent: Int = 0) -> [Line] {
        string.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            Wrap.lines(String(paragraph), width: max(1, width - indent)).map { Line(text: $0, role: role, indent: indent) }
        }
    }

    static func questionLines(_ session: QuizSession, text: QuizText, state: AppState, width: Int) -> [Line] {
        guard let item = session.current else { return [] }
        var lines = [Line(text: text.tags(item), role: .dim)]
        lines += wrapped(text.prompt(item), width: width, role: .strong)
        lines.append(Line(text: ""))
        let feedback: Bool? = { if case .feedback(let ok) = session.phase { return ok }; return nil }()
        let given = session.results.last.flatMap { $0.itemID == item.id ? $0.given : nil }
        if item.kind == .numeric {
            let unit = item.unit.map { " " + text.text($0) } ?? ""
            let label = "\(state.tr(feedback == nil ? QuizUIText.yourAnswerLabel : QuizUIText.yourAnswer)): "
            if feedback != nil {
                lines.append(Line(text: label + (given ?? "") + unit, role: .normal, indent: 2))
            } else {
                let field = "[ \(session.field.text) ]"
                lines.append(Line(text: label + field + unit, indent: 2,
                                  cursor: label.count + 2 + session.field.cursor))
                lines.append(Line(text: state.tr(QuizUIText.typeNumber), role: .dim, indent: 2))
            }
        } else {
            let correct: Set<Int> = {
                switch item.answer {
                case .choices(let c): return Set(c)
                case .truth(let t): return [t ? 0 : 1]
                case .number: return []
                }
            }()
            let chosen: Set<Int> = Set(given.map { g in
                g.split(separator: ",").compactMap { s in s.unicodeScalars.first.map { Int($0.value) - 97 } }
                    + (g == "true" ? [0] : g == "false" ? [1] : [])
            } ?? [])
            for (n, option) in text.options(item).enumerated() {
                let letter = item.kind == .truefalse ? (n == 0 ? "t" : "f") : QuizItem.letter(n)
                var mark = item.kind == .multiple ? (session.checked.contains(n) || chosen.contains(n) ? "[x] " : "[ ] ") : ""
                var role: StyleRole = .normal
                if feedback != nil {
                    if correct.contains(n) { role = .success; mark = (state.options.ascii ? "+ " : "✓ ") + mark }
                    else if chosen.contains(n) { role = .error; mark = (state.options.ascii ? "x " : "✗ ") + mark }
                    else { mark = "  " + mark }
                }
                let rows = Wrap.lines("\(letter)) \(option)", width: max(1, width - 4 - DisplayWidth.of(mark)))
                for (r, row) in rows.enumerated() {
                    let prefix = r == 0 ? mark : String(repeating: " ", count: DisplayWidth.of(mark) + 3)
                    lines.append(Line(text: prefix + row, role: role, indent: 2, selected: feedback == nil && n == session.cursor && r == 0))
                }
            }
        }
        if let problem = session.problem { lines.append(Line(text: state.tr(problem), role: .warning, indent: 2)) }
        if let ok = feedback {
            lines.append(Line(text: ""))
            let verdict = ok ? state.tr(QuizUIText.correct)
                : state.tr(QuizUIText.wrong) + "  " + state.tr(QuizUIText.answerWas) + ": " + text.correctAnswer(item)
            lines.append(Line(text: verdict, role: ok ? .success : .error))
            lines += wrapped(text.text(item.explanation), width: width)
            if let lesson = item.lesson { lines.append(Line(text: "→ \(lesson)", role: .dim)) }
        }
        return lines
    }

    static func hints(_ session: QuizSession, state: AppState) -> [KeyHint] {
        QuizKeys.table(session).footerHints(state.tr)
    }
}
