/// A grid of cells the size of the screen: what one view draws. Drawing is display-width aware:
/// wide glyphs take two cells, never straddle the right edge of the frame or the clip rectangle,
/// and overwriting either half of a wide glyph clears the other half.
public struct Frame: Equatable, Sendable {
    public let size: Size
    public internal(set) var cells: [Cell]
    /// Where the text cursor should be shown, if anywhere (edit fields).
    public var cursor: (x: Int, y: Int)? = nil
    /// The rows from the top down to the lowest one that text was drawn into (0 when none was):
    /// how tall what was drawn is. Restyling draws no text; not part of equality.
    public private(set) var drawnRows = 0

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    /// The whole frame as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at (x, y), or nil outside the frame.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return nil }
        return cells[y * size.width + x]
    }

    /// Sets one cell, keeping wide glyphs whole: a half that loses its partner becomes a space.
    mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        if y >= drawnRows { drawnRows = y + 1 }
        let i = y * size.width + x
        let old = cells[i]
        if old.isContinuation, x > 0 {
            cells[i - 1] = .space(cells[i - 1].role)
        }
        if x + 1 < size.width, cells[i + 1].isContinuation, old.mayBeWide, DisplayWidth.of(old.text) == 2 {
            cells[i + 1] = .space(old.role)
        }
        cells[i] = cell
    }

    /// Draws `text` starting at (x, y) on one line, clipped to `clip` (default: the frame).
    /// Returns the column after the last drawn cell. Each cluster is drawn as `DisplayWidth.glyph`
    /// (controls as U+FFFD, an emoji ZWJ sequence as its first emoji).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(text) }
        // Printable ASCII, or scalars that are clusters of their own (with any combining
        // diacritical marks after them): drawn from the UTF-8 bytes, no cluster breaking.
        var utf8 = text
        if let end = utf8.withUTF8({ putSimple($0, x: x, y: y, role: role, area: area) }) { return end }
        var col = x
        for character in text {
            let glyph = DisplayWidth.glyph(character)
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark joins the glyph before it, if that one was drawn here.
                if col - 1 >= area.x, col - 1 < area.maxX, let prev = cell(x: col - 1, y: y), !prev.isContinuation {
                    cells[y * size.width + col - 1].text += glyph
                    if y >= drawnRows { drawnRows = y + 1 }
                }
                continue
            }
            if col >= area.maxX { break }
            if col < area.x { col += w; continue }
            if w == 2 {
                if col + 1 >= area.maxX {
                    set(x: col, y: y, .space(role))
                    col += 1
                    break
                }
                set(x: col, y: y, Cell(glyph, role: role))
                set(x: col + 1, y: y, .continuation(role))
            } else {
                set(x: col, y: y, Cell(glyph, role: role))
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with one character (1 column wide) in a role.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(String(character), role: role)
        for yy in area.y..<area.maxY {
            for xx in area.x..<area.maxX { set(x: xx, y: yy, cell) }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for yy in area.y..<area.maxY {
            for xx in area.x..<area.maxX { cells[yy * size.width + xx].role = role }
        }
    }

    /// The rows as strings (continuation cells skipped), trailing spaces removed when asked.
    public func lines(trimmingTrailingSpaces trim: Bool = true) -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let c = cells[y * size.width + x]
                if !c.isContinuation { line += c.text }
            }
            if trim { while line.hasSuffix(" ") { line.removeLast() } }
            return line
        }
    }

    /// The whole frame as text, one line per row.
    public var text: String { lines().joined(separator: "\n") }
}
