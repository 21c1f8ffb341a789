import Foundation

/// Everything one forward pass over a sequence computed, in flat step-major arrays: what
/// backpropagation through time reads back (`recurrentBackward`) and what `RecurrentRun` shows.
public struct RecurrentTape: Equatable, Sendable {
    public let kind: RecurrentKind
    /// Sequence length T, hidden size H, input size I.
    public let length: Int, hiddenSize: Int, inputSize: Int
    /// The input x_1…x_T, T×I.
    public let input: [Double]
    /// Gate pre-activations, T×(G·H) in PyTorch's gate order (GRU n: W_in·x + b_in + r⊙(W_hn·h + b_hn)).
    public var preActivations: [Double]
    /// Gate activations (σ or tanh of the pre-activations), T×(G·H).
    public var activations: [Double]
    /// h_0…h_T, (T+1)×H.
    public var hidden: [Double]
    /// LSTM: c_0…c_T, (T+1)×H; empty for the other cells.
    public var cell: [Double]
    /// GRU: W_hn·h_{t−1} + b_hn per step (the part r multiplies), T×H; empty for the other cells.
    public var gruHiddenCandidate: [Double]

    /// h_t for t = 0…T.
    public func h(_ t: Int) -> ArraySlice<Double> { hidden[(t * hiddenSize)..<((t + 1) * hiddenSize)] }
    /// The final hidden state h_T.
    public var finalHidden: [Double] { Array(h(length)) }
}

/// Runs the cell over `input` (T×I flat, `length` steps) from `h0` and `c0`, recording every
/// intermediate. The loops follow PyTorch's equations term by term (readable reference; no checks:
/// callers validate sizes, as `runRecurrent` does).
public func recordRecurrent(
    _ w: RecurrentWeights, input: [Double], length T: Int, h0: [Double], c0: [Double]
) -> RecurrentTape {
    let (H, I, G) = (w.hiddenSize, w.inputSize, w.kind.gateCount)
    let wih = w.weightIH.data, whh = w.weightHH.data
    let bih = w.biasIH?.data, bhh = w.biasHH?.data
    var tape = RecurrentTape(
        kind: w.kind, length: T, hiddenSize: H, inputSize: I, input: input,
        preActivations: [Double](repeating: 0, count: T * G * H), activations: [Double](repeating: 0, count: T * G * H),
        hidden: [Double](repeating: 0, count: (T + 1) * H),
        cell: w.kind == .lstm ? [Double](repeating: 0, count: (T + 1) * H) : [],
        gruHiddenCandidate: w.kind == .gru ? [Double](repeating: 0, count: T * H) : [])
    for j in 0..<H { tape.hidden[j] = h0[j] }
    if w.kind == .lstm { for j in 0..<H { tape.cell[j] = c0[j] } }
    var gi = [Double](repeating: 0, count: G * H), gh = gi
    for t in 0..<T {
        let x0 = t * I, hp = t * H, hn = (t + 1) * H, a0 = t * G * H
        // gi = W_ih·x_t + b_ih and gh = W_hh·h_{t−1} + b_hh, every gate block at once.
        for row in 0..<(G * H) {
            var si = 0.0
            for j in 0..<I { si += wih[row * I + j] * input[x0 + j] }
            var sh = 0.0
            for j in 0..<H { sh += whh[row * H + j] * tape.hidden[hp + j] }
            gi[row] = si + (bih?[row] ?? 0)
            gh[row] = sh + (bhh?[row] ?? 0)
        }
        switch w.kind {
        case .rnn:
            for j in 0..<H {
                let a = gi[j] + gh[j]
                tape.preActivations[a0 + j] = a
                tape.activations[a0 + j] = Foundation.tanh(a)
                tape.hidden[hn + j] = tape.activations[a0 + j]
            }
        case .lstm:
            for row in 0..<(4 * H) {
                let a = gi[row] + gh[row]
                tape.preActivations[a0 + row] = a
                tape.activations[a0 + row] = row / H == 2 ? Foundation.tanh(a) : sigmoid(a)
            }
            for j in 0..<H {
                let i = tape.activations[a0 + j], f = tape.activations[a0 + H + j]
                let g = tape.activations[a0 + 2 * H + j], o = tape.activations[a0 + 3 * H + j]
                let c = f * tape.cell[hp + j] + i * g
                tape.cell[hn + j] = c
                tape.hidden[hn + j] = o * Foundation.tanh(c)
            }
        case .gru:
            for row in 0..<(2 * H) {
                let a = gi[row] + gh[row]
                tape.preActivations[a0 + row] = a
                tape.activations[a0 + row] = sigmoid(a)
            }
            for j in 0..<H {
                let r = tape.activations[a0 + j], z = tape.activations[a0 + H + j]
                let candidate = gh[2 * H + j]
                tape.gruHiddenCandidate[hp + j] = candidate
                let a = gi[2 * H + j] + r * candidate
                let n = Foundation.tanh(a)
                tape.preActivations[a0 + 2 * H + j] = a
                tape.activations[a0 + 2 * H + j] = n
                tape.hidden[hn + j] = (1 - z) * n + z * tape.hidden[hp + j]
            }
        }
    }
    return tape
}

extension RecurrentRun {
    /// The run a tape records, step by step with named gates (for scenes and `compute`).
    public init(tape: RecurrentTape) {
        let (H, I, G) = (tape.hiddenSize, tape.inputSize, tape.kind.gateCount)
        let steps = (0..<tape.length).map { t -> RecurrentStep in
            let gates = tape.kind.gateNames.enumerated().map { k, name in
                let range = (t * G * H + k * H)..<(t * G * H + (k + 1) * H)
                return GateStep(name: name, preActivation: Array(tape.preActivations[range]), activation: Array(tape.activations[range]))
            }
            let next = ((t + 1) * H)..<((t + 2) * H)
            return RecurrentStep(
                t: t + 1, input: Array(tape.input[(t * I)..<((t + 1) * I)]), gates: gates,
                gruHiddenCandidate: tape.kind == .gru ? Array(tape.gruHiddenCandidate[(t * H)..<((t + 1) * H)]) : nil,
                c: tape.kind == .lstm ? Array(tape.cell[next]) : nil, h: Array(tape.hidden[next]))
        }
        self.init(
            kind: tape.kind, h0: Array(tape.h(0)), c0: tape.kind == .lstm ? Array(tape.cell[0..<H]) : nil, steps: steps)
    }
}
