/// The glyphs used for boxes and lines: Unicode box drawing, or plain ASCII for `--ascii`.
public struct BoxGlyphs: Equatable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight: Character
    /// Light Unicode box drawing.
    public static let unicode = BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                          bottomLeft: "└", bottomRight: "┘", teeLeft: "├", teeRight: "┤")
    /// Plain ASCII.
    public static let ascii = BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+", teeLeft: "+", teeRight: "+")
}

extension Frame {
    /// Draws a box border around `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, glyphs: BoxGlyphs = .unicode, role: StyleRole = .border,
                             title: String? = nil, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let h = String(glyphs.horizontal)
        for xx in (rect.x + 1)..<(rect.maxX - 1) {
            put(h, x: xx, y: rect.y, role: role)
            put(h, x: xx, y: rect.maxY - 1, role: role)
        }
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            put(String(glyphs.vertical), x: rect.x, y: yy, role: role)
            put(String(glyphs.vertical), x: rect.maxX - 1, y: yy, role: role)
        }
        put(String(glyphs.topLeft), x: rect.x, y: rect.y, role: role)
        put(String(glyphs.topRight), x: rect.maxX - 1, y: rect.y, role: role)
        put(String(glyphs.bottomLeft), x: rect.x, y: rect.maxY - 1, role: role)
        put(String(glyphs.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, role: role)
        if let title, rect.width > 4 {
            let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
            let shown = DisplayWidth.truncate(" \(title) ", to: rect.width - 4)
            put(shown, x: rect.x + 2, y: rect.y, role: titleRole, clip: inner)
        }
    }

    /// Draws a horizontal line across `width` cells.
    public mutating func hline(x: Int, y: Int, width: Int, glyphs: BoxGlyphs = .unicode, role: StyleRole = .border) {
        guard width > 0 else { return }
        if DisplayWidth.of(glyphs.horizontal) == 1 {
            // (The same cells as drawing the repeated glyph as text, without building the text.)
            fill(Rect(x: x, y: y, width: width, height: 1), with: glyphs.horizontal, role: role)
        } else {
            put(String(repeating: String(glyphs.horizontal), count: width), x: x, y: y, role: role)
        }
    }
}
