import Foundation

/// Gradients of the final hidden state h_T with respect to every earlier state.
public struct BPTTResult: Equatable, Sendable {
    /// `hiddenJacobians[t][k][j]` = ∂h_T[k] / ∂h_t[j] for t = 0...T (t = T is the identity).
    public let hiddenJacobians: [[[Double]]]
    /// LSTM only: `cellJacobians[t][k][j]` = ∂h_T[k] / ∂c_t[j] for t = 0...T (through h_t and c_{t+1}).
    public let cellJacobians: [[[Double]]]?

    /// Frobenius norm of each ∂h_T/∂h_t, t = 0...T: shrinking toward t = 0 is a vanishing gradient.
    public var hiddenNorms: [Double] { hiddenJacobians.map(frobenius) }
    /// Frobenius norm of each ∂h_T/∂c_t (LSTM only).
    public var cellNorms: [Double]? { cellJacobians?.map(frobenius) }
}

private func frobenius(_ m: [[Double]]) -> Double {
    (m.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }).squareRoot()
}

/// Backpropagation through time for a recorded run: for each component k of h_T, a reverse pass
/// through every step (through h, and for the LSTM also through c) gives row k of each Jacobian.
public func backpropThroughTime(_ run: RecurrentRun, weights: RecurrentWeights) -> BPTTResult {
    let H = weights.hiddenSize, T = run.steps.count
    let hs = run.hiddenStates, cs = run.cellStates
    var hJ = Array(repeating: Array(repeating: [Double](repeating: 0, count: H), count: H), count: T + 1)
    var cJ = hJ
    for k in 0..<H {
        var dh = [Double](repeating: 0, count: H)
        dh[k] = 1
        var dc = [Double](repeating: 0, count: H)
        for t in stride(from: T, through: 0, by: -1) {
            hJ[t][k] = dh
            // c_t also reaches h_T through h_t = o_t ⊙ tanh(c_t) (c_0 does not: h_0 is given).
            if t > 0, run.kind == .lstm, let c = run.steps[t - 1].c, let o = run.steps[t - 1].gate("o")?.activation {
                cJ[t][k] = (0..<H).map { j in
                    let tc = Foundation.tanh(c[j])
                    return dc[j] + dh[j] * o[j] * (1 - tc * tc)
                }
            } else {
                cJ[t][k] = dc
            }
            if t > 0 {
                (dh, dc) = stepBackward(run.steps[t - 1], weights: weights, hPrev: hs[t - 1], cPrev: cs?[t - 1], dh: dh, dc: dc)
            }
        }
    }
    return BPTTResult(hiddenJacobians: hJ, cellJacobians: run.kind == .lstm ? cJ : nil)
}

/// The vector-Jacobian product of one step: given ∂L/∂h_t and ∂L/∂c_t, returns ∂L/∂h_{t−1}, ∂L/∂c_{t−1}.
func stepBackward(
    _ step: RecurrentStep, weights w: RecurrentWeights, hPrev: [Double], cPrev: [Double]?, dh: [Double], dc: [Double]
) -> (dh: [Double], dc: [Double]) {
    let H = w.hiddenSize
    func act(_ name: String) -> [Double] { step.gate(name)?.activation ?? [Double](repeating: 0, count: H) }
    /// Adds W_hh(gate block)ᵀ · da into `out`.
    func addHH(_ gate: Int, _ da: [Double], into out: inout [Double]) {
        for r in 0..<H where da[r] != 0 {
            for j in 0..<H { out[j] += w.hh(gate: gate, row: r, col: j) * da[r] }
        }
    }
    var dhPrev = [Double](repeating: 0, count: H)
    switch w.kind {
    case .rnn:
        let h = act("h")
        let da = (0..<H).map { dh[$0] * (1 - h[$0] * h[$0]) }
        addHH(0, da, into: &dhPrev)
        return (dhPrev, dc)
    case .lstm:
        let (i, f, g, o) = (act("i"), act("f"), act("g"), act("o"))
        let c = step.c ?? [], cp = cPrev ?? []
        var dcPrev = [Double](repeating: 0, count: H)
        var dai = dhPrev, daf = dhPrev, dag = dhPrev, dao = dhPrev
        for j in 0..<H {
            let tc = Foundation.tanh(c[j])
            let dct = dc[j] + dh[j] * o[j] * (1 - tc * tc)
            dao[j] = dh[j] * tc * o[j] * (1 - o[j])
            dai[j] = dct * g[j] * i[j] * (1 - i[j])
            daf[j] = dct * cp[j] * f[j] * (1 - f[j])
            dag[j] = dct * i[j] * (1 - g[j] * g[j])
            dcPrev[j] = dct * f[j]
        }
        for (gate, da) in [dai, daf, dag, dao].enumerated() { addHH(gate, da, into: &dhPrev) }
        return (dhPrev, dcPrev)
    case .gru:
        let (r, z, n) = (act("r"), act("z"), act("n"))
        let hn = step.gruHiddenCandidate ?? []
        var dar = dhPrev, daz = dhPrev, dhn = dhPrev
        for j in 0..<H {
            dhPrev[j] = dh[j] * z[j]
            let dan = dh[j] * (1 - z[j]) * (1 - n[j] * n[j])
            daz[j] = dh[j] * (hPrev[j] - n[j]) * z[j] * (1 - z[j])
            dar[j] = dan * hn[j] * r[j] * (1 - r[j])
            dhn[j] = dan * r[j]
        }
        addHH(0, dar, into: &dhPrev)
        addHH(1, daz, into: &dhPrev)
        addHH(2, dhn, into: &dhPrev)
        return (dhPrev, dc)
    }
}
