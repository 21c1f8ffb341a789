import DLContent
import TUIKit

/// Draws the home screen: title bar, lessons grouped by lecture with progress markers, the quiz
/// entry, a details panel when there is room, and the key footer.
enum HomeView {
    /// Rows available for the list at this terminal size.
    static func listHeight(_ size: Size) -> Int { max(1, size.height - 5) }

    static func footerHints(_ state: AppState) -> [KeyHint] {
        HomeKeys.table.footer(state, lastAfterShared: 1)
    }

    static func draw(_ home: HomeState, state: AppState, into frame: inout Frame) {
        let size = state.size
        let glyphs: BoxGlyphs = state.options.ascii ? .ascii : .unicode
        Chrome.titleBar(state.tr(UIText.appTitle), state: state, into: &frame)
        let panelWidth = size.width >= 100 ? min(44, size.width / 3) : 0
        let listRect = Rect(x: 1, y: 2, width: size.width - 2 - (panelWidth > 0 ? panelWidth + 1 : 0), height: listHeight(size))
        let lib = state.library
        if lib.overview.lessons.isEmpty {
            frame.put(state.tr(UIText.noLessons), x: listRect.x + 1, y: listRect.y, role: .warning, clip: listRect)
        }
        let visible = home.rows.indices.dropFirst(home.scroll).prefix(listRect.height)
        for (line, index) in visible.enumerated() {
            let y = listRect.y + line
            let row = home.rows[index]
            switch row {
            case .lecture(let number):
                let title = Syllabus.lectures.first { $0.number == number }?.title ?? LocalizedText(en: "\(number)", ko: "\(number)")
                frame.put(state.tr(title), x: listRect.x, y: y, role: .heading, clip: listRect)
            case .lesson(let id):
                guard let lesson = lib.lessonOverview(id) else { continue }
                let marker = progressMarker(lesson, state: state)
                frame.put(marker.text, x: listRect.x + 2, y: y, role: marker.role, clip: listRect)
                let right = progressText(lesson, state: state)
                let rightWidth = DisplayWidth.of(right)
                let titleWidth = listRect.width - 6 - rightWidth - 2
                let title = DisplayWidth.truncate("\(lesson.order). \(state.tr(lesson.title))", to: titleWidth)
                frame.put(title, x: listRect.x + 4, y: y, role: .normal, clip: listRect)
                frame.put(right, x: listRect.maxX - rightWidth - 2, y: y, role: .dim, clip: listRect)
            case .stats:
                frame.put(state.options.ascii ? "#" : "▤", x: listRect.x + 2, y: y, role: .accent, clip: listRect)
                frame.put(state.tr(QuizUIText.statsTitle), x: listRect.x + 4, y: y, role: .normal, clip: listRect)
            case .quiz:
                let counts = reviewCounts(state)
                let text = "\(state.tr(UIText.quiz)) · \(lib.overview.quizCount) \(state.tr(UIText.questions)) · "
                    + state.tr(QuizUIText.dueCount(counts.due, missed: counts.missed))
                frame.put(state.options.ascii ? "?" : "◆", x: listRect.x + 2, y: y, role: .accent, clip: listRect)
                frame.put(text, x: listRect.x + 4, y: y, role: .normal, clip: listRect)
            }
            if index == home.selected {
                frame.restyle(Rect(x: listRect.x + 1, y: y, width: listRect.width - 1, height: 1), role: .selected)
            }
        }
        if home.scroll > 0 {
            frame.put(state.options.ascii ? "^" : "▲", x: listRect.maxX - 1, y: listRect.y, role: .dim)
        }
        if home.scroll + listRect.height < home.rows.count {
            frame.put(state.options.ascii ? "v" : "▼", x: listRect.maxX - 1, y: listRect.maxY - 1, role: .dim)
        }
        if panelWidth > 0 {
            let panel = Rect(x: size.width - panelWidth - 1, y: 2, width: panelWidth, height: listRect.height)
            drawDetails(home, state: state, in: panel, glyphs: glyphs, into: &frame)
        } else {
            frame.put(DisplayWidth.truncate(detailLine(home, state: state), to: size.width - 2), x: 1, y: size.height - 2, role: .dim)
        }
        Chrome.footer(footerHints(state), state: state, into: &frame)
    }

    /// The review queue's counts for the quiz row, from the overview's item ids: the first frame
    /// draws them without parsing the quiz files.
    static func reviewCounts(_ state: AppState) -> ReviewCounts {
        ReviewCounts(itemIDs: state.library.overview.quizItemIDs, history: state.history, now: state.clock())
    }

    static func progressMarker(_ lesson: LessonOverview, state: AppState) -> Span {
        if state.library.isBroken(lesson) { return Span("!", .error) }
        guard let entry = state.progress.lessons[lesson.id] else { return Span(" ") }
        if entry.isComplete && entry.pageCount == lesson.pageCount { return Span(state.options.ascii ? "*" : "✓", .success) }
        return Span(state.options.ascii ? "~" : "◐", .accent)
    }

    static func progressText(_ lesson: LessonOverview, state: AppState) -> String {
        let seen = state.progress.lessons[lesson.id].map { min($0.furthestPage + 1, lesson.pageCount) } ?? 0
        return "\(seen)/\(lesson.pageCount)"
    }

    static func detailLine(_ home: HomeState, state: AppState) -> String {
        guard home.rows.indices.contains(home.selected) else { return "" }
        switch home.rows[home.selected] {
        case .lesson(let id):
            guard let lesson = state.library.lessonOverview(id) else { return "" }
            if state.library.isBroken(lesson) { return state.tr(UIText.broken) }
            let names = lesson.concepts.compactMap { Syllabus.concept($0)?.name.text(state.language) }
            return names.joined(separator: " · ")
        case .quiz:
            return (4...7).map { lecture in
                "L\(lecture): \(state.library.overview.quizCounts[lecture] ?? 0)"
            }.joined(separator: "  ")
        case .stats: return state.tr(QuizUIText.statsHint)
        case .lecture: return ""
        }
    }

    static func drawDetails(_ home: HomeState, state: AppState, in panel: Rect, glyphs: BoxGlyphs, into frame: inout Frame) {
        guard home.rows.indices.contains(home.selected) else { return }
        let inner = Rect(x: panel.x + 2, y: panel.y + 1, width: panel.width - 4, height: panel.height - 2)
        var y = inner.y
        func line(_ text: String, _ role: StyleRole) {
            for l in Wrap.lines(text, width: inner.width) where y < inner.maxY {
                frame.put(l, x: inner.x, y: y, role: role, clip: inner)
                y += 1
            }
        }
        switch home.rows[home.selected] {
        case .lesson(let id):
            guard let lesson = state.library.lessonOverview(id) else { return }
            frame.box(panel, glyphs: glyphs, title: state.tr(UIText.concepts))
            line(state.tr(lesson.title), .strong)
            y += 1
            for concept in lesson.concepts {
                line((state.options.ascii ? "- " : "• ") + (Syllabus.concept(concept)?.name.text(state.language) ?? concept), .normal)
            }
            y += 1
            line("\(lesson.pageCount) \(state.tr(UIText.pages))", .dim)
            if state.library.isBroken(lesson) { line(state.tr(UIText.broken), .error) }
        case .quiz:
            frame.box(panel, glyphs: glyphs, title: state.tr(UIText.quiz))
            for (number, title) in Syllabus.lectures {
                let count = state.library.overview.quizCounts[number] ?? 0
                line("\(state.tr(title)): \(count)", .normal)
            }
            y += 1
            line(state.tr(QuizUIText.review) + ": " + state.tr(DueText.summary(reviewCounts(state))), .accent)
        case .stats:
            frame.box(panel, glyphs: glyphs, title: state.tr(QuizUIText.statsTitle))
            line(state.tr(QuizUIText.statsHint), .normal)
        case .lecture: break
        }
    }
}
