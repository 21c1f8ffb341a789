import Foundation

/// A recurrent layer (input size 1) followed by a linear read-out of h_T into two classes, with
/// its parameters as flat buffers in PyTorch's order: weight_ih, weight_hh, bias_ih, bias_hh, then the
/// read-out's weight (2×H) and bias (2), ready for `Optimizer.step`.
public struct SequenceClassifier: Equatable, Sendable {
    public let kind: RecurrentKind
    public let hiddenSize: Int
    /// [weight_ih, weight_hh, bias_ih, bias_hh, readout.weight, readout.bias].
    public var parameters: [[Double]]

    /// The names of `parameters`, as in a PyTorch state_dict.
    public static let parameterNames = ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "readout.weight", "readout.bias"]

    /// PyTorch's default initialisation: every recurrent tensor and the read-out drawn uniformly
    /// from [−1/√H, 1/√H) (nn.LSTM's reset_parameters; nn.Linear's Kaiming-uniform bound with fan-in H),
    /// drawn in `parameterNames` order. Then `keepBias` makes the gated cells start out keeping their
    /// memory and writing little: the LSTM's forget-gate bias gets +keepBias and its input-gate bias
    /// −keepBias (a fixed form of Tallec & Ollivier's "chrono" initialisation), the GRU's update-gate
    /// (z) bias +keepBias. The plain RNN has no gate to bias. 0 leaves PyTorch's default.
    public init(kind: RecurrentKind, hiddenSize H: Int, keepBias: Double = 0, generator: inout SeededGenerator) {
        let G = kind.gateCount, bound = 1 / Double(H).squareRoot()
        func draw(_ n: Int) -> [Double] { (0..<n).map { _ in generator.uniform(-bound, bound) } }
        var p = [draw(G * H), draw(G * H * H), draw(G * H), draw(G * H), draw(2 * H), draw(2)]
        switch kind {
        case .lstm:
            for j in 0..<H { p[2][j] -= keepBias }
            for j in H..<(2 * H) { p[2][j] += keepBias }
        case .gru:
            for j in H..<(2 * H) { p[2][j] += keepBias }
        case .rnn:
            break
        }
        (self.kind, self.hiddenSize, self.parameters) = (kind, H, p)
    }

    /// The number of scalar parameters (recurrent layer plus read-out).
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// The recurrent layer as engine weights (shapes are the classifier's own, always valid).
    public var layer: RecurrentWeights {
        let (G, H) = (kind.gateCount, hiddenSize)
        return RecurrentWeights(
            checkedKind: kind, weightIH: Tensor(uncheckedShape: [G * H, 1], data: parameters[0]),
            weightHH: Tensor(uncheckedShape: [G * H, H], data: parameters[1]),
            biasIH: Tensor(uncheckedShape: [G * H], data: parameters[2]), biasHH: Tensor(uncheckedShape: [G * H], data: parameters[3]))
    }

    /// The forward pass of one sequence: the tape and the two logits W·h_T + b.
    public func forward(_ x: [Double], layer: RecurrentWeights) -> (tape: RecurrentTape, logits: [Double]) {
        let H = hiddenSize
        let tape = recordRecurrent(layer, input: x, length: x.count, h0: [Double](repeating: 0, count: H), c0: [Double](repeating: 0, count: H))
        let hT = tape.h(tape.length)
        let logits = (0..<2).map { k in
            var s = 0.0
            for (j, h) in zip(0..<H, hT) { s += parameters[4][k * H + j] * h }
            return s + parameters[5][k]
        }
        return (tape, logits)
    }

    /// The predicted class of one sequence (ties go to class 0, as torch.argmax takes the first).
    public func predict(_ x: [Double], layer: RecurrentWeights) -> Int {
        let l = forward(x, layer: layer).logits
        return l[1] > l[0] ? 1 : 0
    }

    /// The gradient of every parameter (same layout as `parameters`) for one sequence, given
    /// ∂L/∂logits (`dLogits`, from `crossEntropy`), plus its BPTT record (∂L/∂h_t for t = 0…T).
    public func gradients(_ tape: RecurrentTape, dLogits dz: [Double], layer: RecurrentWeights) -> (gradients: [[Double]], recurrent: RecurrentGradients) {
        let H = hiddenSize
        let hT = Array(tape.h(tape.length))
        var gradOutput = [Double](repeating: 0, count: tape.length * H)
        for j in 0..<H { gradOutput[(tape.length - 1) * H + j] = dz[0] * parameters[4][j] + dz[1] * parameters[4][H + j] }
        let r = recurrentBackward(layer, tape: tape, gradOutput: gradOutput)
        let dW = (0..<(2 * H)).map { dz[$0 / H] * hT[$0 % H] }
        return ([r.weightIH, r.weightHH, r.biasIH ?? [], r.biasHH ?? [], dW, dz], r)
    }
}
