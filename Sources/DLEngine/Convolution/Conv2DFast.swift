/// A faster conv2d beside the readable one: same arithmetic, same order of additions per output cell
/// (input channel, kernel row, kernel column), so its results are bit-for-bit those of `conv2d`.
///
/// Instead of one output cell at a time it sweeps whole output rows for each kernel tap, skipping the
/// padding ring (whose products are zero) and letting the compiler vectorise the inner loop.
public func conv2dFast(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: Conv2DOptions = Conv2DOptions()
) throws(EngineError) -> Tensor {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: bias, options: options)
    let (H, W, C) = (g.batch.h, g.batch.w, g.batch.c)
    let (oH, oW) = (g.outH, g.outW)
    let (kH, kW) = (g.kernel.h, g.kernel.w)
    let (sH, sW, dH, dW) = (g.stride.h, g.stride.w, g.dilation.h, g.dilation.w)
    let (pT, pL) = (g.pad.top, g.pad.left)
    var out = [Double](repeating: 0, count: g.batch.n * g.outChannels * oH * oW)
    // For each kernel column, the range of output columns whose input column is inside the image.
    let columnRanges = g.inImageColumns
    input.data.withUnsafeBufferPointer { x in
        weight.data.withUnsafeBufferPointer { wt in
            out.withUnsafeMutableBufferPointer { o in
                for n in 0..<g.batch.n {
                    for oc in 0..<g.outChannels {
                        let group = oc / g.outPerGroup
                        let plane = (n * g.outChannels + oc) * oH * oW
                        for icg in 0..<g.inPerGroup {
                            let inPlane = (n * C + group * g.inPerGroup + icg) * H * W
                            for ky in 0..<kH {
                                for oy in 0..<oH {
                                    let iy = oy * sH - pT + ky * dH
                                    if iy < 0 || iy >= H { continue }
                                    let inRow = inPlane + iy * W
                                    let outRow = plane + oy * oW
                                    for kx in 0..<kW {
                                        let wv = wt[((oc * g.inPerGroup + icg) * kH + ky) * kW + kx]
                                        let range = columnRanges[kx]
                                        let base = inRow + kx * dW - pL
                                        if sW == 1 {
                                            for ox in range { o[outRow + ox] += x[base + ox] * wv }
                                        } else {
                                            for ox in range { o[outRow + ox] += x[base + ox * sW] * wv }
                                        }
                                    }
                                }
                            }
                        }
                        if let bias {
                            let b = bias.data[oc]
                            for i in plane..<(plane + oH * oW) { o[i] += b }
                        }
                    }
                }
            }
        }
    }
    return Tensor(uncheckedShape: g.outputShape, data: out)
}
