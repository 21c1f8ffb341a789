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
        return viewer.hasSceneArea && sideBySide(state.size) ? max(30, min(60, state.size.width / 3)) : full
    }

    /// Rows of prose shown: at least the old third of the body (or all the prose, if shorter), plus
    /// every row the scene does not need; the rest of the body goes to the scene.
    static func proseHeight(_ viewer: LessonViewerState, state: AppState) -> Int {
        proseHeight(viewer, state: state, lines: bodyLines(viewer, state: state).count)
    }

    /// `proseHeight` for a page whose text is `lines` rows long (measures the scene only when the
    /// prose is longer than its share).
    static func proseHeight(_ viewer: LessonViewerState, state: AppState, lines: Int) -> Int {
        layout(viewer, state: state, lines: lines).proseHeight
    }

    /// The prose height, and the scene as drawn to measure it (nil when it was not measured).
    static func layout(_ viewer: LessonViewerState, state: AppState, lines: Int) -> (proseHeight: Int, scene: Frame?) {
        let body = bodyHeight(state.size)
        guard viewer.hasSceneArea, !sideBySide(state.size) else { return (body, nil) }
        let floor = min(lines, max(3, body / 3))
        // All the prose fits in its share: the scene's size cannot change the answer.
        if floor == lines { return (lines, nil) }
        let sceneMax = max(0, body - 1 - floor)
        let drawn = drawSceneAlone(viewer, width: state.size.width - 2, maxRows: sceneMax, context: sceneContext(state))
        return (min(lines, max(floor, body - 1 - (drawn?.drawnRows ?? 0))), drawn)
    }

    /// The page's scene (or its problem box) drawn alone into a blank frame of `width` × `maxRows`
    /// (nil when that is empty): its `drawnRows` are the rows it uses, its constraint. When the
    /// scene then gets exactly that area, this frame is what it draws there.
    static func drawSceneAlone(_ viewer: LessonViewerState, width: Int, maxRows: Int, context: SceneContext) -> Frame? {
        guard width > 0, maxRows > 0 else { return nil }
        var scratch = Frame(size: Size(width: width, height: maxRows))
        let area = scratch.bounds
        if let scene = viewer.scene {
            scene.draw(into: &scratch, area: area, context: context)
        } else if let problems = viewer.sceneProblem {
            SceneProblemBox.draw(problems, into: &scratch, area: area, context: context)
        }
        return scratch
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

    /// The footer: with a scene, its keys then `n/p`, `?`, `q` (only its keys while it reads typed text);
    /// without, page and scroll keys, `L`, `?`, `q`.
    static func footerHints(_ viewer: LessonViewerState, state: AppState) -> [KeyHint] {
        let own = LessonKeys.always(hasScene: viewer.scene != nil).footerHints(state.tr)
        if let scene = viewer.scene {
            // While the scene reads typed text, every key is its own: only its entries are shown.
            if scene.capturesTyping { return scene.footerHints(sceneContext(state)) }
            return scene.footerHints(sceneContext(state)) + own.dropLast() + AppKeys.hint(.help, state.tr) + own.suffix(1)
        }
        return LessonKeys.unlessScene.footerHints(state.tr) + AppKeys.table.footerHints(state.tr) + own.suffix(1)
    }

    /// Draws a scene into a clipped copy of its area (nothing outside changes) and, under `--ascii`,
    /// folds what it drew to ASCII: the one place the ASCII strategy is applied to scenes.
    /// `drawn` is the scene already drawn alone into a frame of the area's size (`drawSceneAlone`):
    /// pasted instead of drawing again, as scenes draw relative to their area, when the area is
    /// still blank (what the scene would have drawn over).
    static func drawScene(_ scene: any LessonScene, into frame: inout Frame, area: Rect, context: SceneContext, drawn: Frame? = nil) {
        if let drawn, drawn.size == Size(width: area.width, height: area.height), frame.isBlank(area) {
            frame.paste(drawn, x: area.x, y: area.y)
        } else {
            frame.drawClipped(area) { scene.draw(into: &$0, area: area, context: context) }
        }
        if context.ascii { frame.foldToASCII(area) }
    }

    /// The share box over the bottom of the scene area: the command that reopens this scene as it is.
    static func drawShare(_ command: String, into frame: inout Frame, area: Rect, state: AppState) {
        let lines = Wrap.lines(command, width: max(1, area.width - 4))
        let height = min(area.height, lines.count + 2)
        guard height >= 3, area.width >= 8 else { return }
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        frame.fill(box)
        frame.box(box, glyphs: state.options.ascii ? .ascii : .unicode, role: .accent,
                  title: state.tr(LocalizedText(en: "Reopen this scene with", ko: "이 scene을 다시 열려면")), titleRole: .accent)
        for (i, line) in lines.prefix(height - 2).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, role: .code, clip: box.inset(1))
        }
    }

    /// `pastingMeasuredScene: false` draws the scene again instead of pasting it (the same frame).
    static func draw(_ viewer: LessonViewerState, state: AppState, into frame: inout Frame, pastingMeasuredScene: Bool = true) {
        let size = state.size
        let lesson = viewer.lesson
        let lectureTitle = Syllabus.lectures.first { $0.number == lesson.lecture }.map { state.tr($0.title) } ?? ""
        let pageLabel = "\(viewer.page + 1)/\(lesson.pages.count)"
        Chrome.titleBar("\(lectureTitle) › \(state.tr(lesson.title))", right: pageLabel, state: state, into: &frame)
        guard lesson.pages.indices.contains(viewer.page) else { return }
        let page = lesson.pages[viewer.page]
        frame.put(DisplayWidth.truncate(state.tr(page.title), to: size.width - 4), x: 2, y: 2, role: .heading)
        let lines = bodyLines(viewer, state: state)
        let (height, drawnScene) = layout(viewer, state: state, lines: lines.count)
        let scroll = min(viewer.scroll, max(0, lines.count - height))
        let prose = Rect(x: 2, y: 4, width: proseWidth(viewer, state: state), height: height)
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            frame.put(spans: line, x: prose.x, y: prose.y + i, clip: prose)
        }
        if lines.count > height {
            let markerX = prose.maxX + (viewer.hasSceneArea ? 0 : size.width - 2 - prose.maxX)
            if scroll > 0 { frame.put(state.options.ascii ? "^" : "▲", x: markerX, y: prose.y, role: .dim) }
            if scroll + height < lines.count { frame.put(state.options.ascii ? "v" : "▼", x: markerX, y: prose.maxY - 1, role: .dim) }
        }
        if viewer.hasSceneArea {
            let area: Rect
            if sideBySide(size) {
                area = Rect(x: prose.maxX + 2, y: 3, width: size.width - prose.maxX - 3, height: size.height - 4)
            } else {
                area = Rect(x: 1, y: prose.maxY + 1, width: size.width - 2, height: size.height - 2 - prose.maxY - 1)
            }
            if let scene = viewer.scene {
                drawScene(scene, into: &frame, area: area, context: sceneContext(state), drawn: pastingMeasuredScene ? drawnScene : nil)
            } else if let problems = viewer.sceneProblem {
                SceneProblemBox.draw(problems, into: &frame, area: area, context: sceneContext(state))
            }
            if let command = viewer.shareCommand { drawShare(command, into: &frame, area: area, state: state) }
        }
        Chrome.footer(footerHints(viewer, state: state), state: state, into: &frame)
    }
}
