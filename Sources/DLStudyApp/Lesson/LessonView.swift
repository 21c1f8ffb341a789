import DLContent
import TUIKit

/// Draws a lesson page: lecture and lesson title, page number, the page title, the rendered prose
/// (placeholders filled in by the engine, Markdown and math converted), a scroll bar, and the keys.
enum LessonView {
    /// Rows available for the page text.
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 6) }

    /// The page text rendered for the current width and language.
    static func bodyLines(_ viewer: LessonViewerState, state: AppState) -> [[Span]] {
        guard viewer.lesson.pages.indices.contains(viewer.page) else { return [] }
        let page = viewer.lesson.pages[viewer.page]
        let text = Placeholders.expand(page.body.text(state.language), evaluate: state.evaluate)
        return Markdown.render(text, width: max(10, min(state.size.width - 4, 100)), ascii: state.options.ascii)
    }

    static func footerHints(_ state: AppState) -> [KeyHint] {
        [KeyHint("←→", state.tr(UIText.page)), KeyHint("↑↓", state.tr(UIText.scroll)),
         KeyHint("L", state.tr(UIText.otherLanguage)), KeyHint("?", state.tr(UIText.help)),
         KeyHint("q", state.tr(UIText.back))]
    }

    static func draw(_ viewer: LessonViewerState, state: AppState, into frame: inout Frame) {
        let size = state.size
        let lesson = viewer.lesson
        let lectureTitle = Syllabus.lectures.first { $0.number == lesson.lecture }.map { state.tr($0.title) } ?? ""
        let pageLabel = "\(viewer.page + 1)/\(lesson.pages.count)"
        Chrome.titleBar("\(lectureTitle) › \(state.tr(lesson.title))", right: pageLabel, state: state, into: &frame)
        guard lesson.pages.indices.contains(viewer.page) else { return }
        let page = lesson.pages[viewer.page]
        frame.put(DisplayWidth.truncate(state.tr(page.title), to: size.width - 4), x: 2, y: 2, role: .heading)
        let lines = bodyLines(viewer, state: state)
        let height = bodyHeight(size)
        let scroll = min(viewer.scroll, max(0, lines.count - height))
        let area = Rect(x: 2, y: 4, width: size.width - 4, height: height)
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            frame.put(spans: line, x: area.x, y: area.y + i, clip: area)
        }
        if lines.count > height {
            let up = scroll > 0, down = scroll + height < lines.count
            if up { frame.put(state.options.ascii ? "^" : "▲", x: size.width - 2, y: area.y, role: .dim) }
            if down { frame.put(state.options.ascii ? "v" : "▼", x: size.width - 2, y: area.maxY - 1, role: .dim) }
        }
        Chrome.footer(footerHints(state), state: state, into: &frame)
    }
}
