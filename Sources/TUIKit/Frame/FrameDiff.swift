import Foundation

/// A run of changed cells on one row, to be drawn starting at (x, y).
public struct FrameChange: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}

/// Computes the smallest set of row runs that turns one frame into another.
public enum FrameDiff {
    /// The runs to draw to turn `old` into `new`; every row in full when there is no old frame or
    /// the size changed. A run never starts on a continuation cell (it starts at its wide glyph).
    public static func changes(from old: Frame?, to new: Frame) -> [FrameChange] {
        let w = new.size.width
        var out: [FrameChange] = []
        guard let old, old.size == new.size else {
            for y in 0..<new.size.height {
                out.append(FrameChange(x: 0, y: y, cells: Array(new.cells[(y * w)..<(y * w + w)])))
            }
            return out
        }
        for y in 0..<new.size.height {
            if Self.rowsEqual(old, new, y) { continue }
            var x = 0
            while x < w {
                if old.cells[y * w + x] == new.cells[y * w + x] { x += 1; continue }
                var start = x
                if new.cells[y * w + start].isContinuation, start > 0 { start -= 1 }
                var end = x
                while end < w, old.cells[y * w + end] != new.cells[y * w + end] { end += 1 }
                if end < w, new.cells[y * w + end].isContinuation { end += 1 }
                if let last = out.last, last.y == y, last.x + last.cells.count >= start {
                    let from = last.x
                    out[out.count - 1] = FrameChange(x: from, y: y, cells: Array(new.cells[(y * w + from)..<(y * w + end)]))
                } else {
                    out.append(FrameChange(x: start, y: y, cells: Array(new.cells[(y * w + start)..<(y * w + end)])))
                }
                x = end
            }
        }
        return out
    }

    /// Whether row `y` is the same in both frames (of one size), compared as memory: a cell is two
    /// plain words, equal exactly when the cells are.
    static func rowsEqual(_ a: Frame, _ b: Frame, _ y: Int) -> Bool {
        let w = a.size.width
        return a.cells.withUnsafeBufferPointer { pa in
            b.cells.withUnsafeBufferPointer { pb in
                guard let ra = pa.baseAddress, let rb = pb.baseAddress else { return w == 0 }
                return memcmp(ra + y * w, rb + y * w, w * MemoryLayout<Cell>.stride) == 0
            }
        }
    }
}
