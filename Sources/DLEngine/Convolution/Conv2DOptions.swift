/// The arguments of `torch.nn.functional.conv2d` besides the tensors.
public struct Conv2DOptions: Equatable, Sendable {
    public var stride: IntPair
    public var padding: ConvPadding
    public var dilation: IntPair
    public var groups: Int

    /// Creates options; the defaults are PyTorch's (stride 1, padding 0, dilation 1, groups 1).
    public init(stride: IntPair = .square(1), padding: ConvPadding = .int(0), dilation: IntPair = .square(1), groups: Int = 1) {
        self.stride = stride; self.padding = padding; self.dilation = dilation; self.groups = groups
    }
}

/// Validated sizes of one conv2d call: everything the loops need.
struct Conv2DGeometry {
    let batch: Batched
    let outChannels: Int, inPerGroup: Int, outPerGroup: Int, groups: Int
    let kernel: IntPair, stride: IntPair, dilation: IntPair
    let pad: Sides
    let outH: Int, outW: Int

    init(input: Tensor, weight: Tensor, bias: Tensor?, options o: Conv2DOptions) throws(EngineError) {
        batch = try Batched(input)
        guard weight.rank == 4 else {
            throw EngineError("weight must be C_out×C_in/groups×kH×kW, got rank \(weight.rank) (shape \(describe(shape: weight.shape)))")
        }
        try Check.positive(o.stride, "stride")
        try Check.positive(o.dilation, "dilation")
        try Check.bounded(o.stride, "stride")
        try Check.bounded(o.dilation, "dilation")
        guard o.groups > 0 else { throw EngineError("groups must be positive, got groups \(o.groups)") }
        outChannels = weight.shape[0]
        inPerGroup = weight.shape[1]
        kernel = IntPair(weight.shape[2], weight.shape[3])
        guard outChannels > 0, inPerGroup > 0, kernel.h > 0, kernel.w > 0 else {
            throw EngineError("weight has an empty dimension (shape \(describe(shape: weight.shape)))")
        }
        groups = o.groups
        guard batch.c % groups == 0 else {
            throw EngineError("input channels \(batch.c) are not divisible by groups \(groups)")
        }
        guard outChannels % groups == 0 else {
            throw EngineError("output channels \(outChannels) are not divisible by groups \(groups)")
        }
        guard inPerGroup * groups == batch.c else {
            throw EngineError("weight expects \(inPerGroup)×\(groups) = \(inPerGroup * groups) input channels (C_in/groups × groups) but the input has \(batch.c)")
        }
        outPerGroup = outChannels / groups
        if let bias {
            guard bias.shape == [outChannels] else {
                throw EngineError("bias must have shape \(outChannels) (one per output channel), got \(describe(shape: bias.shape))")
            }
        }
        stride = o.stride
        dilation = o.dilation
        pad = try o.padding.resolve(kernel: kernel, dilation: dilation, stride: stride)
        try Check.nonNegative(pad, "padding")
        try Check.bounded(pad, "padding")
        let paddedH = batch.h + pad.top + pad.bottom, paddedW = batch.w + pad.left + pad.right
        let effH = dilation.h * (kernel.h - 1) + 1, effW = dilation.w * (kernel.w - 1) + 1
        guard effH <= paddedH, effW <= paddedW else {
            let dil = dilation == .square(1) ? "" : " dilated by \(dilation) to \(effH)×\(effW)"
            throw EngineError("kernel \(kernel.times)\(dil) is larger than the padded input \(paddedH)×\(paddedW) (padding \(pad))")
        }
        outH = (paddedH - effH) / stride.h + 1
        outW = (paddedW - effW) / stride.w + 1
        _ = try Tensor.elementCount([batch.n, outChannels, outH, outW])
        try Check.work([batch.n, outChannels, outH, outW, inPerGroup, kernel.h, kernel.w], "conv2d")
    }

    var outputShape: [Int] { batch.shape(c: outChannels, h: outH, w: outW) }
}
