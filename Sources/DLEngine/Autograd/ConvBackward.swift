/// The backward of `conv2d`, readable: it walks the same loops as the forward and, for every product
/// `x·w` that went into an output cell, sends the cell's upstream gradient `g` back to both factors:
/// `∂L/∂x += w·g` and `∂L/∂w += x·g` (padding cells read 0, so they receive nothing). The bias gets the
/// sum of `g` over its channel.
///
/// Written as sums, `∂L/∂w[oc,ic,ky,kx] = Σ_positions x[ic, y·s+ky·d, x·s+kx·d] · g[oc,y,x]` is itself a
/// convolution of the input with the upstream gradient, and `∂L/∂x` is the transposed convolution of
/// `g` with the same weight.
public func conv2dBackward(
    _ input: Tensor, weight: Tensor, hasBias: Bool, options: Conv2DOptions = Conv2DOptions(), gradOutput: Tensor
) throws(EngineError) -> OpGradients {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: nil, options: options)
    try checkGradOutput(gradOutput, matches: g.outputShape, op: "conv2d")
    let (H, W) = (g.batch.h, g.batch.w)
    var gx = [Double](repeating: 0, count: input.count)
    var gw = [Double](repeating: 0, count: weight.count)
    var gb = [Double](repeating: 0, count: g.outChannels)
    var o = 0
    for n in 0..<g.batch.n {
        for oc in 0..<g.outChannels {
            let group = oc / g.outPerGroup
            for oy in 0..<g.outH {
                for ox in 0..<g.outW {
                    let up = gradOutput.data[o]
                    o += 1
                    gb[oc] += up
                    for icg in 0..<g.inPerGroup {
                        let ic = group * g.inPerGroup + icg
                        for ky in 0..<g.kernel.h {
                            let iy = oy * g.stride.h - g.pad.top + ky * g.dilation.h
                            guard iy >= 0, iy < H else { continue }
                            for kx in 0..<g.kernel.w {
                                let ix = ox * g.stride.w - g.pad.left + kx * g.dilation.w
                                guard ix >= 0, ix < W else { continue }
                                let xi = ((n * g.batch.c + ic) * H + iy) * W + ix
                                let wi = ((oc * g.inPerGroup + icg) * g.kernel.h + ky) * g.kernel.w + kx
                                gx[xi] += weight.data[wi] * up
                                gw[wi] += input.data[xi] * up
                            }
                        }
                    }
                }
            }
        }
    }
    return OpGradients(
        gradInput: Tensor(uncheckedShape: input.shape, data: gx),
        gradWeight: Tensor(uncheckedShape: weight.shape, data: gw),
        gradBias: hasBias ? Tensor(uncheckedShape: [g.outChannels], data: gb) : nil)
}

/// The backward of `conv_transpose2d`, readable: the forward stamps `x·w` into output cells, so each
/// stamp that landed inside the output sends that cell's gradient `g` back: `∂L/∂x += w·g`,
/// `∂L/∂w += x·g`; cropped stamps (cut by `padding`) send nothing. The bias gets the sum of `g`.
public func convTranspose2dBackward(
    _ input: Tensor, weight: Tensor, hasBias: Bool, options o: ConvTranspose2DOptions = ConvTranspose2DOptions(),
    gradOutput: Tensor
) throws(EngineError) -> OpGradients {
    // The forward validates every argument and gives the output shape.
    let outShape = try convTranspose2d(input, weight: weight, options: o).shape
    try checkGradOutput(gradOutput, matches: outShape, op: "conv_transpose2d")
    let b = try Batched(input)
    let (outPerGroup, kH, kW) = (weight.shape[1], weight.shape[2], weight.shape[3])
    let outC = outPerGroup * o.groups, inPerGroup = b.c / o.groups
    let (outH, outW) = (outShape[outShape.count - 2], outShape[outShape.count - 1])
    var gx = [Double](repeating: 0, count: input.count)
    var gw = [Double](repeating: 0, count: weight.count)
    var gb = [Double](repeating: 0, count: outC)
    for n in 0..<b.n {
        for ic in 0..<b.c {
            let group = ic / inPerGroup
            for iy in 0..<b.h {
                for ix in 0..<b.w {
                    let xi = ((n * b.c + ic) * b.h + iy) * b.w + ix
                    for ocg in 0..<outPerGroup {
                        let oc = group * outPerGroup + ocg
                        for ky in 0..<kH {
                            let oy = iy * o.stride.h - o.padding.h + ky * o.dilation.h
                            guard oy >= 0, oy < outH else { continue }
                            for kx in 0..<kW {
                                let ox = ix * o.stride.w - o.padding.w + kx * o.dilation.w
                                guard ox >= 0, ox < outW else { continue }
                                let up = gradOutput.data[((n * outC + oc) * outH + oy) * outW + ox]
                                let wi = ((ic * outPerGroup + ocg) * kH + ky) * kW + kx
                                gx[xi] += weight.data[wi] * up
                                gw[wi] += input.data[xi] * up
                            }
                        }
                    }
                }
            }
        }
    }
    if hasBias {
        for (i, up) in gradOutput.data.enumerated() { gb[(i / (outH * outW)) % outC] += up }
    }
    return OpGradients(
        gradInput: Tensor(uncheckedShape: input.shape, data: gx),
        gradWeight: Tensor(uncheckedShape: weight.shape, data: gw),
        gradBias: hasBias ? Tensor(uncheckedShape: [outC], data: gb) : nil)
}
