import DLEngine
import TUIKit

/// A colah-style cell in box-drawing characters. LSTM: the cell state runs across the top like a
/// conveyor belt, the four layers (σ, σ, tanh, σ) sit at the bottom reading [h_{t−1}, x_t], and ×
/// and + junctions join them. GRU: h_{t−1} runs across the top, kept by z and mixed with the
/// candidate by (1 − z). Each stage lights up the parts that compute it.
struct CellDiagram: Sendable {
    let rows: [String]
    /// Cells lit by each stage, in stage order: (row, first column, last column).
    let parts: [[(Int, Int, Int)]]
    /// The row and width of the [h_{t−1}, x_t] input line.
    let inputRow: (row: Int, width: Int)
    /// The widest row's columns (measured once: the diagrams are constants).
    let width: Int
    var height: Int { rows.count }

    init(rows: [String], parts: [[(Int, Int, Int)]], inputRow: (row: Int, width: Int)) {
        self.rows = rows
        self.parts = parts
        self.inputRow = inputRow
        width = rows.map { DisplayWidth.of($0) }.max() ?? 0
    }

    /// The diagram of `kind` (nil for the plain RNN, which has its own rolled picture).
    static func of(_ kind: RecurrentKind) -> CellDiagram? {
        switch kind {
        case .lstm: lstm
        case .gru: gru
        case .rnn: nil
        }
    }

    static let lstm = CellDiagram(rows: [
        "Cₜ₋₁ ────(×)──────(+)────────┬─▶ Cₜ",
        "          ▲        ▲         │",
        "          │   ┌──▶(×)       tanh",
        "          │   │    ▲         ▼",
        "          │   │    │     ┌─▶(×)─▶hₜ",
        "         [σ] [σ] [tanh] [σ]",
        "          ▲   ▲    ▲     ▲",
        "[hₜ₋₁,xₜ]─┴───┴────┴─────┘",
        "          f   i    C̃     o",
    ], parts: [
        [(0, 9, 11), (1, 10, 10), (2, 10, 10), (3, 10, 10), (4, 10, 10), (5, 9, 11), (6, 10, 10), (8, 10, 10)],
        [(2, 14, 17), (3, 14, 14), (4, 14, 14), (5, 13, 15), (6, 14, 14), (8, 14, 14)],
        [(2, 18, 20), (3, 19, 19), (4, 19, 19), (5, 17, 22), (6, 19, 19), (8, 19, 19)],
        [(0, 4, 34), (1, 19, 19)],
        [(4, 25, 27), (5, 24, 26), (6, 25, 25), (8, 25, 25)],
        [(1, 29, 29), (2, 27, 30), (3, 29, 29), (4, 28, 34)],
    ], inputRow: (7, 26))

    static let gru = CellDiagram(rows: [
        "hₜ₋₁ ─┬────────(×)───────────(+)─▶ hₜ",
        "      │         ▲z            ▲",
        "      │         ├──▶(1−)────▶(×)",
        "      │         │             ▲h̃",
        "      └──▶(×)───┼──────────▶[tanh]",
        "           ▲    │             ▲",
        "          [σ]  [σ]            │",
        "           ▲    ▲             │",
        "[hₜ₋₁,xₜ]──┴────┴─────────────┘",
        "           r    z             h̃",
    ], parts: [
        [(5, 11, 11), (6, 10, 12), (7, 11, 11), (9, 11, 11)],
        [(1, 16, 17), (2, 16, 16), (3, 16, 16), (4, 16, 16), (5, 16, 16), (6, 15, 17), (7, 16, 16), (9, 16, 16)],
        [(3, 31, 31), (4, 6, 32), (5, 30, 30), (6, 30, 30), (7, 30, 30), (9, 30, 30)],
        [(0, 0, 36), (1, 30, 30), (2, 17, 31), (3, 30, 30)],
    ], inputRow: (8, 31))

    /// Draws the diagram at (x, y); stages before `stage` are shown as done, `stage` highlighted.
    func draw(into frame: inout Frame, x: Int, y: Int, stage: Int, clip: Rect, ascii: Bool) {
        for (r, row) in rows.enumerated() {
            frame.put(ascii ? Self.fold(row) : row, x: x, y: y + r, role: .border, clip: clip)
        }
        frame.restyle(Rect(x: x, y: y + inputRow.row, width: inputRow.width, height: 1).intersection(clip), role: .accent)
        for (index, cells) in parts.enumerated() where index <= stage {
            let role: StyleRole = index == stage ? .highlight : .strong
            for (r, a, b) in cells {
                frame.restyle(Rect(x: x + a, y: y + r, width: b - a + 1, height: 1).intersection(clip), role: role)
            }
        }
    }

    /// A diagram row in ASCII, keeping every column where it is.
    static func fold(_ row: String) -> String {
        let map: [Character: Character] = ["─": "-", "│": "|", "┌": "+", "┬": "+", "┴": "+", "┘": "+", "└": "+", "├": "+", "┼": "+",
                                           "▲": "^", "▼": "v", "▶": ">", "◀": "<", "×": "x", "σ": "s", "ₜ": "t", "₋": "-", "₁": "1",
                                           "−": "-", "C\u{303}": "C", "h\u{303}": "h"]
        return String(row.map { map[$0] ?? $0 })
    }
}
