import TUIKit

/// A row and column on the terminal (0-based).
struct ScreenPosition: Equatable {
    var y: Int
    var x: Int
}

/// Turns the changed runs of a frame into the bytes that draw them: absolute cursor moves and one
/// combined SGR sequence per change of look. A space without underline or reverse video keeps the
/// foreground and intensity the terminal already has (or takes the next inked cell's), since they
/// cannot be seen on it; a short gap of unchanged cells between two runs of a row is written over
/// when that costs fewer bytes than moving the cursor; a row blank from some column on is erased.
struct RunEncoder {
    var looks: [StyleRole: CellLook]
    var codes: SGRCodes
    var moves: CursorMoves
    /// terminfo `am` (the cursor wraps after the last column) and `xenl` (it waits at the margin).
    var autoMargin: Bool
    var eatNewlineGlitch: Bool
    /// The widest gap of unchanged cells that may be rewritten instead of moving over it.
    static let longestBridge = 8

    /// The bytes for `changes` of `frame` (starting at an unknown cursor position with the terminal
    /// reset, ending reset, the cursor at `cursor` when given) and where the cursor is afterwards
    /// (nil = unknown). Nil when a cell cannot be written this way (a control character, the
    /// bottom-right cell of a terminal that would scroll): then ncurses draws the frame.
    func encode(_ changes: [FrameChange], of frame: Frame, cursor: ScreenPosition? = nil) -> (bytes: [UInt8], end: ScreenPosition?)? {
        let size = frame.size
        // The look of the first inked cell from each change on (what a trailing space may take).
        var inkAfter = Array(repeating: CellLook.plain, count: changes.count + 1)
        for i in stride(from: changes.count - 1, through: 0, by: -1) {
            inkAfter[i] = changes[i].cells.first { !$0.isContinuation && !isFreeBlank($0) }.map(look) ?? inkAfter[i + 1]
        }
        var out: [UInt8] = []
        var position: ScreenPosition? = nil
        var current = CellLook.plain
        // Where a row was erased to its end: later changes of that row from there on are blanks, done.
        var erasedRow: ScreenPosition? = nil
        for (i, change) in changes.enumerated() {
            let start = ScreenPosition(y: change.y, x: change.x)
            if let erased = erasedRow, erased.y == change.y, change.x >= erased.x { continue }
            let kept = keptBeforeErase(change, of: frame)
            let cells = change.cells[..<kept]
            if position == start {
                guard emit(cells, y: change.y, x: change.x, size: size, look: &current, before: inkAfter[i + 1], into: &out) else { return nil }
            } else {
                var moved = Array(moves.move(from: position, to: start).utf8)
                var movedLook = current
                guard emit(cells, y: change.y, x: change.x, size: size, look: &movedLook, before: inkAfter[i + 1], into: &moved) else { return nil }
                if let from = position, from.y == start.y, start.x > from.x, start.x - from.x <= Self.longestBridge,
                   let bridge = bridge(frame, y: from.y, from: from.x, to: start.x) {
                    var over: [UInt8] = []
                    var overLook = current
                    if emit(bridge + cells, y: from.y, x: from.x, size: size, look: &overLook, before: inkAfter[i + 1], into: &over),
                       over.count < moved.count {
                        moved = over
                        movedLook = overLook
                    }
                }
                out += moved
                current = movedLook
            }
            let end = change.x + change.cells.count
            if kept < change.cells.count, let el = moves.clearToEndOfLine {
                // The rest of the row is blank on the default background: erase it with that background.
                let erased = CellLook.plain.blank(carrying: current)
                if current.visibleOnBlank != .plain {
                    let keep = codes.transition(from: current, to: erased), reset = codes.transition(from: current, to: .plain)
                    guard let keep, let reset else { return nil }
                    out += (keep.utf8.count < reset.utf8.count ? keep : reset).utf8
                    current = keep.utf8.count < reset.utf8.count ? erased : .plain
                }
                out += el.utf8
                position = ScreenPosition(y: change.y, x: change.x + kept)
                erasedRow = position
            } else if end >= size.width {
                position = eatNewlineGlitch ? nil : (autoMargin ? ScreenPosition(y: change.y + 1, x: 0) : ScreenPosition(y: change.y, x: size.width - 1))
            } else {
                position = ScreenPosition(y: change.y, x: end)
            }
        }
        if current != .plain { out += "\u{1B}[m".utf8 }
        if let cursor, cursor != position {
            out += moves.move(from: position, to: cursor).utf8
            position = cursor
        }
        return (out, position)
    }

    /// How many cells of `change` to write: all, or, when it ends in more blanks on the default
    /// background than erasing costs and the frame's row is blank from there on, those before the blanks.
    private func keptBeforeErase(_ change: FrameChange, of frame: Frame) -> Int {
        let count = change.cells.count, width = frame.size.width
        guard let el = moves.clearToEndOfLine else { return count }
        var kept = count
        while kept > 0, isErasable(change.cells[kept - 1]) { kept -= 1 }
        // Erasing may need a reset first (3 bytes) besides the erase itself.
        guard count - kept > el.utf8.count + 3 else { return count }
        let row = change.y * width
        guard change.x + count <= width, frame.cells[(row + change.x + count)..<(row + width)].allSatisfy(isErasable) else { return count }
        return kept
    }

    /// A space that looks like an erased cell: default background, no underline or reverse video.
    private func isErasable(_ cell: Cell) -> Bool { isFreeBlank(cell) && look(cell).bg < 0 }

    /// Appends the bytes for `cells` drawn from (`x`, `y`) on a screen of `size` with the terminal
    /// in `look` (updated); `before` is the look of the next inked cell after them. False when a
    /// cell cannot be written.
    private func emit(_ cells: ArraySlice<Cell>, y: Int, x: Int, size: Size, look current: inout CellLook, before following: CellLook,
                      into out: inout [UInt8]) -> Bool {
        let items = Array(cells)
        var nextInk = Array(repeating: following, count: items.count + 1)
        for k in stride(from: items.count - 1, through: 0, by: -1) {
            nextInk[k] = items[k].isContinuation || isFreeBlank(items[k]) ? nextInk[k + 1] : look(items[k])
        }
        var column = x
        for (offset, cell) in items.enumerated() {
            defer { column += 1 }
            if cell.isContinuation { continue }
            guard Self.isPrintable(cell.text) else { return false }
            if y == size.height - 1, autoMargin, !eatNewlineGlitch, column + max(1, DisplayWidth.of(cell.text)) >= size.width { return false }
            guard let target = target(for: cell, current: current, next: nextInk[offset + 1]),
                  let sgr = codes.transition(from: current, to: target) else { return false }
            out += sgr.utf8
            current = target
            out += cell.text.utf8
        }
        return true
    }

    /// The unchanged cells of `frame` between two runs of row `y`, or nil when they cannot be
    /// rewritten as they are (the gap starts inside a wide glyph).
    private func bridge(_ frame: Frame, y: Int, from: Int, to: Int) -> ArraySlice<Cell>? {
        let width = frame.size.width
        guard y < frame.size.height, to <= width else { return nil }
        let row = frame.cells[(y * width + from)..<(y * width + to)]
        guard let first = row.first, !first.isContinuation else { return nil }
        return row
    }

    /// The look to draw `cell` in: its own, or for a space that shows only its background the
    /// variant (keeping the current foreground, taking the next inked cell's, or its own) whose
    /// changes cost the fewest bytes now and at that next cell.
    private func target(for cell: Cell, current: CellLook, next: CellLook) -> CellLook? {
        let own = look(cell)
        guard isFreeBlank(cell) else { return own }
        if current.visibleOnBlank == own.visibleOnBlank { return current }
        var best: CellLook? = nil
        var bestCost = Int.max
        for candidate in [own.blank(carrying: current), own.blank(carrying: next), own] {
            guard let now = codes.transition(from: current, to: candidate),
                  let later = codes.transition(from: candidate, to: next) else { continue }
            let cost = now.utf8.count + later.utf8.count
            if cost < bestCost { best = candidate; bestCost = cost }
        }
        return best
    }

    private func look(_ cell: Cell) -> CellLook { looks[cell.role] ?? .plain }

    /// A space whose foreground and intensity cannot be seen.
    private func isFreeBlank(_ cell: Cell) -> Bool { cell.text == " " && look(cell).blankShowsOnlyBackground }

    /// Text without control characters (C0, DEL, C1): those only ever reach ncurses, which shows them escaped.
    static func isPrintable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in !(s.value < 0x20 || (0x7F...0x9F).contains(s.value)) }
    }
}
