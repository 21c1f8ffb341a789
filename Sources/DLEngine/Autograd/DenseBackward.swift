/// The backward of `linear` (`y = x·Wᵀ + b`): `∂L/∂x = g·W`, `∂L/∂W = gᵀ·x`, `∂L/∂b = Σ_rows g`.
public func linearBackward(_ input: Tensor, weight: Tensor, hasBias: Bool, gradOutput: Tensor) throws(EngineError) -> OpGradients {
    let out = try linear(input, weight: weight)
    try checkGradOutput(gradOutput, matches: out.shape, op: "linear")
    let (outF, inF) = (weight.shape[0], weight.shape[1])
    let rows = input.rank == 1 ? 1 : input.shape[0]
    var gx = [Double](repeating: 0, count: input.count)
    var gw = [Double](repeating: 0, count: weight.count)
    var gb = [Double](repeating: 0, count: outF)
    for r in 0..<rows {
        for o in 0..<outF {
            let up = gradOutput.data[r * outF + o]
            gb[o] += up
            for i in 0..<inF {
                gx[r * inF + i] += up * weight.data[o * inF + i]
                gw[o * inF + i] += up * input.data[r * inF + i]
            }
        }
    }
    return OpGradients(
        gradInput: Tensor(uncheckedShape: input.shape, data: gx),
        gradWeight: Tensor(uncheckedShape: weight.shape, data: gw),
        gradBias: hasBias ? Tensor(uncheckedShape: [outF], data: gb) : nil)
}

/// The elementwise activations whose backward the engine knows, with PyTorch's formulas.
public enum Activation: String, Sendable, CaseIterable {
    case relu, sigmoid, tanh

    /// The forward, elementwise.
    public func apply(_ t: Tensor) -> Tensor {
        switch self {
        case .relu: DLEngine.relu(t)
        case .sigmoid: DLEngine.sigmoid(t)
        case .tanh: DLEngine.tanh(t)
        }
    }

    /// ∂L/∂x from the input, the forward's output and the upstream gradient:
    /// relu `g·[x > 0]` (0 at 0, as PyTorch), sigmoid `g·(1 − y)·y`, tanh `g·(1 − y²)`.
    public func backward(input: Tensor, output: Tensor, gradOutput: Tensor) throws(EngineError) -> Tensor {
        try checkGradOutput(gradOutput, matches: input.shape, op: rawValue)
        var gx = gradOutput.data
        for i in gx.indices {
            switch self {
            case .relu: gx[i] = input.data[i] <= 0 ? 0 : gx[i]
            case .sigmoid: gx[i] = gx[i] * (1 - output.data[i]) * output.data[i]
            case .tanh: gx[i] = gx[i] * (1 - output.data[i] * output.data[i])
            }
        }
        return Tensor(uncheckedShape: input.shape, data: gx)
    }
}

/// `a * b` elementwise for tensors of the same shape.
public func mul(_ a: Tensor, _ b: Tensor) throws(EngineError) -> Tensor {
    guard a.shape == b.shape else {
        throw EngineError("mul needs equal shapes, got \(describe(shape: a.shape)) and \(describe(shape: b.shape))")
    }
    return Tensor(uncheckedShape: a.shape, data: zip(a.data, b.data).map { $0 * $1 })
}
