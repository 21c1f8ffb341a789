import TUIKit

/// A colah-style LSTM cell in box-drawing characters: the cell state runs across the top like a
/// conveyor belt, the four layers (σ, σ, tanh, σ) sit at the bottom reading [h_{t−1}, x_t], and ×
/// and + junctions join them. Each stage lights up the parts that compute it.
enum LSTMDiagram {
    static let width = 35
    static let height = 9

    static let rows: [String] = [
        "Cₜ₋₁ ────(×)──────(+)────────┬─▶ Cₜ",
        "          ▲        ▲         │",
        "          │   ┌──▶(×)       tanh",
        "          │   │    ▲         ▼",
        "          │   │    │     ┌─▶(×)─▶hₜ",
        "         [σ] [σ] [tanh] [σ]",
        "          ▲   ▲    ▲     ▲",
        "[hₜ₋₁,xₜ]─┴───┴────┴─────┘",
        "          f   i    C̃     o",
    ]

    /// Cells lit by each LSTM stage (f, i, C̃, C, o, h): (row, first column, last column).
    static let parts: [[(Int, Int, Int)]] = [
        [(0, 9, 11), (1, 10, 10), (2, 10, 10), (3, 10, 10), (4, 10, 10), (5, 9, 11), (6, 10, 10), (8, 10, 10)],
        [(2, 14, 17), (3, 14, 14), (4, 14, 14), (5, 13, 15), (6, 14, 14), (8, 14, 14)],
        [(2, 18, 20), (3, 19, 19), (4, 19, 19), (5, 17, 22), (6, 19, 19), (8, 19, 19)],
        [(0, 4, 34), (1, 19, 19)],
        [(4, 25, 27), (5, 24, 26), (6, 25, 25), (8, 25, 25)],
        [(1, 29, 29), (2, 27, 30), (3, 29, 29), (4, 28, 34)],
    ]

    /// Draws the diagram at (x, y); stages before `stage` are shown as done, `stage` highlighted.
    static func draw(into frame: inout Frame, x: Int, y: Int, stage: Int, clip: Rect, ascii: Bool) {
        for (r, row) in rows.enumerated() {
            frame.put(ascii ? fold(row) : row, x: x, y: y + r, role: .border, clip: clip)
        }
        frame.restyle(Rect(x: x, y: y + 7, width: 26, height: 1).intersection(clip), role: .accent)
        for (index, cells) in parts.enumerated() where index <= stage {
            let role: StyleRole = index == stage ? .highlight : .strong
            for (r, a, b) in cells {
                frame.restyle(Rect(x: x + a, y: y + r, width: b - a + 1, height: 1).intersection(clip), role: role)
            }
        }
    }

    /// The diagram in ASCII, keeping every column where it is.
    static func fold(_ row: String) -> String {
        let map: [Character: Character] = ["─": "-", "│": "|", "┌": "+", "┬": "+", "┴": "+", "┘": "+", "▲": "^", "▼": "v",
                                           "▶": ">", "×": "x", "σ": "s", "ₜ": "t", "₋": "-", "₁": "1", "C\u{303}": "C"]
        return String(row.map { map[$0] ?? $0 })
    }
}
