/// One cell of a grid pane: its text and role.
public struct GridCell {
    public var text: String
    public var role: StyleRole
    public init(text: String, role: StyleRole) { self.text = text; self.role = role }
}

/// A titled grid of short texts (numbers, shade glyphs) drawn cell by cell with roles. Marked rows
/// and columns get a marker in the margin (visible without colour too); when the grid is larger than
/// the space it gets, it scrolls to keep the focus range in view and shows arrows where more is hidden.
/// The one grid widget: every scene's number grids are drawn with it.
public struct GridPane {
    public var title: String
    public var rows: Int
    public var cols: Int
    /// Columns per cell, including one separating space.
    public var cellWidth: Int
    public var cell: (Int, Int) -> GridCell
    public var markRows: ClosedRange<Int>? = nil
    public var markCols: ClosedRange<Int>? = nil
    /// Rows and columns to keep visible (default: the marked ones).
    public var focusRows: ClosedRange<Int>? = nil
    public var focusCols: ClosedRange<Int>? = nil
    public var titleRole: StyleRole = .heading
    /// Whether a row for column markers sits under the title (off for pictures without markers).
    public var markerRow = true
    /// Columns left of the cells for the row markers and scroll arrows (1 for panels without markers).
    public var margin = 2

    public init(title: String, rows: Int, cols: Int, cellWidth: Int, cell: @escaping (Int, Int) -> GridCell,
                markRows: ClosedRange<Int>? = nil, markCols: ClosedRange<Int>? = nil, focusRows: ClosedRange<Int>? = nil,
                focusCols: ClosedRange<Int>? = nil, titleRole: StyleRole = .heading, markerRow: Bool = true, margin: Int = 2) {
        self.title = title; self.rows = rows; self.cols = cols; self.cellWidth = cellWidth; self.cell = cell
        self.markRows = markRows; self.markCols = markCols; self.focusRows = focusRows; self.focusCols = focusCols
        self.titleRole = titleRole; self.markerRow = markerRow; self.margin = margin
    }

    /// Width needed to show every column (2 margin columns + the cells).
    public var fullWidth: Int { max(margin + cols * cellWidth, DisplayWidth.of(title)) }
    /// Height needed to show every row (title, marker row, the cells).
    public var fullHeight: Int { (markerRow ? 2 : 1) + rows }
    /// The smallest useful width (one cell).
    public var minWidth: Int { margin + cellWidth }

    /// The cell width that fits every text in `texts` plus a space.
    public static func cellWidth(_ texts: [String], minimum: Int = 2) -> Int {
        max(minimum, texts.map(DisplayWidth.of).max() ?? 1) + 1
    }

    public static func start(total: Int, visible: Int, focus: ClosedRange<Int>?) -> Int {
        guard visible < total, let focus else { return 0 }
        let center = (focus.lowerBound + focus.upperBound) / 2
        var start = center - visible / 2
        if focus.count <= visible {
            start = min(start, focus.lowerBound)
            start = max(start, focus.upperBound - visible + 1)
        }
        return min(max(0, start), total - visible)
    }

    /// Draws the pane with its top-left corner at (x, y) in at most `width` × `height` cells; returns
    /// the size used.
    @discardableResult
    public func draw(into frame: inout Frame, x: Int, y: Int, width: Int, height: Int, ascii: Bool) -> Size {
        guard width >= minWidth, height >= (markerRow ? 3 : 2) else { return Size(width: 0, height: 0) }
        let clip = Rect(x: x, y: y, width: width, height: height)
        frame.put(title, x: x, y: y, role: titleRole, clip: clip)
        let visibleCols = min(cols, (width - margin) / cellWidth)
        let markerRow = self.markerRow || visibleCols < cols ? 1 : 0
        let visibleRows = min(rows, height - 1 - markerRow)
        let col0 = Self.start(total: cols, visible: visibleCols, focus: focusCols ?? markCols)
        let row0 = Self.start(total: rows, visible: visibleRows, focus: focusRows ?? markRows)
        let gridX = x + margin, gridY = y + 1 + markerRow
        // Column markers and horizontal scroll arrows.
        if let markCols {
            for c in markCols where c >= col0 && c < col0 + visibleCols {
                let cx = gridX + (c - col0) * cellWidth + (cellWidth - 1) - 1
                frame.put(ascii ? "v" : "▾", x: cx, y: y + 1, role: .accent, clip: clip)
            }
        }
        if col0 > 0 { frame.put(ascii ? "<" : "◂", x: x + margin - 1, y: y + 1, role: .dim, clip: clip) }
        if col0 + visibleCols < cols {
            frame.put(ascii ? ">" : "▸", x: gridX + visibleCols * cellWidth - 1, y: y + 1, role: .dim, clip: clip)
        }
        for vr in 0..<visibleRows {
            let r = row0 + vr
            let ry = gridY + vr
            if let markRows, markRows.contains(r) {
                frame.put(ascii ? ">" : "▸", x: x, y: ry, role: .accent, clip: clip)
            }
            if vr == 0 && row0 > 0 { frame.put(ascii ? "^" : "▴", x: x + margin - 1, y: ry, role: .dim, clip: clip) }
            if vr == visibleRows - 1 && r < rows - 1 { frame.put(ascii ? "v" : "▾", x: x + margin - 1, y: ry, role: .dim, clip: clip) }
            for vc in 0..<visibleCols {
                let c = col0 + vc
                let item = cell(r, c)
                let textWidth = DisplayWidth.of(item.text)
                let cx = gridX + vc * cellWidth
                let pad = max(0, cellWidth - 1 - textWidth)
                frame.put(String(repeating: " ", count: pad) + item.text, x: cx, y: ry, role: item.role, clip: clip)
            }
        }
        let usedWidth = max(min(width, DisplayWidth.of(title)), margin + visibleCols * cellWidth)
        return Size(width: min(width, usedWidth), height: 1 + markerRow + visibleRows)
    }
}
