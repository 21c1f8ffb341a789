import Foundation

/// How `cross_entropy` combines the per-sample losses (PyTorch's `reduction`).
public enum LossReduction: String, Sendable, CaseIterable {
    case mean, sum
}

/// The loss and its gradient to the logits.
public struct CrossEntropyResult: Equatable, Sendable {
    public let loss: Double
    /// ∂loss/∂logits, `N×C`.
    public let gradInput: Tensor
    /// The log-probabilities `log_softmax(logits)`, `N×C`.
    public let logProbabilities: Tensor
}

/// `torch.nn.functional.cross_entropy(input, target, reduction)` for `N×C` logits and `N` class indices:
/// log-softmax along the classes, then the negative log-likelihood of each target, summed or averaged.
///
/// The gradient is PyTorch's: NLL sends `−1` (or `−1/N` for the mean) to each target's log-probability,
/// and log-softmax turns an upstream `u` into `u − softmax·Σu`, i.e. `(softmax − onehot)/N`.
public func crossEntropy(_ logits: Tensor, targets: [Int], reduction: LossReduction = .mean) throws(EngineError) -> CrossEntropyResult {
    guard logits.rank == 2, logits.shape[0] > 0, logits.shape[1] > 0 else {
        throw EngineError("cross_entropy input must be N×C logits, got shape \(describe(shape: logits.shape))")
    }
    let (n, c) = (logits.shape[0], logits.shape[1])
    guard targets.count == n else {
        throw EngineError("cross_entropy target must hold \(n) class indices (one per row of input), got \(targets.count)")
    }
    if let (row, bad) = targets.enumerated().first(where: { $0.element < 0 || $0.element >= c }) {
        throw EngineError("cross_entropy target \(row) is \(bad), outside the classes 0…\(c - 1)")
    }
    var logp = [Double](repeating: 0, count: n * c)
    for r in 0..<n {
        let row = logits.data[(r * c)..<((r + 1) * c)]
        let m = row.max() ?? 0
        var sum = 0.0
        for v in row { sum += exp(v - m) }
        let shift = m + log(sum)
        for k in 0..<c { logp[r * c + k] = logits.data[r * c + k] - shift }
    }
    var total = 0.0
    for r in 0..<n { total += -logp[r * c + targets[r]] }
    let scale = reduction == .mean ? 1 / Double(n) : 1
    let loss = reduction == .mean ? total / Double(n) : total
    // Upstream of log-softmax: −scale at each target, 0 elsewhere; Σu over a row is −scale.
    var gx = [Double](repeating: 0, count: n * c)
    for r in 0..<n {
        for k in 0..<c {
            let u = k == targets[r] ? -scale : 0
            gx[r * c + k] = u - exp(logp[r * c + k]) * -scale
        }
    }
    return CrossEntropyResult(
        loss: loss, gradInput: Tensor(uncheckedShape: logits.shape, data: gx),
        logProbabilities: Tensor(uncheckedShape: logits.shape, data: logp))
}
