/// What `torch.autograd` gives for `output.backward(grad_output)` of one op: the gradient to its input
/// and, where the op has them, to its weight and bias.
public struct OpGradients: Equatable, Sendable {
    /// ∂L/∂input, the input's shape.
    public let gradInput: Tensor
    /// ∂L/∂weight, the weight's shape (nil for ops without a weight).
    public let gradWeight: Tensor?
    /// ∂L/∂bias, one per output channel or feature (nil when no bias was given).
    public let gradBias: Tensor?

    /// Creates the gradients of one op.
    public init(gradInput: Tensor, gradWeight: Tensor? = nil, gradBias: Tensor? = nil) {
        self.gradInput = gradInput; self.gradWeight = gradWeight; self.gradBias = gradBias
    }
}

/// Fails unless the upstream gradient has the op's output shape (PyTorch: "Mismatch in shape").
func checkGradOutput(_ gradOutput: Tensor, matches shape: [Int], op: String) throws(EngineError) {
    guard gradOutput.shape == shape else {
        throw EngineError("\(op) grad_output must have the output's shape \(describe(shape: shape)), got \(describe(shape: gradOutput.shape))")
    }
}
