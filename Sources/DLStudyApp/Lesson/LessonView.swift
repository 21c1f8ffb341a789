import DLContent
import TUIKit

/// Draws a lesson page: lecture and lesson title, page number, the page title, the rendered prose
/// (placeholders filled in by the engine, Markdown and math converted), the page's scene if it has
/// one (below the prose, or beside it on wide screens), a scroll marker, and the keys.
enum LessonView {
    /// Rows available below the page title.
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 6) }

    /// Whether prose and scene sit side by side.
    static func sideBySide(_ size: Size) -> Bool { size.width >= 140 }

    /// Width of the prose column.
    static func proseWidth(_ viewer: LessonViewerState, state: AppState) -> Int {
        let full = max(10, min(state.size.width - 4, 100))
        return viewer.scene != nil && sideBySide(state.size) ? max(30, min(60, state.size.width / 3)) : full
    }

    /// Rows of prose shown (the rest of the body goes to the scene).
    static func proseHeight(_ viewer: LessonViewerState, state: AppState) -> Int {
        let body = bodyHeight(state.size)
        guard viewer.scene != nil, !sideBySide(state.size) else { return body }
        let lines = bodyLines(viewer, state: state).count
        return min(lines, max(3, body / 3))
    }

    /// The page text rendered for the current width and language.
    static func bodyLines(_ viewer: LessonViewerState, state: AppState) -> [[Span]] {
        guard viewer.lesson.pages.indices.contains(viewer.page) else { return [] }
        let page = viewer.lesson.pages[viewer.page]
        let text = Placeholders.expand(page.body.text(state.language), evaluate: state.evaluate)
        let width = proseWidth(viewer, state: state), ascii = state.options.ascii
        // Rendering is a pure function of the text, width and glyph set: done once, not on every key.
        return renderedBodies.value("\(width) \(ascii) \(text)") { Markdown.render(text, width: width, ascii: ascii) }
    }

    /// Page text already rendered, by width, glyph set and text.
    private static let renderedBodies = TextKeyedMemo<[[Span]]>()

    static func sceneContext(_ state: AppState) -> SceneContext {
        SceneContext(language: state.language, ascii: state.options.ascii, color: state.options.color)
    }

    static func footerHints(_ viewer: LessonViewerState, state: AppState) -> [KeyHint] {
        if let scene = viewer.scene {
            return scene.keyHints(sceneContext(state)) + [KeyHint("n/p", state.tr(UIText.page)), KeyHint("?", state.tr(UIText.help)),
                                                          KeyHint("q", state.tr(UIText.back))]
        }
        return [KeyHint("←→", state.tr(UIText.page)), KeyHint("↑↓", state.tr(UIText.scroll)),
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
        let height = proseHeight(viewer, state: state)
        let scroll = min(viewer.scroll, max(0, lines.count - height))
        let prose = Rect(x: 2, y: 4, width: proseWidth(viewer, state: state), height: height)
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            frame.put(spans: line, x: prose.x, y: prose.y + i, clip: prose)
        }
        if lines.count > height {
            let markerX = prose.maxX + (viewer.scene != nil ? 0 : size.width - 2 - prose.maxX)
            if scroll > 0 { frame.put(state.options.ascii ? "^" : "▲", x: markerX, y: prose.y, role: .dim) }
            if scroll + height < lines.count { frame.put(state.options.ascii ? "v" : "▼", x: markerX, y: prose.maxY - 1, role: .dim) }
        }
        if let scene = viewer.scene {
            let area: Rect
            if sideBySide(size) {
                area = Rect(x: prose.maxX + 2, y: 3, width: size.width - prose.maxX - 3, height: size.height - 4)
            } else {
                area = Rect(x: 1, y: prose.maxY + 1, width: size.width - 2, height: size.height - 2 - prose.maxY - 1)
            }
            scene.draw(into: &frame, area: area, context: sceneContext(state))
        }
        Chrome.footer(footerHints(viewer, state: state), state: state, into: &frame)
    }
}
