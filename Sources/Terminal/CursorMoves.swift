/// The shortest cursor move a terminal offers between two cells, from its terminfo strings, and
/// its erase to the end of the line. Only absolute columns are used (`cup`, `hpa`, `cr`), never
/// moves relative to a column: a glyph the terminal measures differently from us then cannot
/// shift the cells drawn after it.
struct CursorMoves {
    /// `cup` for (row, column), 0-based; `hpa` for a column on the same row; `cr`; `el`.
    var cursorAddress: (Int, Int) -> String
    var columnAddress: ((Int) -> String)?
    var carriageReturn: String?
    var clearToEndOfLine: String? = nil

    /// The bytes that move the cursor from `from` (nil = unknown) to `to`.
    func move(from: ScreenPosition?, to: ScreenPosition) -> String {
        var best = cursorAddress(to.y, to.x)
        if let from, from.y == to.y {
            if let hpa = columnAddress?(to.x), hpa.utf8.count < best.utf8.count { best = hpa }
            if to.x == 0, let cr = carriageReturn, cr.utf8.count < best.utf8.count { best = cr }
        }
        return best
    }
}
