import DLContent
import TUIKit

/// The `?` overlay: a box in the middle of the screen listing the keys of the current screen.
enum HelpOverlay {
    /// The rows of the current screen's key tables (a scene's first, then the lesson viewer's keys the
    /// scene leaves to it), rows that say the same merged, then the shared `L` and `?`.
    static func keys(for screen: Screen, state: AppState) -> [KeyHint] {
        var keys: [KeyHint]
        switch screen {
        case .home:
            keys = HomeKeys.table.help(state.tr)
        case .lesson(let viewer):
            let scene = viewer.scene.map { $0.helpRows(LessonView.sceneContext(state)) } ?? []
            keys = scene + LessonKeys.always(hasScene: viewer.scene != nil).help(state.tr)
                + LessonKeys.unlessScene.help(state.tr, excluding: viewer.scene?.boundKeys ?? [])
        case .quiz:
            keys = QuizHelp.keys { en, ko in state.language == .en ? en : ko }
        case .quizMenu:
            keys = QuizMenuKeys.help(state.tr)
        case .stats:
            keys = StatsKeys.help(state.tr)
        }
        return merged(keys + AppKeys.table.help(state.tr))
    }

    /// Rows with the same text as an earlier row join it (`n` and `→ l Space Enter` both turn the page).
    static func merged(_ rows: [KeyHint]) -> [KeyHint] {
        var out: [KeyHint] = []
        for row in rows {
            if let i = out.firstIndex(where: { $0.label == row.label }) {
                out[i].key += " " + row.key
            } else {
                out.append(row)
            }
        }
        return out
    }

    static func draw(state: AppState, into frame: inout Frame) {
        let keys = keys(for: state.current, state: state)
        let keyWidth = keys.map { DisplayWidth.of($0.key) }.max() ?? 0
        let labelWidth = keys.map { DisplayWidth.of($0.label) }.max() ?? 0
        let closing = state.tr(UIText.closeHelp)
        let width = min(state.size.width - 2, max(keyWidth + labelWidth + 7, DisplayWidth.of(closing) + 4))
        let height = min(state.size.height - 2, keys.count + 4)
        let rect = Rect(x: (state.size.width - width) / 2, y: (state.size.height - height) / 2, width: width, height: height)
        frame.fill(rect)
        frame.box(rect, glyphs: state.options.ascii ? .ascii : .unicode, title: state.tr(UIText.helpTitle))
        let inner = rect.inset(1)
        for (i, hint) in keys.enumerated() where inner.y + 1 + i < inner.maxY - 1 {
            frame.put(hint.key, x: inner.x + 1, y: inner.y + i, role: .key, clip: inner)
            frame.put(hint.label, x: inner.x + 3 + keyWidth, y: inner.y + i, role: .normal, clip: inner)
        }
        frame.put(closing, x: inner.x + 1, y: inner.maxY - 1, role: .dim, clip: inner)
        if state.options.ascii { frame.foldToASCII(rect) }
    }
}
