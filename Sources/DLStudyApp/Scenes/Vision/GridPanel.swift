import TUIKit

/// A labelled grid of cells drawn side by side with other panels (INPUT, KERNEL, OUTPUT...).
struct GridPanel {
    var label: String
    var rows: Int, cols: Int
    var cellWidth: Int
    var text: (Int, Int) -> String
    var role: (Int, Int) -> StyleRole
    var labelRole: StyleRole = .heading

    /// Columns the panel takes (grid or label, whichever is wider).
    var width: Int { max(DisplayWidth.of(label), cols * cellWidth) }

    /// Draws panels left to right from (x, y): labels on row y, grids from y + 1, clipped to `clip`.
    /// Returns the rows used (label plus the tallest grid).
    @discardableResult
    static func row(_ panels: [GridPanel], into frame: inout Frame, x: Int, y: Int, gap: Int = 3, clip: Rect) -> Int {
        var col = x
        for panel in panels {
            frame.put(panel.label, x: col, y: y, role: panel.labelRole, clip: clip)
            VisionDraw.grid(&frame, x: col, y: y + 1, rows: panel.rows, cols: panel.cols, cellWidth: panel.cellWidth,
                            clip: clip, text: panel.text, role: panel.role)
            col += panel.width + gap
        }
        return 1 + (panels.map(\.rows).max() ?? 0)
    }

    /// Total width of a row of panels.
    static func width(_ panels: [GridPanel], gap: Int = 3) -> Int {
        panels.map(\.width).reduce(0, +) + gap * max(0, panels.count - 1)
    }
}
