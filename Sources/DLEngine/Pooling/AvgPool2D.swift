/// `torch.nn.functional.avg_pool2d` (kernel, stride, padding, ceil_mode, count_include_pad,
/// divisor_override). The divisor follows PyTorch: the window clipped to the padded input when padding
/// counts, the in-image cells when it does not, or the override.
public func avgPool2d(_ input: Tensor, options: Pool2DOptions) throws(EngineError) -> Tensor {
    var trace: [PoolCellTrace]? = nil
    return try avgPoolLoop(input, options, trace: &trace)
}

/// avg_pool2d together with its trace.
public func avgPool2dTraced(_ input: Tensor, options: Pool2DOptions) throws(EngineError) -> (output: Tensor, trace: Pool2DTrace) {
    var trace: [PoolCellTrace]? = []
    let out = try avgPoolLoop(input, options, trace: &trace)
    return (out, Pool2DTrace(outputShape: out.shape, cells: trace ?? []))
}

private func avgPoolLoop(_ input: Tensor, _ options: Pool2DOptions, trace: inout [PoolCellTrace]?) throws(EngineError) -> Tensor {
    guard options.dilation == .square(1) else {
        throw EngineError("avg_pool2d has no dilation, got dilation \(options.dilation)")
    }
    if let d = options.divisorOverride {
        guard d != 0 else { throw EngineError("divisor_override must not be zero") }
        guard abs(d) <= 1_000_000_000 else { throw EngineError("divisor_override \(d) is out of range") }
    }
    let g = try PoolGeometry(input: input, options: options)
    let (H, W) = (g.batch.h, g.batch.w)
    var out: [Double] = []
    out.reserveCapacity(g.batch.n * g.batch.c * g.outH * g.outW)
    g.forEachWindow { n, c, oy, ox, plane, y0, x0 in
        // The window, clipped to the padded input (ceil mode may overhang it).
        let y1 = min(y0 + g.kernel.h, H + g.pad.h), x1 = min(x0 + g.kernel.w, W + g.pad.w)
        let windowSize = (y1 - y0) * (x1 - x0)
        let inside = (max(y0, 0)..<min(y1, H)).count * (max(x0, 0)..<min(x1, W)).count
        let divisor = options.divisorOverride ?? (options.countIncludePad ? windowSize : inside)
        var sum = 0.0
        var reads: [PoolRead] = []
        for y in y0..<y1 {
            for x in x0..<x1 {
                let isIn = y >= 0 && y < H && x >= 0 && x < W
                let v = isIn ? input.data[plane + y * W + x] : 0
                if isIn { sum += v }
                if trace != nil { reads.append(PoolRead(y: y, x: x, isPadding: !isIn, value: v, running: sum)) }
            }
        }
        let value = inside == 0 ? 0 : sum / Double(divisor)
        out.append(value)
        trace?.append(PoolCellTrace(n: n, channel: c, y: oy, x: ox, reads: reads, winner: nil, divisor: divisor, value: value))
    }
    return Tensor(uncheckedShape: g.outputShape, data: out)
}

/// Global average pooling (`adaptive_avg_pool2d(x, 1)`): the mean of each plane, shape `C×1×1` or `N×C×1×1`.
public func globalAvgPool2d(_ input: Tensor) throws(EngineError) -> Tensor {
    let b = try Batched(input)
    var out: [Double] = []
    for p in 0..<(b.n * b.c) {
        var sum = 0.0
        for i in 0..<(b.h * b.w) { sum += input.data[p * b.h * b.w + i] }
        out.append(sum / Double(b.h * b.w))
    }
    return Tensor(uncheckedShape: b.shape(c: b.c, h: 1, w: 1), data: out)
}
