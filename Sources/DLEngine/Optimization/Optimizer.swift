import Foundation

/// Which update rule an optimiser applies, with PyTorch's hyper-parameter names and defaults.
public enum OptimizerKind: Equatable, Sendable {
    /// `torch.optim.SGD(lr, momentum, weight_decay)` (dampening 0, no Nesterov).
    case sgd(lr: Double, momentum: Double = 0, weightDecay: Double = 0)
    /// `torch.optim.Adam(lr, betas, eps, weight_decay)` (no amsgrad).
    case adam(lr: Double, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0)
}

/// An optimiser over flat parameter buffers, following `torch.optim`'s update formulas operation by
/// operation (so a run matches PyTorch's float64 trajectory to rounding).
///
/// Parameters are addressed by position: `step(&parameters, gradients)` takes the same list of
/// buffers, in the same order and with the same lengths, on every call.
public struct Optimizer: Sendable {
    /// The update rule and its hyper-parameters.
    public var kind: OptimizerKind
    private var firstMoment: [[Double]] = []   // SGD momentum buffer, or Adam's exp_avg
    private var secondMoment: [[Double]] = []  // Adam's exp_avg_sq
    private var steps = 0

    public init(_ kind: OptimizerKind) { self.kind = kind }

    /// The number of updates applied so far.
    public var stepCount: Int { steps }

    /// Applies one update in place. Buffers whose gradient is missing or of another length are left alone.
    public mutating func step(_ parameters: inout [[Double]], _ gradients: [[Double]]) {
        if firstMoment.count != parameters.count {
            firstMoment = parameters.map { [Double](repeating: 0, count: $0.count) }
            secondMoment = firstMoment
        }
        steps += 1
        for p in parameters.indices where p < gradients.count && gradients[p].count == parameters[p].count {
            switch kind {
            case let .sgd(lr, momentum, weightDecay):
                for i in parameters[p].indices {
                    var g = gradients[p][i]
                    if weightDecay != 0 { g += weightDecay * parameters[p][i] }
                    if momentum != 0 {
                        // torch: the first step copies the gradient into the buffer; later ones buf·m + g.
                        let buf = steps == 1 ? g : firstMoment[p][i] * momentum + g
                        firstMoment[p][i] = buf
                        g = buf
                    }
                    parameters[p][i] -= lr * g
                }
            case let .adam(lr, beta1, beta2, eps, weightDecay):
                let t = Double(steps)
                let biasCorrection1 = 1 - pow(beta1, t)
                let biasCorrection2 = 1 - pow(beta2, t)
                let stepSize = lr / biasCorrection1
                let bc2Sqrt = biasCorrection2.squareRoot()
                for i in parameters[p].indices {
                    var g = gradients[p][i]
                    if weightDecay != 0 { g += weightDecay * parameters[p][i] }
                    // torch's lerp_(grad, 1 - beta1) and mul_(beta2).addcmul_(grad, grad, 1 - beta2)
                    firstMoment[p][i] += (g - firstMoment[p][i]) * (1 - beta1)
                    secondMoment[p][i] = secondMoment[p][i] * beta2 + (1 - beta2) * g * g
                    let denom = secondMoment[p][i].squareRoot() / bc2Sqrt + eps
                    parameters[p][i] -= stepSize * (firstMoment[p][i] / denom)
                }
            }
        }
    }
}
