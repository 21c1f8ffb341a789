extension Frame {
    /// What `put` draws for text of printable ASCII, or of scalars that are grapheme clusters of
    /// their own (`DisplayWidth.standaloneWidth`) each perhaps followed by combining diacritical
    /// marks, read from its UTF-8 bytes: the same cells and end column as drawing it cluster by
    /// cluster, without cluster breaking or building a string per cell. Nil, with nothing drawn,
    /// for any other text.
    mutating func putSimple(_ bytes: UnsafeBufferPointer<UInt8>, x: Int, y: Int, role: StyleRole, area: Rect) -> Int? {
        var col = x
        if !bytes.contains(where: { $0 < 0x20 || $0 >= 0x7F }) {
            for byte in bytes {
                if col >= area.maxX { break }
                if col >= area.x { set(x: col, y: y, Cell(asciiByte: byte, role: role)) }
                col += 1
            }
            return col
        }
        guard let simple = DisplayWidth.simpleWidth(bytes), !simple.startsWithMark else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            let (value, length) = DisplayWidth.scalar(in: bytes, at: i)
            let w = DisplayWidth.standaloneWidth(value)
            var end = i + length
            while end < n {
                let (next, nextLength) = DisplayWidth.scalar(in: bytes, at: end)
                guard DisplayWidth.isCombiningDiacritic(next) else { break }
                end += nextLength
            }
            defer { i = end }
            if col >= area.maxX { break }
            if col < area.x { col += w; continue }
            if w == 2, col + 1 >= area.maxX {
                set(x: col, y: y, .space(role))
                col += 1
                break
            }
            set(x: col, y: y, Cell(utf8: bytes, from: i, to: end, role: role))
            if w == 2 { set(x: col + 1, y: y, .continuation(role)) }
            col += w
        }
        return col
    }
}
