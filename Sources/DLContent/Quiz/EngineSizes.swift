import DLEngine

/// Sizes and parameter counts for drills, computed by running the engine: an output size is the
/// height of the tensor the engine's conv2d / max_pool2d / conv_transpose2d returns for an `i×1`
/// input (one row wide, so it stays cheap), a recurrent count is the number of weights the engine's
/// `RecurrentWeights` holds. nil when the engine rejects the arguments.
public enum EngineSizes {
    /// conv2d output size along one side.
    public static func convOut(i: Int, k: Int, s: Int = 1, p: Int = 0, d: Int = 1) -> Int? {
        let options = Conv2DOptions(stride: IntPair(s, 1), padding: .symmetric(IntPair(p, 0)), dilation: IntPair(d, 1))
        let out = try? conv2d(Tensor(zeros: [1, 1, i, 1]), weight: Tensor(zeros: [1, 1, k, 1]), options: options)
        return out?.shape[2]
    }

    /// max_pool2d output size along one side (stride defaults to the kernel, as in PyTorch).
    public static func poolOut(i: Int, k: Int, s: Int? = nil, p: Int = 0, ceil: Bool = false) -> Int? {
        let options = Pool2DOptions(kernelSize: IntPair(k, 1), stride: IntPair(s ?? k, 1), padding: IntPair(p, 0), ceilMode: ceil)
        return (try? maxPool2d(Tensor(zeros: [1, 1, i, 1]), options: options))?.output.shape[2]
    }

    /// conv_transpose2d output size along one side.
    public static func convTOut(i: Int, k: Int, s: Int = 1, p: Int = 0, op: Int = 0, d: Int = 1) -> Int? {
        let options = ConvTranspose2DOptions(stride: IntPair(s, 1), padding: IntPair(p, 0), outputPadding: IntPair(op, 0), dilation: IntPair(d, 1))
        return (try? convTranspose2d(Tensor(zeros: [1, 1, i, 1]), weight: Tensor(zeros: [1, 1, k, 1]), options: options))?.shape[2]
    }

    /// Weights and biases of one PyTorch recurrent layer (`nn.RNN`, `nn.LSTM`, `nn.GRU`, bias on).
    public static func recurrentParams(_ kind: RecurrentKind, input i: Int, hidden h: Int) -> Int? {
        let g = kind.gateCount
        guard let weights = try? RecurrentWeights(
            kind: kind, weightIH: Tensor(zeros: [g * h, i]), weightHH: Tensor(zeros: [g * h, h]),
            biasIH: Tensor(zeros: [g * h]), biasHH: Tensor(zeros: [g * h])) else { return nil }
        return [weights.weightIH, weights.weightHH, weights.biasIH, weights.biasHH]
            .compactMap { $0?.data.count }.reduce(0, +)
    }

    /// Receptive field and jump (effective stride) of a stack of `(kernel, stride, dilation)` layers.
    public static func receptiveField(_ layers: [(k: Int, s: Int, d: Int)]) -> (field: Int, jump: Int) {
        var field = 1, jump = 1
        for layer in layers {
            field += layer.d * (layer.k - 1) * jump
            jump *= layer.s
        }
        return (field, jump)
    }
}
