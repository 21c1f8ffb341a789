import Foundation

/// What `torch.autograd` gives for one recurrent layer run over a sequence: the gradient of a loss
/// with respect to the input, every parameter and the initial state, plus ∂L/∂h_t for every t.
public struct RecurrentGradients: Equatable, Sendable {
    /// ∂L/∂x_t, T×I.
    public var input: [Double]
    /// ∂L/∂weight_ih, (G·H)×I, and ∂L/∂weight_hh, (G·H)×H.
    public var weightIH: [Double], weightHH: [Double]
    /// ∂L/∂bias_ih and ∂L/∂bias_hh (G·H each); nil when the layer has no bias.
    public var biasIH: [Double]?, biasHH: [Double]?
    /// ∂L/∂h_t for t = 0…T, (T+1)×H: the whole gradient reaching h_t, from its own output and from
    /// every later step. Row 0 is ∂L/∂h_0.
    public var hidden: [Double]
    /// LSTM: ∂L/∂c_t for t = 0…T, (T+1)×H (row 0 is ∂L/∂c_0); empty for the other cells.
    public var cell: [Double]

    /// ∂L/∂h_0.
    public var h0: [Double] { Array(hidden.prefix(hiddenSize)) }
    /// LSTM: ∂L/∂c_0; nil for the other cells.
    public var c0: [Double]? { cell.isEmpty ? nil : Array(cell.prefix(hiddenSize)) }
    /// The hidden size H.
    public let hiddenSize: Int

    /// ‖∂L/∂h_t‖ (Euclidean) for t = 0…T.
    public var hiddenNorms: [Double] {
        stride(from: 0, to: hidden.count, by: hiddenSize).map { start in
            hidden[start..<(start + hiddenSize)].reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
    }
}

/// Backpropagation through time: given ∂L/∂h_t for every step's output (`gradOutput`, T×H, as
/// `nn.RNN/LSTM/GRU`'s output for an unbatched input), walks the tape from t = T down to 1, one
/// step's vector-Jacobian product at a time, summing each step's share of the parameter gradients.
///
/// Per step, with a = the gate pre-activations: the gradient reaching h_t is its own output's plus
/// what step t+1 sent back; the gate derivatives (tanh′ = 1 − tanh², σ′ = σ(1 − σ)) turn it into ∂L/∂a;
/// then ∂W_ih += ∂a·x_tᵀ, ∂W_hh += ∂a·h_{t−1}ᵀ, ∂b += ∂a, ∂x_t = W_ihᵀ·∂a, ∂h_{t−1} = W_hhᵀ·∂a
/// (+ the LSTM's and GRU's direct paths). For the GRU the hidden side of n is r⊙(W_hn·h + b_hn), so its
/// ∂a on the hidden side is ∂a_n ⊙ r while the input side keeps ∂a_n.
public func recurrentBackward(_ w: RecurrentWeights, tape: RecurrentTape, gradOutput: [Double]) -> RecurrentGradients {
    let (T, H, I, G) = (tape.length, w.hiddenSize, w.inputSize, w.kind.gateCount)
    let wih = w.weightIH.data, whh = w.weightHH.data
    var dWih = [Double](repeating: 0, count: G * H * I), dWhh = [Double](repeating: 0, count: G * H * H)
    var db = [Double](repeating: 0, count: G * H), dbh = db
    var dx = [Double](repeating: 0, count: T * I)
    var dhAll = [Double](repeating: 0, count: (T + 1) * H)
    var dcAll = w.kind == .lstm ? dhAll : []
    var dh = [Double](repeating: 0, count: H)      // ∂L/∂h_t arriving from step t+1
    var dc = dh                                     // LSTM: ∂L/∂c_t arriving from step t+1
    var dgi = [Double](repeating: 0, count: G * H)  // ∂L/∂(input side of the pre-activations)
    var dgh = dgi                                   // ∂L/∂(hidden side)
    for t in stride(from: T, to: 0, by: -1) {
        let s = t - 1, a0 = s * G * H, hp = s * H, hn = t * H
        for j in 0..<H { dh[j] += gradOutput[s * H + j] }
        for j in 0..<H { dhAll[hn + j] = dh[j] }
        var dhPrev = [Double](repeating: 0, count: H)
        let act = tape.activations
        switch w.kind {
        case .rnn:
            for j in 0..<H {
                let h = act[a0 + j]
                dgi[j] = dh[j] * (1 - h * h)
                dgh[j] = dgi[j]
            }
        case .lstm:
            for j in 0..<H {
                let i = act[a0 + j], f = act[a0 + H + j], g = act[a0 + 2 * H + j], o = act[a0 + 3 * H + j]
                let tc = Foundation.tanh(tape.cell[hn + j])
                let dct = dc[j] + dh[j] * o * (1 - tc * tc)
                dcAll[hn + j] = dct
                dgi[j] = dct * g * i * (1 - i)
                dgi[H + j] = dct * tape.cell[hp + j] * f * (1 - f)
                dgi[2 * H + j] = dct * i * (1 - g * g)
                dgi[3 * H + j] = dh[j] * tc * o * (1 - o)
                dc[j] = dct * f
            }
            for row in 0..<(4 * H) { dgh[row] = dgi[row] }
        case .gru:
            for j in 0..<H {
                let r = act[a0 + j], z = act[a0 + H + j], n = act[a0 + 2 * H + j]
                let hPrev = tape.hidden[hp + j]
                dhPrev[j] = dh[j] * z
                let dan = dh[j] * (1 - z) * (1 - n * n)
                dgi[j] = dan * tape.gruHiddenCandidate[hp + j] * r * (1 - r)
                dgi[H + j] = dh[j] * (hPrev - n) * z * (1 - z)
                dgi[2 * H + j] = dan
                dgh[j] = dgi[j]
                dgh[H + j] = dgi[H + j]
                dgh[2 * H + j] = dan * r
            }
        }
        for row in 0..<(G * H) {
            let gi = dgi[row], gh = dgh[row]
            db[row] += gi
            dbh[row] += gh
            for j in 0..<I {
                dWih[row * I + j] += gi * tape.input[s * I + j]
                dx[s * I + j] += wih[row * I + j] * gi
            }
            for j in 0..<H {
                dWhh[row * H + j] += gh * tape.hidden[hp + j]
                dhPrev[j] += whh[row * H + j] * gh
            }
        }
        dh = dhPrev
    }
    for j in 0..<H { dhAll[j] = dh[j] }
    if w.kind == .lstm { for j in 0..<H { dcAll[j] = dc[j] } }
    return RecurrentGradients(
        input: dx, weightIH: dWih, weightHH: dWhh,
        biasIH: w.biasIH == nil ? nil : db, biasHH: w.biasHH == nil ? nil : dbh,
        hidden: dhAll, cell: dcAll, hiddenSize: H)
}
