/// The one ASCII strategy (`--ascii`): every symbol a scene or the chrome draws has a one-cell ASCII
/// stand-in, so folding a frame never moves a cell. Hangul stays (Korean strings are text, not
/// symbols); anything else without a stand-in becomes `?`.
public enum ASCIIFold {
    /// The stand-ins, one character each.
    public static let table: [Character: Character] = [
        "×": "x", "·": "*", "∙": "*", "•": "*", "→": ">", "←": "<", "↑": "^", "↓": "v", "↔": "-", "⇒": ">",
        "▶": ">", "◀": "<", "▲": "^", "▼": "v", "►": ">", "◄": "<", "›": ">", "‹": "<", "»": ">", "«": "<",
        "–": "-", "—": "-", "−": "-", "‖": "|", "≈": "~", "≤": "<", "≥": ">", "≠": "#", "…": ".", "∑": "S", "Σ": "S",
        "★": "*", "☆": "*", "✓": "v", "✗": "X", "◆": "#", "◇": "o", "●": "@", "○": "o", "□": "o", "■": "#",
        "⌊": "[", "⌋": "]", "⌈": "[", "⌉": "]", "√": "V", "∂": "d", "σ": "s", "τ": "t", "∞": "~", "±": "+", "°": "o",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "═": "=", "║": "|", "╔": "+", "╗": "+", "╚": "+", "╝": "+", "╭": "+",
        "╮": "+", "╰": "+", "╯": "+", "┆": ":", "┊": ":", "╌": "-", "┄": "-",
        "░": ".", "▒": ":", "▓": "*", "█": "#", "▁": "_", "▂": "_", "▃": "_", "▄": "_", "▅": "=", "▆": "=", "▇": "#",
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9", "₋": "-", "₊": "+",
        "ₜ": "t", "ₓ": "x", "ₕ": "h", "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₙ": "n", "ᵀ": "T", "ˆ": "^", "̃": "~", "’": "'", "‘": "'", "′": "'",
        "“": "\"", "”": "\"", "÷": "/", "∈": "e", "∘": "o", "▪": "#", "▸": ">", "◂": "<", "▴": "^", "▾": "v", "\u{FFFD}": "?",
    ]

    /// Spellings that read better than a one-cell stand-in, for strings not yet drawn.
    public static let spellings: [(String, String)] = [
        (" · ", " - "), ("²", "^2"), ("³", "^3"), ("→", "->"), ("←", "<-"), ("…", "..."), ("≈", "~"), ("≤", "<="), ("≥", ">="),
    ]

    /// `text` spelled in ASCII before it is drawn (multi-character spellings, then the one-cell table).
    public static func text(_ text: String) -> String {
        var s = text
        for (from, to) in spellings { s = replacing(s, from, to) }
        return String(s.map { keeps(String($0)) ? $0 : (table[$0] ?? "?") })
    }

    private static func replacing(_ s: String, _ from: String, _ to: String) -> String {
        guard s.contains(from) else { return s }
        let f = Array(from)
        var out = "", chars = Array(s), i = 0
        while i < chars.count {
            if i + f.count <= chars.count, Array(chars[i..<(i + f.count)]) == f { out += to; i += f.count } else { out.append(chars[i]); i += 1 }
        }
        return out
    }

    /// Whether `text` may stay under `--ascii`: ASCII, or Hangul.
    public static func keeps(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }

    /// The ASCII stand-in for one cell's text (the text itself when it may stay).
    public static func fold(_ text: String) -> String {
        if keeps(text) { return text }
        if let first = text.first, let s = table[first] { return String(s) }
        return "?"
    }
}

extension Frame {
    /// Folds every cell inside `rect` to ASCII (`ASCIIFold`); a wide glyph without a stand-in becomes `??`.
    public mutating func foldToASCII(_ rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let i = y * size.width + x
                let c = cells[i]
                if c.isContinuation {
                    if x > 0, !ASCIIFold.keeps(cells[i - 1].text) || cells[i - 1].text == "?" { cells[i] = Cell("?", role: c.role) }
                    continue
                }
                let folded = ASCIIFold.fold(c.text)
                if folded != c.text { cells[i] = Cell(folded, role: c.role) }
            }
        }
    }

    /// Lets `draw` draw into this frame and keeps only what it drew inside `area`:
    /// nothing outside `area` changes, and no wide glyph is cut in half at its edges.
    public mutating func drawClipped(_ area: Rect, _ draw: (inout Frame) -> Void) {
        let clip = area.intersection(bounds)
        guard !clip.isEmpty else {
            var scratch = self
            draw(&scratch)
            return
        }
        // Draw in place and put back what lies outside `area`: only those cells are saved (cells
        // are plain words: saved and put back as memory, and drawing copies nothing).
        let w = size.width, count = cells.count
        var outside: [Range<Int>] = [0..<(clip.y * w)]
        for y in clip.y..<clip.maxY { outside += [(y * w)..<(y * w + clip.x), (y * w + clip.maxX)..<((y + 1) * w)] }
        outside.append((clip.maxY * w)..<count)
        var saved: [Cell] = []
        saved.reserveCapacity(count - clip.width * clip.height)
        cells.withUnsafeBufferPointer { all in
            for range in outside where !range.isEmpty { saved.append(contentsOf: UnsafeBufferPointer(rebasing: all[range])) }
        }
        let savedCursor = cursor
        draw(&self)
        cursor = savedCursor
        cells.withUnsafeMutableBufferPointer { all in
            saved.withUnsafeBufferPointer { old in
                guard let to = all.baseAddress, let from = old.baseAddress else { return }
                var k = 0
                for range in outside where !range.isEmpty {
                    (to + range.lowerBound).update(from: from + k, count: range.count)
                    k += range.count
                }
            }
        }
        mendEdges(of: clip)
    }
}
