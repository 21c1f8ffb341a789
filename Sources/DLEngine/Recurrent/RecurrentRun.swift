import Foundation

/// One gate at one time step: its pre-activation and its activation, in the order computed.
public struct GateStep: Equatable, Sendable {
    /// "i", "f", "g", "o" (LSTM), "r", "z", "n" (GRU) or "h" (RNN).
    public let name: String
    public let preActivation: [Double]
    public let activation: [Double]
}

/// One time step of a recurrent cell.
public struct RecurrentStep: Equatable, Sendable {
    /// Time index, from 1 (h_0 is the initial state).
    public let t: Int
    public let input: [Double]
    /// The gates in computation order (LSTM i, f, g, o; GRU r, z, n; RNN the single tanh "h").
    public let gates: [GateStep]
    /// GRU only: W_hn·h + b_hn, the part that r multiplies.
    public let gruHiddenCandidate: [Double]?
    /// LSTM only: the new cell state c_t = f⊙c_{t−1} + i⊙g.
    public let c: [Double]?
    /// The new hidden state h_t.
    public let h: [Double]

    /// The gate called `name`, if the cell has it.
    public func gate(_ name: String) -> GateStep? { gates.first { $0.name == name } }
}

/// A whole sequence run: the initial state and every step.
public struct RecurrentRun: Equatable, Sendable {
    public let kind: RecurrentKind
    public let h0: [Double]
    /// LSTM only.
    public let c0: [Double]?
    public let steps: [RecurrentStep]

    /// The final hidden state h_T (h_0 for an empty sequence).
    public var h: [Double] { steps.last?.h ?? h0 }
    /// The final cell state c_T (LSTM only).
    public var c: [Double]? { kind == .lstm ? (steps.last?.c ?? c0) : nil }
    /// Hidden states h_0 ... h_T.
    public var hiddenStates: [[Double]] { [h0] + steps.map(\.h) }
    /// Cell states c_0 ... c_T (LSTM only).
    public var cellStates: [[Double]]? { c0.map { c0 in [c0] + steps.compactMap(\.c) } }
}

/// Runs an RNN (tanh), LSTM or GRU over `input` (`T×I`) from `h0` and `c0` (zeros when nil), as
/// `torch.nn.RNN/LSTM/GRU` with one layer, unbatched.
public func runRecurrent(
    _ weights: RecurrentWeights, input: Tensor, h0: [Double]? = nil, c0: [Double]? = nil
) throws(EngineError) -> RecurrentRun {
    let (H, I) = (weights.hiddenSize, weights.inputSize)
    guard input.rank == 2, input.shape[1] == I else {
        throw EngineError("input must be T×I with I = \(I) (weight_ih columns), got \(describe(shape: input.shape))")
    }
    let h0 = h0 ?? Array(repeating: 0, count: H)
    guard h0.count == H else { throw EngineError("h0 must have \(H) values (hidden size), got \(h0.count)") }
    var c0Used: [Double]? = nil
    if weights.kind == .lstm {
        let c = c0 ?? Array(repeating: 0, count: H)
        guard c.count == H else { throw EngineError("c0 must have \(H) values (hidden size), got \(c.count)") }
        c0Used = c
    } else if c0 != nil {
        throw EngineError("c0 is only for lstm, not \(weights.kind.rawValue)")
    }
    try Check.work([input.shape[0], weights.kind.gateCount, weights.hiddenSize, weights.hiddenSize + weights.inputSize], weights.kind.rawValue)
    var h = h0, c = c0Used ?? []
    var steps: [RecurrentStep] = []
    for t in 0..<input.shape[0] {
        let x = input.data[(t * I)..<((t + 1) * I)]
        let step = cellStep(weights, x: x, h: h, c: c, t: t + 1)
        steps.append(step)
        h = step.h
        c = step.c ?? []
    }
    return RecurrentRun(kind: weights.kind, h0: h0, c0: c0Used, steps: steps)
}

/// One step of the cell: every gate's pre-activation then activation, then c and h.
func cellStep(_ w: RecurrentWeights, x: ArraySlice<Double>, h: [Double], c: [Double], t: Int) -> RecurrentStep {
    func gate(_ k: Int, _ name: String, _ f: (Double) -> Double) -> GateStep {
        let pre = zip(w.inputPart(gate: k, x), w.hiddenPart(gate: k, h)).map { $0 + $1 }
        return GateStep(name: name, preActivation: pre, activation: pre.map(f))
    }
    let input = Array(x)
    switch w.kind {
    case .rnn:
        let g = gate(0, "h", Foundation.tanh)
        return RecurrentStep(t: t, input: input, gates: [g], gruHiddenCandidate: nil, c: nil, h: g.activation)
    case .lstm:
        let i = gate(0, "i", sigmoid), f = gate(1, "f", sigmoid)
        let g = gate(2, "g", Foundation.tanh), o = gate(3, "o", sigmoid)
        let newC = (0..<w.hiddenSize).map { f.activation[$0] * c[$0] + i.activation[$0] * g.activation[$0] }
        let newH = (0..<w.hiddenSize).map { o.activation[$0] * Foundation.tanh(newC[$0]) }
        return RecurrentStep(t: t, input: input, gates: [i, f, g, o], gruHiddenCandidate: nil, c: newC, h: newH)
    case .gru:
        let r = gate(0, "r", sigmoid), z = gate(1, "z", sigmoid)
        let hn = w.hiddenPart(gate: 2, h)
        let pre = zip(w.inputPart(gate: 2, x), zip(r.activation, hn).map { $0 * $1 }).map { $0 + $1 }
        let n = GateStep(name: "n", preActivation: pre, activation: pre.map { Foundation.tanh($0) })
        let newH = (0..<w.hiddenSize).map { (1 - z.activation[$0]) * n.activation[$0] + z.activation[$0] * h[$0] }
        return RecurrentStep(t: t, input: input, gates: [r, z, n], gruHiddenCandidate: hn, c: nil, h: newH)
    }
}
