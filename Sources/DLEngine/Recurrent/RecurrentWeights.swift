/// Which recurrent cell: PyTorch's `nn.RNN` (tanh), `nn.LSTM` or `nn.GRU`.
public enum RecurrentKind: String, Equatable, Sendable, CaseIterable {
    case rnn, lstm, gru

    /// How many stacked gate blocks the weights hold: 1, 4 (i, f, g, o) or 3 (r, z, n).
    public var gateCount: Int {
        switch self {
        case .rnn: 1
        case .lstm: 4
        case .gru: 3
        }
    }

    /// Gate names in PyTorch's stacking order.
    public var gateNames: [String] {
        switch self {
        case .rnn: ["h"]
        case .lstm: ["i", "f", "g", "o"]
        case .gru: ["r", "z", "n"]
        }
    }
}

/// The weights of one recurrent layer in PyTorch's layout: `weight_ih` (G·H)×I, `weight_hh` (G·H)×H,
/// `bias_ih` and `bias_hh` of G·H each (nil means `bias=False`).
public struct RecurrentWeights: Equatable, Sendable {
    public let kind: RecurrentKind
    public let weightIH: Tensor, weightHH: Tensor
    public let biasIH: Tensor?, biasHH: Tensor?
    /// The hidden size H.
    public let hiddenSize: Int
    /// The input size I.
    public let inputSize: Int

    /// Checks the shapes against each other and the gate count of `kind`.
    public init(kind: RecurrentKind, weightIH: Tensor, weightHH: Tensor, biasIH: Tensor? = nil, biasHH: Tensor? = nil) throws(EngineError) {
        let g = kind.gateCount
        guard weightHH.rank == 2, weightHH.shape[0] > 0, weightHH.shape[0] == g * weightHH.shape[1] else {
            throw EngineError("weight_hh for \(kind.rawValue) must be \(g)H×H, got \(describe(shape: weightHH.shape))")
        }
        let h = weightHH.shape[1]
        guard weightIH.rank == 2, weightIH.shape[0] == g * h, weightIH.shape[1] > 0 else {
            throw EngineError("weight_ih for \(kind.rawValue) must be \(g * h)×I (\(g)H×I with H = \(h)), got \(describe(shape: weightIH.shape))")
        }
        for (b, name) in [(biasIH, "bias_ih"), (biasHH, "bias_hh")] {
            if let b, b.shape != [g * h] {
                throw EngineError("\(name) for \(kind.rawValue) must have \(g * h) values (\(g)H with H = \(h)), got \(describe(shape: b.shape))")
            }
        }
        self.kind = kind
        self.weightIH = weightIH; self.weightHH = weightHH
        self.biasIH = biasIH; self.biasHH = biasHH
        self.hiddenSize = h
        self.inputSize = weightIH.shape[1]
    }
}

extension RecurrentWeights {
    /// For shapes the engine built itself (a model's own buffers): no checks.
    init(checkedKind kind: RecurrentKind, weightIH: Tensor, weightHH: Tensor, biasIH: Tensor?, biasHH: Tensor?) {
        self.kind = kind
        self.weightIH = weightIH; self.weightHH = weightHH
        self.biasIH = biasIH; self.biasHH = biasHH
        self.hiddenSize = weightHH.shape[1]
        self.inputSize = weightIH.shape[1]
    }
}
