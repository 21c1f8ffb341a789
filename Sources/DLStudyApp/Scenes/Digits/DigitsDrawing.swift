import DLEngine
import TUIKit

/// Text pictures shared by the digits scenes: shaded grids, a curve plot, probability bars.
enum DigitsDrawing {
    /// One row of a grid as shade glyphs between `low` and `high`, two columns per cell (or one).
    static func shades(_ values: ArraySlice<Double>, low: Double, high: Double, ascii: Bool, wide: Bool = true) -> String {
        values.map { v in
            let text = HeatGlyphs.cell(level: HeatGlyphs.level(v, low: low, high: high), ascii: ascii).text
            return wide ? text : String(text.prefix(1))
        }.joined()
    }

    /// The rows of a `side×side` grid stored row by row.
    static func grid(_ values: [Double], side: Int, low: Double, high: Double, ascii: Bool, wide: Bool = true) -> [String] {
        (0..<side).map { shades(values[(side * $0)..<(side * $0 + side)], low: low, high: high, ascii: ascii, wide: wide) }
    }

    /// Places blocks of lines side by side with `gap` spaces, each block padded to its widest line.
    static func sideBySide(_ blocks: [[String]], gap: Int = 2) -> [String] {
        let height = blocks.map(\.count).max() ?? 0
        let widths = blocks.map { $0.map(DisplayWidth.of).max() ?? 0 }
        return (0..<height).map { row in
            blocks.enumerated().map { i, b in DisplayWidth.pad(row < b.count ? b[row] : "", to: widths[i]) }
                .joined(separator: String(repeating: " ", count: gap))
        }
    }

    /// A plot of series with values in [0, 1] (each its own mark), `width`×`height` plus a frame.
    static func plot(_ series: [(values: [Double], mark: Character)], width: Int, height: Int, ascii: Bool) -> [String] {
        let w = max(4, width - 5), h = max(3, height - 1)
        var canvas = Array(repeating: Array(repeating: Character(" "), count: w), count: h)
        for (values, mark) in series where !values.isEmpty {
            // The curve grows from the left; once it has more points than columns, it is sampled.
            let columns = min(w, values.count)
            for c in 0..<columns {
                let i = columns == 1 ? 0 : c * (values.count - 1) / (columns - 1)
                let v = min(1, max(0, values[i]))
                canvas[h - 1 - Int((v * Double(h - 1)).rounded())][c] = mark
            }
        }
        var out: [String] = []
        for (i, row) in canvas.enumerated() {
            let label = i == 0 ? "1.0" : (i == h - 1 ? "0.0" : "   ")
            out.append(label + (ascii ? "|" : "│") + String(row))
        }
        out.append("   " + (ascii ? "+" : "└") + String(repeating: ascii ? "-" : "─", count: w))
        return out
    }

    /// `7 ████████░░  83.1%` bars of the ten class probabilities.
    static func bars(_ probabilities: [Double], width: Int, ascii: Bool) -> [String] {
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        return probabilities.enumerated().map { k, p in
            let n = max(0, min(width, Int((p * Double(width)).rounded())))
            let bar = String(repeating: ascii ? "#" : "█", count: n) + String(repeating: ascii ? "." : "·", count: width - n)
            return "\(k == best ? ">" : " ")\(k) \(bar) " + DisplayWidth.padLeft(NumberFormat.decimal(100 * p, digits: 1), to: 5) + "%"
        }
    }


    /// Draws `lines` top-down into `area`, truncated to its width (what every digits scene draws).
    static func draw(_ lines: [(String, StyleRole)], into frame: inout Frame, area: Rect) {
        var y = area.y
        for (text, role) in lines where y < area.maxY {
            frame.put(DisplayWidth.truncate(text, to: area.width), x: area.x, y: y, role: role, clip: area)
            y += 1
        }
    }

    /// `97.2%`.
    static func percent(_ x: Double) -> String { NumberFormat.decimal(100 * x, digits: 1) + "%" }
}
