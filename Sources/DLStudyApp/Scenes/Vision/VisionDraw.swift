import DLContent
import DLEngine
import TUIKit

/// Drawing helpers shared by the Vision scenes: labelled number grids, heat glyphs, wrapped text.
enum VisionDraw {
    /// Number text for a grid cell.
    static func number(_ v: Double) -> String { NumberFormat.cell(v) }

    /// The widest number of `values` plus one space.
    static func cellWidth(_ values: [Double], minimum: Int = 2) -> Int {
        max(minimum, values.map { number($0).count }.max() ?? 1) + 1
    }

    /// A plane of a 1×H×W or H×W tensor as rows.
    static func plane(_ t: Tensor) -> (rows: Int, cols: Int, value: (Int, Int) -> Double) {
        let h = t.shape.count >= 2 ? t.shape[t.shape.count - 2] : 1
        let w = t.shape.last ?? 1
        let data = t.data
        return (h, w, { r, c in data[r * w + c] })
    }

    /// The heat glyph for level 0…4 (shade glyphs, or ASCII with --ascii).
    static func heatGlyph(_ level: Int, ascii: Bool) -> Character {
        let glyphs: [Character] = ascii ? [" ", ".", ":", "*", "#"] : [" ", "░", "▒", "▓", "█"]
        return glyphs[min(4, max(0, level))]
    }

    /// The heat role for level 0…4.
    static func heatRole(_ level: Int) -> StyleRole {
        [StyleRole.heat0, .heat1, .heat2, .heat3, .heat4][min(4, max(0, level))]
    }

    /// Level 0…4 of `v` between `low` and `high`.
    static func level(_ v: Double, low: Double, high: Double) -> Int {
        guard high > low else { return v > 0 ? 4 : 0 }
        return min(4, max(0, Int(((v - low) / (high - low) * 4).rounded())))
    }

    /// Draws wrapped text lines from (x, y); returns the row after the last line drawn.
    @discardableResult
    static func wrapped(_ frame: inout Frame, _ text: String, x: Int, y: Int, width: Int, clip: Rect,
                        role: StyleRole = .normal, maxLines: Int = .max) -> Int {
        var row = y
        for line in WrappedText.lines(text, width: max(1, width)).prefix(maxLines) {
            frame.put(line, x: x, y: row, role: role, clip: clip)
            row += 1
        }
        return row
    }

    /// An arrow between stages.
    static func arrow(_ context: SceneContext) -> String { context.ascii ? "->" : "→" }

    /// The multiplication sign.
    static func times(_ context: SceneContext) -> String { context.ascii ? "x" : "×" }
}
