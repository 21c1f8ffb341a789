extension Frame {
    /// Copies `source` into this frame with its top-left corner at (x, y), clipped to the frame, as
    /// `drawClipped` would leave it had `source` been drawn there: nothing outside the pasted
    /// rectangle changes and no wide glyph is left cut in half at its edges. The source's cursor is
    /// not taken.
    public mutating func paste(_ source: Frame, x: Int, y: Int) {
        let clip = Rect(x: x, y: y, width: source.size.width, height: source.size.height).intersection(bounds)
        guard !clip.isEmpty else { return }
        let w = size.width, sw = source.size.width
        for row in clip.y..<clip.maxY {
            let from = (row - y) * sw + (clip.x - x)
            cells.replaceSubrange((row * w + clip.x)..<(row * w + clip.maxX), with: source.cells[from..<(from + clip.width)])
        }
        mendEdges(of: clip)
    }

    /// Whether every cell of `rect` (clipped to the frame) is a blank: a space in the normal style.
    public func isBlank(_ rect: Rect) -> Bool {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for i in (row * size.width + area.x)..<(row * size.width + area.maxX) where cells[i] != .blank { return false }
        }
        return true
    }

    /// Clears the half of a wide glyph cut by the left or right edge of `clip` (whose other half
    /// lies outside it), in every row of `clip`.
    mutating func mendEdges(of clip: Rect) {
        let w = size.width
        for row in clip.y..<clip.maxY {
            let first = row * w + clip.x, last = row * w + clip.maxX - 1
            if cells[first].isContinuation { cells[first] = .space(cells[first].role) }
            if !cells[last].isContinuation, cells[last].mayBeWide, DisplayWidth.of(cells[last].text) == 2 {
                cells[last] = .space(cells[last].role)
            }
        }
    }
}
