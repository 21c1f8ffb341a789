import DLContent
import DLEngine

extension ForgetPreset {
    /// The forget gate's bias (b_ih part) this preset uses.
    var forgetBias: Double {
        switch self {
        case .normal: 0.5
        case .forget: -8
        case .remember: 8
        }
    }
}

/// The small hand-written cells the lesson scenes start from (input size 1, hidden size 2, so every
/// vector fits on a line). Weights are in PyTorch's layout and gate order.
/// Tests/Fixtures/gen_recurrent_cells.py repeats these numbers for the PyTorch check.
public enum ExampleCells {
    /// The default input sequence of the scenes.
    public static let input: [[Double]] = [[1], [0.5], [-1]]

    /// An LSTM (gates i, f, g, o) whose forget bias follows `preset`.
    public static func lstm(_ preset: ForgetPreset = .normal) -> RecurrentWeights? {
        let b = preset.forgetBias
        // Rows: i (2), f (2), g (2), o (2).
        let wih: [Double] = [0.8, -0.5, 0.6, 0.4, 1.2, -0.9, 0.7, 0.3]
        let whh: [Double] = [0.2, -0.1, 0.1, 0.3,
                             0.1, 0.2, -0.2, 0.1,
                             0.5, -0.3, 0.2, 0.6,
                             -0.1, 0.2, 0.3, -0.2]
        let bih: [Double] = [0.1, 0.2, b, b, 0, 0.1, 0.2, 0]
        return make(.lstm, wih, whh, bih, hidden: 2)
    }

    /// A GRU (gates r, z, n).
    public static func gru() -> RecurrentWeights? {
        let wih: [Double] = [0.6, -0.4, 0.5, -0.3, 1.1, -0.8]
        let whh: [Double] = [0.2, -0.1, 0.1, 0.3,
                             0.1, 0.2, -0.2, 0.1,
                             0.5, -0.3, 0.2, 0.6]
        let bih: [Double] = [0.1, 0, 0.3, -0.2, 0, 0.1]
        let bhh: [Double] = [0, 0.1, 0, 0, 0.1, 0]
        return make(.gru, wih, whh, bih, hidden: 2, bhh: bhh)
    }

    /// A plain tanh RNN with W_hh = `scale` × a rotation (so the scale alone sets how much it stretches).
    public static func rnn(scale: Double = 1, hidden: Int = 2, bias: Bool = true) -> RecurrentWeights? {
        let H = max(1, hidden)
        // A rotation by 0.5 rad in each consecutive pair of coordinates (orthogonal: norm-preserving).
        var whh = [Double](repeating: 0, count: H * H)
        var r = 0
        while r < H {
            if r + 1 < H {
                let (c, s) = (0.8775825618903728 * scale, 0.479425538604203 * scale)
                whh[r * H + r] = c; whh[r * H + r + 1] = -s
                whh[(r + 1) * H + r] = s; whh[(r + 1) * H + r + 1] = c
                r += 2
            } else {
                whh[r * H + r] = scale
                r += 1
            }
        }
        let wih = (0..<H).map { $0 % 2 == 0 ? 0.5 : -0.4 }
        let bih = (0..<H).map { $0 % 2 == 0 && bias ? 0.1 : 0 }
        return make(.rnn, wih, whh, bih, hidden: H)
    }

    /// Builds the weights; the shapes above are consistent, so this only returns nil if they were edited wrongly.
    private static func make(_ kind: RecurrentKind, _ wih: [Double], _ whh: [Double], _ bih: [Double], hidden: Int,
                             bhh: [Double]? = nil) -> RecurrentWeights? {
        let G = kind.gateCount * hidden
        return try? RecurrentWeights(
            kind: kind, weightIH: Tensor(shape: [G, 1], data: wih), weightHH: Tensor(shape: [G, hidden], data: whh),
            biasIH: Tensor(shape: [G], data: bih), biasHH: Tensor(shape: [G], data: bhh ?? [Double](repeating: 0, count: G)))
    }
}
