/// The arguments of `max_pool2d` / `avg_pool2d` (dilation is max-only; the averaging options avg-only).
public struct Pool2DOptions: Equatable, Sendable {
    public var kernelSize: IntPair
    /// nil means PyTorch's default: the kernel size.
    public var stride: IntPair?
    public var padding: IntPair
    public var dilation: IntPair
    public var ceilMode: Bool
    public var countIncludePad: Bool
    public var divisorOverride: Int?

    /// Creates options with PyTorch's defaults.
    public init(
        kernelSize: IntPair, stride: IntPair? = nil, padding: IntPair = .square(0), dilation: IntPair = .square(1),
        ceilMode: Bool = false, countIncludePad: Bool = true, divisorOverride: Int? = nil
    ) {
        self.kernelSize = kernelSize; self.stride = stride; self.padding = padding; self.dilation = dilation
        self.ceilMode = ceilMode; self.countIncludePad = countIncludePad; self.divisorOverride = divisorOverride
    }
}

/// Validated sizes of one pooling call.
struct PoolGeometry {
    let batch: Batched
    let kernel: IntPair, stride: IntPair, pad: IntPair, dilation: IntPair
    let outH: Int, outW: Int

    init(input: Tensor, options o: Pool2DOptions) throws(EngineError) {
        batch = try Batched(input)
        kernel = o.kernelSize
        stride = o.stride ?? o.kernelSize
        pad = o.padding
        dilation = o.dilation
        try Check.positive(kernel, "kernel_size")
        try Check.positive(stride, "stride")
        try Check.positive(dilation, "dilation")
        try Check.nonNegative(pad, "padding")
        for (p, name) in [(kernel, "kernel_size"), (stride, "stride"), (dilation, "dilation"), (pad, "padding")] {
            try Check.bounded(p, name)
        }
        guard pad.h <= kernel.h / 2, pad.w <= kernel.w / 2 else {
            throw EngineError("padding \(pad) must be at most half of kernel_size \(kernel.times)")
        }
        outH = PoolGeometry.outputSize(batch.h, kernel.h, pad.h, stride.h, dilation.h, o.ceilMode)
        outW = PoolGeometry.outputSize(batch.w, kernel.w, pad.w, stride.w, dilation.w, o.ceilMode)
        guard outH > 0, outW > 0 else {
            let effH = dilation.h * (kernel.h - 1) + 1, effW = dilation.w * (kernel.w - 1) + 1
            throw EngineError("kernel \(effH)×\(effW) is larger than the padded input \(batch.h + 2 * pad.h)×\(batch.w + 2 * pad.w) (padding \(pad)): output would be \(outH)×\(outW)")
        }
        _ = try Tensor.elementCount([batch.n, batch.c, outH, outW])
        try Check.work([batch.n, batch.c, outH, outW, kernel.h, kernel.w], "pooling")
    }

    /// PyTorch's `pooling_output_shape`: floor (or ceil) division, and in ceil mode the last window
    /// must start inside the input or its left padding.
    static func outputSize(_ size: Int, _ k: Int, _ pad: Int, _ stride: Int, _ dilation: Int, _ ceil: Bool) -> Int {
        let numerator = size + 2 * pad - dilation * (k - 1) - 1 + (ceil ? stride - 1 : 0)
        var out = floorDiv(numerator, stride) + 1
        if ceil && (out - 1) * stride >= size + pad { out -= 1 }
        return out
    }

    var outputShape: [Int] { batch.shape(c: batch.c, h: outH, w: outW) }

    /// Calls `body` for every output cell in order (batch, channel, row, column) with the offset of
    /// its input plane and its window's top-left corner in input coordinates (negative in the padding).
    func forEachWindow(_ body: (_ n: Int, _ c: Int, _ oy: Int, _ ox: Int, _ plane: Int, _ y0: Int, _ x0: Int) -> Void) {
        for n in 0..<batch.n {
            for c in 0..<batch.c {
                let plane = (n * batch.c + c) * batch.h * batch.w
                for oy in 0..<outH {
                    for ox in 0..<outW { body(n, c, oy, ox, plane, oy * stride.h - pad.h, ox * stride.w - pad.w) }
                }
            }
        }
    }
}

/// Integer division rounding toward negative infinity.
func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// One cell a pooling window reads, with the running max or running sum after it.
public struct PoolRead: Equatable, Sendable {
    /// Input row and column (outside the image when `isPadding`).
    public let y: Int, x: Int
    /// True for a padding cell: max pooling skips it, average pooling counts it as 0.
    public let isPadding: Bool
    /// The cell's value (0 for padding).
    public let value: Double
    /// Running max (max pool) or running sum (avg pool) after this cell.
    public let running: Double
}

/// How one pooled output cell was computed.
public struct PoolCellTrace: Equatable, Sendable {
    /// Batch index, channel, output row and column.
    public let n: Int, channel: Int, y: Int, x: Int
    public let reads: [PoolRead]
    /// Max pool: the winning cell as PyTorch's flat index `y·W + x` in its plane.
    public let winner: Int?
    /// Avg pool: the divisor (window size, cells inside, or divisor_override); nil for max pool.
    public let divisor: Int?
    public let value: Double
}

/// The record of a pooling call, cells in output order.
public struct Pool2DTrace: Equatable, Sendable {
    public let outputShape: [Int]
    public let cells: [PoolCellTrace]

    /// Replays the trace: the max of the non-padding reads, or the sum divided by the divisor.
    public func replay() -> Tensor {
        var out = Tensor(zeros: outputShape)
        let c = outputShape.count == 4 ? outputShape[1] : outputShape[0]
        let h = outputShape[outputShape.count - 2], w = outputShape[outputShape.count - 1]
        for cell in cells {
            var v: Double
            if let divisor = cell.divisor {
                v = 0
                for r in cell.reads where !r.isPadding { v += r.value }
                v = cell.reads.contains(where: { !$0.isPadding }) ? v / Double(divisor) : 0
            } else {
                v = -.infinity
                for r in cell.reads where !r.isPadding && (r.value > v || r.value.isNaN) { v = r.value }
            }
            out.data[((cell.n * c + cell.channel) * h + cell.y) * w + cell.x] = v
        }
        return out
    }
}
