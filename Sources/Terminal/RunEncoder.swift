import TUIKit

/// A row and column on the terminal (0-based).
struct ScreenPosition: Equatable {
    var y: Int
    var x: Int
}

/// One step of drawing changed cells: a cursor move (from where the cursor is, nil = unknown) or
/// bytes to write (SGR sequences and UTF-8 text).
enum ScreenWrite: Equatable {
    case move(from: ScreenPosition?, to: ScreenPosition)
    case bytes([UInt8])
}

/// Turns the changed runs of a frame into cursor moves and bytes with one combined SGR sequence per
/// change of look. A space without underline or reverse video keeps the foreground and intensity
/// the terminal already has (or takes the next cell's) since they cannot be seen on it, so runs of
/// coloured text with spaces between them do not switch colours back and forth.
struct RunEncoder {
    var looks: [StyleRole: CellLook]
    var codes: SGRCodes
    var size: Size
    /// terminfo `am` (the cursor wraps after the last column) and `xenl` (it waits at the margin).
    var autoMargin: Bool
    var eatNewlineGlitch: Bool

    /// The writes for `changes`, starting at an unknown cursor position with the terminal reset
    /// and ending reset, plus where the cursor is afterwards (nil = unknown). Nil when a cell
    /// cannot be written this way (a control character, the bottom-right cell of a terminal that
    /// would scroll): then ncurses draws the frame.
    func encode(_ changes: [FrameChange]) -> (writes: [ScreenWrite], end: ScreenPosition?)? {
        var cells: [(cell: Cell, look: CellLook)] = []
        for change in changes {
            for cell in change.cells where !cell.isContinuation {
                cells.append((cell, looks[cell.role] ?? .plain))
            }
        }
        // The look of the next cell that is not a space which could take any foreground.
        var nextInk = Array(repeating: CellLook.plain, count: cells.count + 1)
        var i = cells.count - 1
        while i >= 0 {
            nextInk[i] = Self.isFreeBlank(cells[i].cell, cells[i].look) ? nextInk[i + 1] : cells[i].look
            i -= 1
        }
        var writes: [ScreenWrite] = []
        var position: ScreenPosition? = nil
        var current = CellLook.plain
        var index = 0
        for change in changes {
            let start = ScreenPosition(y: change.y, x: change.x)
            if position != start { writes.append(.move(from: position, to: start)) }
            var bytes: [UInt8] = []
            var x = change.x
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                let look = cells[index].look
                let next = nextInk[index + 1]
                index += 1
                guard Self.isPrintable(cell.text) else { return nil }
                let width = cell.text.isEmpty ? 1 : max(1, DisplayWidth.of(cell.text))
                if change.y == size.height - 1, x + width >= size.width, autoMargin, !eatNewlineGlitch { return nil }
                guard let target = target(for: cell, look: look, current: current, next: next),
                      let sgr = codes.transition(from: current, to: target) else { return nil }
                bytes += sgr.utf8
                current = target
                bytes += cell.text.utf8
            }
            if !bytes.isEmpty { writes.append(.bytes(bytes)) }
            if x >= size.width {
                position = eatNewlineGlitch ? nil : (autoMargin ? ScreenPosition(y: change.y + 1, x: 0) : ScreenPosition(y: change.y, x: size.width - 1))
            } else {
                position = ScreenPosition(y: change.y, x: x)
            }
        }
        if current != .plain { writes.append(.bytes(Array("\u{1B}[m".utf8))) }
        return (writes, position)
    }

    /// The look to draw `cell` in: its own, or for a space that shows only its background the
    /// variant (keeping the current foreground, taking the next cell's, or its own) whose changes
    /// cost the fewest bytes now and at the next inked cell.
    private func target(for cell: Cell, look: CellLook, current: CellLook, next: CellLook) -> CellLook? {
        guard Self.isFreeBlank(cell, look) else { return look }
        if current.visibleOnBlank == look.visibleOnBlank { return current }
        var best: CellLook? = nil
        var bestCost = Int.max
        for candidate in [look.blank(carrying: current), look.blank(carrying: next), look] {
            guard let now = codes.transition(from: current, to: candidate),
                  let later = codes.transition(from: candidate, to: next) else { continue }
            let cost = now.utf8.count + later.utf8.count
            if cost < bestCost { best = candidate; bestCost = cost }
        }
        return best
    }

    /// A space whose foreground and intensity cannot be seen.
    static func isFreeBlank(_ cell: Cell, _ look: CellLook) -> Bool { cell.text == " " && look.blankShowsOnlyBackground }

    /// Text without control characters (C0, DEL, C1): those only ever reach ncurses, which shows them escaped.
    static func isPrintable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in !(s.value < 0x20 || (0x7F...0x9F).contains(s.value)) }
    }
}
