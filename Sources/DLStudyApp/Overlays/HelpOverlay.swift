import DLContent
import TUIKit

/// The `?` overlay: a box in the middle of the screen listing the keys of the current screen.
enum HelpOverlay {
    static func keys(for screen: Screen, state: AppState) -> [KeyHint] {
        let t = { (en: String, ko: String) in state.language == .en ? en : ko }
        var keys: [KeyHint]
        switch screen {
        case .home:
            keys = [KeyHint("↑ ↓  k j", t("move the selection", "선택 이동")),
                    KeyHint("PgUp PgDn", t("move a page", "한 화면씩 이동")),
                    KeyHint("g G", t("first / last", "처음 / 끝")),
                    KeyHint("Enter Space → l", t("open the lesson", "강의 열기")),
                    KeyHint("q Esc", t("quit dlstudy", "dlstudy 종료"))]
        case .lesson(let viewer):
            keys = viewer.scene.map { $0.keyHints(LessonView.sceneContext(state)) } ?? []
            if viewer.scene != nil { keys.append(KeyHint("y", t("show the command that reopens this scene", "이 scene을 다시 여는 명령 보기"))) }
            keys += [KeyHint(viewer.scene == nil ? "→ n l Space" : "n", t("next page", "다음 쪽")),
                    KeyHint(viewer.scene == nil ? "← p h" : "p", t("previous page", "이전 쪽")),
                    KeyHint(viewer.scene == nil ? "↑ ↓  k j" : "PgUp PgDn", t("scroll the text", "본문 스크롤")),
                    KeyHint("Home End", t("first / last page", "첫 쪽 / 마지막 쪽")),
                    KeyHint("q Esc", t("back to the list", "목록으로 돌아가기"))]
        case .quiz:
            keys = QuizHelp.keys(t)
        case .quizMenu:
            keys = QuizMenuKeys.help(t)
        case .stats:
            keys = StatsKeys.help(t)
        }
        keys += [KeyHint("L", t("switch to Korean", "영어로 전환")), KeyHint("?", t("this help", "이 도움말"))]
        return keys
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
