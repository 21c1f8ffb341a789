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
    RecurrentRun(tape: try recordRecurrent(weights, input: input, h0: h0, c0: c0))
}

/// `runRecurrent`'s checks, then the flat record of the pass that backpropagation reads.
public func recordRecurrent(
    _ weights: RecurrentWeights, input: Tensor, h0: [Double]? = nil, c0: [Double]? = nil
) throws(EngineError) -> RecurrentTape {
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
    return recordRecurrent(weights, input: input.data, length: input.shape[0], h0: h0, c0: c0Used ?? [])
}
