/// `torch.nn.functional.conv2d`: cross-correlation with stride, padding, dilation and groups.
///
/// The readable reference: for each output cell, sum input × weight over the group's input channels and
/// the kernel window (padding cells read as 0), then add the bias.
public func conv2d(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: Conv2DOptions = Conv2DOptions()
) throws(EngineError) -> Tensor {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: bias, options: options)
    var trace: [ConvCellTrace]? = nil
    return conv2dLoop(g, input, weight, bias, trace: &trace)
}

/// conv2d together with its trace (every term of every output cell, in order).
public func conv2dTraced(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: Conv2DOptions = Conv2DOptions()
) throws(EngineError) -> (output: Tensor, trace: Conv2DTrace) {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: bias, options: options)
    var cells: [ConvCellTrace]? = []
    let out = conv2dLoop(g, input, weight, bias, trace: &cells)
    return (out, Conv2DTrace(outputShape: g.outputShape, padding: g.pad, cells: cells ?? []))
}

private func conv2dLoop(
    _ g: Conv2DGeometry, _ input: Tensor, _ weight: Tensor, _ bias: Tensor?, trace: inout [ConvCellTrace]?
) -> Tensor {
    let (H, W) = (g.batch.h, g.batch.w)
    var out = [Double](repeating: 0, count: g.batch.n * g.outChannels * g.outH * g.outW)
    var o = 0
    for n in 0..<g.batch.n {
        for oc in 0..<g.outChannels {
            let group = oc / g.outPerGroup
            for oy in 0..<g.outH {
                for ox in 0..<g.outW {
                    var sum = 0.0
                    var terms: [ConvTerm] = []
                    for icg in 0..<g.inPerGroup {
                        let ic = group * g.inPerGroup + icg
                        for ky in 0..<g.kernel.h {
                            let iy = oy * g.stride.h - g.pad.top + ky * g.dilation.h
                            for kx in 0..<g.kernel.w {
                                let ix = ox * g.stride.w - g.pad.left + kx * g.dilation.w
                                let inside = iy >= 0 && iy < H && ix >= 0 && ix < W
                                let x = inside ? input.data[((n * g.batch.c + ic) * H + iy) * W + ix] : 0
                                let wv = weight.data[((oc * g.inPerGroup + icg) * g.kernel.h + ky) * g.kernel.w + kx]
                                let product = x * wv
                                sum += product
                                if trace != nil {
                                    terms.append(ConvTerm(
                                        inputChannel: ic, inputY: iy, inputX: ix, isPadding: !inside,
                                        kernelChannel: icg, kernelY: ky, kernelX: kx,
                                        inputValue: x, weight: wv, product: product, runningSum: sum))
                                }
                            }
                        }
                    }
                    let b = bias?.data[oc]
                    if let b { sum += b }
                    out[o] = sum
                    o += 1
                    trace?.append(ConvCellTrace(n: n, outChannel: oc, y: oy, x: ox, terms: terms, bias: b, value: sum))
                }
            }
        }
    }
    return Tensor(uncheckedShape: g.outputShape, data: out)
}
