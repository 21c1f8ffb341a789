/// A faster max_pool2d beside the readable `maxPool2d`: the same windows, the same first-maximum rule
/// (padding never wins, NaN wins) and the same indices, read through unsafe buffers without a trace.
public func maxPool2dFast(_ input: Tensor, options: Pool2DOptions) throws(EngineError) -> MaxPoolResult {
    let g = try PoolGeometry(input: input, options: options)
    let (H, W, oH, oW) = (g.batch.h, g.batch.w, g.outH, g.outW)
    let (kH, kW, sH, sW, pH, pW, dH, dW) = (g.kernel.h, g.kernel.w, g.stride.h, g.stride.w, g.pad.h, g.pad.w, g.dilation.h, g.dilation.w)
    let count = g.batch.n * g.batch.c * oH * oW
    var out = [Double](repeating: 0, count: count), indices = [Int](repeating: 0, count: count)
    // Every window inside the input (no padding, no dilation, no ceil-mode overhang; the digits
    // CNN's 2×2 pool): the same scan and comparison without the bounds tests, a fifth of the
    // digits pages' key time before.
    if pH == 0, pW == 0, dH == 1, dW == 1, (oH - 1) * sH + kH <= H, (oW - 1) * sW + kW <= W {
        input.data.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                indices.withUnsafeMutableBufferPointer { ix in
                    maxPoolInside(x, o, ix, planes: g.batch.n * g.batch.c, H: H, W: W, oH: oH, oW: oW,
                                  kH: kH, kW: kW, sH: sH, sW: sW)
                }
            }
        }
        return MaxPoolResult(output: Tensor(uncheckedShape: g.outputShape, data: out), indices: indices)
    }
    input.data.withUnsafeBufferPointer { x in
        out.withUnsafeMutableBufferPointer { o in
            indices.withUnsafeMutableBufferPointer { ix in
                var cell = 0
                for p in 0..<(g.batch.n * g.batch.c) {
                    let plane = p * H * W
                    for oy in 0..<oH {
                        let y0 = oy * sH - pH
                        var fy = y0
                        while fy < 0 { fy += dH }
                        for ox in 0..<oW {
                            let x0 = ox * sW - pW
                            var fx = x0
                            while fx < 0 { fx += dW }
                            var best = -Double.infinity, bestIndex = fy * W + fx
                            for ky in 0..<kH {
                                let y = y0 + ky * dH
                                if y < 0 || y >= H { continue }
                                for kx in 0..<kW {
                                    let xx = x0 + kx * dW
                                    if xx < 0 || xx >= W { continue }
                                    let v = x[plane + y * W + xx]
                                    if v > best || v.isNaN { best = v; bestIndex = y * W + xx }
                                }
                            }
                            o[cell] = best
                            ix[cell] = bestIndex
                            cell += 1
                        }
                    }
                }
            }
        }
    }
    return MaxPoolResult(output: Tensor(uncheckedShape: g.outputShape, data: out), indices: indices)
}

/// `maxPool2dFast`'s loop when every window lies inside its plane: rows then columns of each
/// window in the readable loop's order, the first maximum kept, a NaN taken as it is met.
private func maxPoolInside(_ x: UnsafeBufferPointer<Double>, _ o: UnsafeMutableBufferPointer<Double>,
                           _ ix: UnsafeMutableBufferPointer<Int>, planes: Int, H: Int, W: Int, oH: Int, oW: Int,
                           kH: Int, kW: Int, sH: Int, sW: Int) {
    var cell = 0
    for p in 0..<planes {
        let plane = p &* H &* W
        for oy in 0..<oH {
            let y0 = oy &* sH
            for ox in 0..<oW {
                let x0 = ox &* sW
                var best = -Double.infinity, bestIndex = y0 &* W &+ x0
                for ky in 0..<kH {
                    let row = (y0 &+ ky) &* W
                    for kx in 0..<kW {
                        let v = x[plane &+ row &+ x0 &+ kx]
                        if v > best || v.isNaN { best = v; bestIndex = row &+ x0 &+ kx }
                    }
                }
                o[cell] = best
                ix[cell] = bestIndex
                cell &+= 1
            }
        }
    }
}
