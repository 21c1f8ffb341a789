/// A faster conv2d backward beside the readable `conv2dBackward`: the same products, swept a whole output
/// row at a time for each kernel tap (skipping the padding ring, whose inputs are 0) with unsafe buffers.
///
/// `∂L/∂w` adds its terms in the same order as the readable version (batch, then output row, then
/// column), so it is bit-for-bit equal; `∂L/∂x` adds the same terms in another order (equal on integer
/// data, within rounding otherwise). `inputGradient: false` skips `∂L/∂x` (a network's input needs none).
public func conv2dBackwardFast(
    _ input: Tensor, weight: Tensor, hasBias: Bool, options: Conv2DOptions = Conv2DOptions(), gradOutput: Tensor,
    inputGradient: Bool = true
) throws(EngineError) -> OpGradients {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: nil, options: options)
    try checkGradOutput(gradOutput, matches: g.outputShape, op: "conv2d")
    let (H, W, C) = (g.batch.h, g.batch.w, g.batch.c)
    let (oH, oW, kH, kW) = (g.outH, g.outW, g.kernel.h, g.kernel.w)
    let (sH, sW, dH, dW, pT, pL) = (g.stride.h, g.stride.w, g.dilation.h, g.dilation.w, g.pad.top, g.pad.left)
    var gx = [Double](repeating: 0, count: inputGradient ? input.count : 0)
    var gw = [Double](repeating: 0, count: weight.count)
    var gb = [Double](repeating: 0, count: g.outChannels)
    let columnRanges = g.inImageColumns
    input.data.withUnsafeBufferPointer { x in
        weight.data.withUnsafeBufferPointer { wt in
            gradOutput.data.withUnsafeBufferPointer { up in
                gx.withUnsafeMutableBufferPointer { dx in
                    gw.withUnsafeMutableBufferPointer { dw in
                        for n in 0..<g.batch.n {
                            for oc in 0..<g.outChannels {
                                let group = oc / g.outPerGroup
                                let plane = (n * g.outChannels + oc) * oH * oW
                                if hasBias { for i in plane..<(plane + oH * oW) { gb[oc] += up[i] } }
                                for icg in 0..<g.inPerGroup {
                                    let inPlane = (n * C + group * g.inPerGroup + icg) * H * W
                                    for ky in 0..<kH {
                                        for kx in 0..<kW {
                                            let wi = ((oc * g.inPerGroup + icg) * kH + ky) * kW + kx
                                            let wv = wt[wi]
                                            let range = columnRanges[kx]
                                            var acc = dw[wi]
                                            for oy in 0..<oH {
                                                let iy = oy * sH - pT + ky * dH
                                                if iy < 0 || iy >= H { continue }
                                                let base = inPlane + iy * W + kx * dW - pL
                                                let outRow = plane + oy * oW
                                                for ox in range {
                                                    let u = up[outRow + ox]
                                                    acc += x[base + ox * sW] * u
                                                    if inputGradient { dx[base + ox * sW] += wv * u }
                                                }
                                            }
                                            dw[wi] = acc
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return OpGradients(
        gradInput: Tensor(uncheckedShape: inputGradient ? input.shape : [0], data: gx),
        gradWeight: Tensor(uncheckedShape: weight.shape, data: gw),
        gradBias: hasBias ? Tensor(uncheckedShape: [g.outChannels], data: gb) : nil)
}

extension Conv2DGeometry {
    /// For each kernel column, the output columns whose input column lies inside the image (the rest
    /// read padding, whose products are 0).
    var inImageColumns: [Range<Int>] {
        (0..<kernel.w).map { kx in
            let offset = kx * dilation.w - pad.left
            let lo = offset >= 0 ? 0 : (-offset + stride.w - 1) / stride.w
            let hi = batch.w - offset <= 0 ? 0 : min(outW, (batch.w - offset - 1) / stride.w + 1)
            return lo < hi ? lo..<hi : 0..<0
        }
    }
}
