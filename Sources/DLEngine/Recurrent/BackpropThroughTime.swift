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

/// Backpropagation through time for a recorded run: for each component k of h_T, one reverse pass
/// (`recurrentBackward` with ∂L/∂h_T = e_k) gives row k of every Jacobian.
public func backpropThroughTime(_ run: RecurrentRun, weights: RecurrentWeights) -> BPTTResult {
    let H = weights.hiddenSize, T = run.steps.count
    let tape = recordRecurrent(weights, input: run.steps.flatMap(\.input), length: T, h0: run.h0, c0: run.c0 ?? [])
    var hJ = Array(repeating: Array(repeating: [Double](repeating: 0, count: H), count: H), count: T + 1)
    var cJ = hJ
    for k in 0..<H {
        var seed = [Double](repeating: 0, count: T * H)
        guard T > 0 else { hJ[0][k][k] = 1; continue }
        seed[(T - 1) * H + k] = 1
        let grads = recurrentBackward(weights, tape: tape, gradOutput: seed)
        for t in 0...T {
            hJ[t][k] = Array(grads.hidden[(t * H)..<((t + 1) * H)])
            if run.kind == .lstm { cJ[t][k] = Array(grads.cell[(t * H)..<((t + 1) * H)]) }
        }
    }
    return BPTTResult(hiddenJacobians: hJ, cellJacobians: run.kind == .lstm ? cJ : nil)
}
