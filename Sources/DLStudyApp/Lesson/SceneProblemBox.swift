import DLContent
import TUIKit

/// What a page shows in place of a scene that could not be built: a box naming each problem (the
/// same lines `dlstudy check` reports), so a broken scene never silently vanishes.
enum SceneProblemBox {
    /// The first line, in the student's language.
    static func title(_ context: SceneContext) -> String {
        context.tr("This page's scene cannot be shown", "이 페이지의 scene을 보여 줄 수 없어요")
    }

    /// The lines `--plain` prints to stderr for a page's broken scene.
    static func plainLines(_ problems: SceneProblems, type: String, page: Int) -> [String] {
        problems.messages.map { "page \(page) scene '\(Sanitizer.clean(type))': \(Sanitizer.clean($0))" }
    }

    static func draw(_ problems: SceneProblems, into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 4, area.height >= 2 else { return }
        let height = min(area.height, problems.messages.count * 2 + 3)
        let box = Rect(x: area.x, y: area.y, width: area.width, height: height)
        frame.box(box, glyphs: context.glyphs, role: .warning, title: title(context), titleRole: .warning)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 2))
        var y = inner.y
        for message in problems.messages {
            for line in Wrap.lines(Sanitizer.clean(message), width: max(1, inner.width)) where y < inner.maxY {
                frame.put(line, x: inner.x, y: y, role: .normal, clip: inner)
                y += 1
            }
        }
    }
}
