/// The arguments of `torch.nn.functional.conv_transpose2d` besides the tensors.
public struct ConvTranspose2DOptions: Equatable, Sendable {
    public var stride: IntPair
    public var padding: IntPair
    public var outputPadding: IntPair
    public var dilation: IntPair
    public var groups: Int

    /// Creates options; the defaults are PyTorch's.
    public init(
        stride: IntPair = .square(1), padding: IntPair = .square(0), outputPadding: IntPair = .square(0),
        dilation: IntPair = .square(1), groups: Int = 1
    ) {
        self.stride = stride; self.padding = padding; self.outputPadding = outputPadding
        self.dilation = dilation; self.groups = groups
    }
}

/// One stamp of the scatter view: an input value times a kernel weight added into one output cell.
public struct ConvTransposeStamp: Equatable, Sendable {
    /// The output channel, row and column (row/column outside the output when `isCropped`).
    public let outChannel: Int, outY: Int, outX: Int
    /// Kernel index: output channel within the group, row, column.
    public let kernelChannel: Int, kernelY: Int, kernelX: Int
    public let weight: Double
    /// input value × weight.
    public let contribution: Double
    /// True when the stamped cell falls outside the output (cut away by `padding`); nothing is written.
    public let isCropped: Bool
    /// The output cell's value after this stamp (0 when cropped; before any bias).
    public let runningValue: Double
}

/// Everything one input cell stamps into the output.
public struct ConvTransposeInputTrace: Equatable, Sendable {
    /// Batch index, input channel, input row and column.
    public let n: Int, inChannel: Int, y: Int, x: Int
    public let inputValue: Double
    public let stamps: [ConvTransposeStamp]
}

/// The scatter-view record of a conv_transpose2d call: input cells in order, then the bias.
public struct ConvTranspose2DTrace: Equatable, Sendable {
    public let outputShape: [Int]
    public let inputs: [ConvTransposeInputTrace]
    /// The bias added to every cell of each output channel after all stamps (nil without bias).
    public let bias: [Double]?

    /// Replays the stamps in order, then adds the bias.
    public func replay() -> Tensor {
        var out = Tensor(zeros: outputShape)
        let c = outputShape.count == 4 ? outputShape[1] : outputShape[0]
        let h = outputShape[outputShape.count - 2], w = outputShape[outputShape.count - 1]
        for cell in inputs {
            for s in cell.stamps where !s.isCropped {
                out.data[((cell.n * c + s.outChannel) * h + s.outY) * w + s.outX] += cell.inputValue * s.weight
            }
        }
        if let bias {
            for i in out.data.indices { out.data[i] += bias[(i / (h * w)) % c] }
        }
        return out
    }
}

/// `torch.nn.functional.conv_transpose2d`: every input cell stamps the kernel, scaled by its value, into
/// the output at `stride` steps; `padding` crops the border, `output_padding` adds rows/columns at the end.
public func convTranspose2d(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: ConvTranspose2DOptions = ConvTranspose2DOptions()
) throws(EngineError) -> Tensor {
    var trace: [ConvTransposeInputTrace]? = nil
    return try convTranspose2dLoop(input, weight, bias, options, trace: &trace)
}

/// conv_transpose2d together with its scatter trace.
public func convTranspose2dTraced(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: ConvTranspose2DOptions = ConvTranspose2DOptions()
) throws(EngineError) -> (output: Tensor, trace: ConvTranspose2DTrace) {
    var trace: [ConvTransposeInputTrace]? = []
    let r = try convTranspose2dLoop(input, weight, bias, options, trace: &trace)
    return (r, ConvTranspose2DTrace(outputShape: r.shape, inputs: trace ?? [], bias: bias?.data))
}

private func convTranspose2dLoop(
    _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, _ o: ConvTranspose2DOptions,
    trace: inout [ConvTransposeInputTrace]?
) throws(EngineError) -> Tensor {
    let b = try Batched(input)
    guard weight.rank == 4 else {
        throw EngineError("weight must be C_in×C_out/groups×kH×kW, got rank \(weight.rank) (shape \(describe(shape: weight.shape)))")
    }
    for (p, name) in [(o.stride, "stride"), (o.dilation, "dilation")] {
        try Check.positive(p, name)
        try Check.bounded(p, name)
    }
    for (p, name) in [(o.padding, "padding"), (o.outputPadding, "output_padding")] {
        try Check.nonNegative(p, name)
        try Check.bounded(p, name)
    }
    guard o.groups > 0 else { throw EngineError("groups must be positive, got groups \(o.groups)") }
    let (inC, outPerGroup, kH, kW) = (weight.shape[0], weight.shape[1], weight.shape[2], weight.shape[3])
    guard inC > 0, outPerGroup > 0, kH > 0, kW > 0 else {
        throw EngineError("weight has an empty dimension (shape \(describe(shape: weight.shape)))")
    }
    guard inC == b.c else {
        throw EngineError("weight expects \(inC) input channels (its first dimension) but the input has \(b.c)")
    }
    guard b.c % o.groups == 0 else { throw EngineError("input channels \(b.c) are not divisible by groups \(o.groups)") }
    let op = o.outputPadding
    guard (op.h < o.stride.h || op.h < o.dilation.h) && (op.w < o.stride.w || op.w < o.dilation.w) else {
        throw EngineError("output_padding \(op) must be smaller than either stride \(o.stride) or dilation \(o.dilation)")
    }
    let outC = outPerGroup * o.groups
    let inPerGroup = b.c / o.groups
    if let bias, bias.shape != [outC] {
        throw EngineError("bias must have shape \(outC) (one per output channel), got \(describe(shape: bias.shape))")
    }
    let outH = (b.h - 1) * o.stride.h - 2 * o.padding.h + o.dilation.h * (kH - 1) + op.h + 1
    let outW = (b.w - 1) * o.stride.w - 2 * o.padding.w + o.dilation.w * (kW - 1) + op.w + 1
    guard outH > 0, outW > 0 else {
        throw EngineError("output size \(outH)×\(outW) is not positive: (H−1)·stride − 2·padding + dilation·(k−1) + output_padding + 1 with input \(b.h)×\(b.w), kernel \(kH)×\(kW), stride \(o.stride), padding \(o.padding)")
    }
    let shape = b.shape(c: outC, h: outH, w: outW)
    _ = try Tensor.elementCount([b.n] + Array(shape.suffix(3)))
    try Check.work([b.n, b.c, b.h, b.w, outPerGroup, kH, kW], "conv_transpose2d")
    var out = [Double](repeating: 0, count: b.n * outC * outH * outW)
    for n in 0..<b.n {
        for ic in 0..<b.c {
            let group = ic / inPerGroup
            for iy in 0..<b.h {
                for ix in 0..<b.w {
                    let x = input.data[((n * b.c + ic) * b.h + iy) * b.w + ix]
                    var stamps: [ConvTransposeStamp] = []
                    for ocg in 0..<outPerGroup {
                        let oc = group * outPerGroup + ocg
                        for ky in 0..<kH {
                            let oy = iy * o.stride.h - o.padding.h + ky * o.dilation.h
                            for kx in 0..<kW {
                                let ox = ix * o.stride.w - o.padding.w + kx * o.dilation.w
                                let wv = weight.data[((ic * outPerGroup + ocg) * kH + ky) * kW + kx]
                                let contribution = x * wv
                                let inside = oy >= 0 && oy < outH && ox >= 0 && ox < outW
                                var running = 0.0
                                if inside {
                                    let idx = ((n * outC + oc) * outH + oy) * outW + ox
                                    out[idx] += contribution
                                    running = out[idx]
                                }
                                if trace != nil {
                                    stamps.append(ConvTransposeStamp(
                                        outChannel: oc, outY: oy, outX: ox, kernelChannel: ocg, kernelY: ky, kernelX: kx,
                                        weight: wv, contribution: contribution, isCropped: !inside, runningValue: running))
                                }
                            }
                        }
                    }
                    trace?.append(ConvTransposeInputTrace(n: n, inChannel: ic, y: iy, x: ix, inputValue: x, stamps: stamps))
                }
            }
        }
    }
    if let bias {
        for i in out.indices { out[i] += bias.data[(i / (outH * outW)) % outC] }
    }
    return Tensor(uncheckedShape: shape, data: out)
}
