import TUIKit

/// A labelled grid in a row of panels (INPUT, KERNEL, OUTPUT...), drawn with TUIKit's `GridPane`.
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
            let pane = GridPane(title: panel.label, rows: panel.rows, cols: panel.cols, cellWidth: panel.cellWidth,
                                cell: { r, c in GridCell(text: panel.text(r, c), role: panel.role(r, c)) },
                                titleRole: panel.labelRole, markerRow: false, margin: 1)
            // The pane's cells are right-aligned one column in (its margin), as the panels always were.
            let width = min(pane.fullWidth, clip.maxX - col), height = min(1 + panel.rows, clip.maxY - y)
            if col >= clip.x, y >= clip.y { pane.draw(into: &frame, x: col, y: y, width: width, height: height, ascii: false) }
            col += panel.width + gap
        }
        return 1 + (panels.map(\.rows).max() ?? 0)
    }

    /// Total width of a row of panels.
    static func width(_ panels: [GridPanel], gap: Int = 3) -> Int {
        panels.map(\.width).reduce(0, +) + gap * max(0, panels.count - 1)
    }
}
