/// The result of `max_pool2d`: the pooled values and, as with `return_indices=True`, the flat
/// `y·W + x` index of each maximum in its input plane.
public struct MaxPoolResult: Equatable, Sendable {
    public let output: Tensor
    public let indices: [Int]
}

/// `torch.nn.functional.max_pool2d` (kernel, stride, padding, dilation, ceil_mode, return_indices).
/// Padding cells never win; ties keep the first cell in row-major window order.
public func maxPool2d(_ input: Tensor, options: Pool2DOptions) throws(EngineError) -> MaxPoolResult {
    var trace: [PoolCellTrace]? = nil
    return try maxPoolLoop(input, options, trace: &trace)
}

/// max_pool2d together with its trace.
public func maxPool2dTraced(_ input: Tensor, options: Pool2DOptions) throws(EngineError) -> (result: MaxPoolResult, trace: Pool2DTrace) {
    var trace: [PoolCellTrace]? = []
    let r = try maxPoolLoop(input, options, trace: &trace)
    return (r, Pool2DTrace(outputShape: r.output.shape, cells: trace ?? []))
}

private func maxPoolLoop(_ input: Tensor, _ options: Pool2DOptions, trace: inout [PoolCellTrace]?) throws(EngineError) -> MaxPoolResult {
    let g = try PoolGeometry(input: input, options: options)
    let (H, W) = (g.batch.h, g.batch.w)
    var out: [Double] = [], indices: [Int] = []
    out.reserveCapacity(g.batch.n * g.batch.c * g.outH * g.outW)
    g.forEachWindow { n, c, oy, ox, plane, y0, x0 in
        // PyTorch starts the argmax at the first in-image cell of the window.
        var fy = y0, fx = x0
        while fy < 0 { fy += g.dilation.h }
        while fx < 0 { fx += g.dilation.w }
        var best = -Double.infinity, bestIndex = fy * W + fx
        var reads: [PoolRead] = []
        for ky in 0..<g.kernel.h {
            let y = y0 + ky * g.dilation.h
            for kx in 0..<g.kernel.w {
                let x = x0 + kx * g.dilation.w
                let inside = y >= 0 && y < H && x >= 0 && x < W
                var v = 0.0
                if inside {
                    v = input.data[plane + y * W + x]
                    if v > best || v.isNaN { best = v; bestIndex = y * W + x }
                }
                if trace != nil {
                    reads.append(PoolRead(y: y, x: x, isPadding: !inside, value: v, running: best))
                }
            }
        }
        out.append(best)
        indices.append(bestIndex)
        trace?.append(PoolCellTrace(n: n, channel: c, y: oy, x: ox, reads: reads, winner: bestIndex, divisor: nil, value: best))
    }
    return MaxPoolResult(output: Tensor(uncheckedShape: g.outputShape, data: out), indices: indices)
}
