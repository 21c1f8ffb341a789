import TUIKit

/// A Vision scene that draws with Unicode symbols and lets `VisionDraw.asciify` replace them under `--ascii`.
protocol AsciifiedScene: LessonScene {
    /// Draws the scene with its Unicode symbols.
    func drawScene(into frame: inout Frame, area: Rect, context: SceneContext)
}

extension AsciifiedScene {
    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        drawScene(into: &frame, area: area, context: context)
        VisionDraw.asciify(&frame, area, context)
    }
}
