/// A faster conv2d beside the readable one: im2col + the blocked SIMD matrix multiply.
///
/// For each group the kernel taps become the rows of a matrix (input channel, kernel row, kernel
/// column — the loop's order) and the output cells of every image in the batch its columns; padding
/// cells are real zeros that are multiplied like any other value. Every output cell is then summed in
/// the loop's order from 0.0 and the bias added last, so the result is bit for bit that of `conv2d`.
public func conv2dFast(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: Conv2DOptions = Conv2DOptions()
) throws(EngineError) -> Tensor {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: bias, options: options)
    let taps = g.inPerGroup * g.kernel.h * g.kernel.w
    let cells = g.outH * g.outW
    let columns = g.batch.n * cells
    var out = [Double](repeating: 0, count: g.batch.n * g.outChannels * cells)
    let width = BlockedMatmul.columns
    // Column panels per chunk: the chunk's im2col (taps × chunk columns) stays around 256 KiB.
    let panelsPerChunk = max(1, 32_768 / (taps * width))
    var panels = [Double](repeating: 0, count: panelsPerChunk * taps * width)
    var outOffset = [Int](repeating: 0, count: panelsPerChunk * width)
    for group in 0..<g.groups {
        let rows = Array(weight.data[(group * g.outPerGroup * taps)..<((group + 1) * g.outPerGroup * taps)])
        let packed = BlockedMatmul.packRows(rows, m: g.outPerGroup, k: taps)
        var j0 = 0
        while j0 < columns {
            let chunk = min(panelsPerChunk * width, columns - j0)
            im2colPanels(g, input.data, group: group, firstColumn: j0, count: chunk, into: &panels, outOffset: &outOffset)
            multiplyChunk(g, packed: packed, panels: panels, group: group, count: chunk,
                          outOffset: outOffset, bias: bias?.data, into: &out)
            j0 += chunk
        }
    }
    return Tensor(uncheckedShape: g.outputShape, data: out)
}

/// Fills `panels` with columns `firstColumn..<firstColumn+count` of one group's im2col matrix, packed
/// as `BlockedMatmul` panels (k-major, one lane per column, missing lanes zero), and `outOffset` with
/// each column's offset into the output (image and cell; the output channel is added later).
private func im2colPanels(
    _ g: Conv2DGeometry, _ x: [Double], group: Int, firstColumn: Int, count: Int,
    into panels: inout [Double], outOffset: inout [Int]
) {
    let (H, W) = (g.batch.h, g.batch.w)
    let (kH, kW) = (g.kernel.h, g.kernel.w)
    let taps = g.inPerGroup * kH * kW
    let width = BlockedMatmul.columns
    let cells = g.outH * g.outW
    let padded = (count + width - 1) / width * width
    x.withUnsafeBufferPointer { xp in
        panels.withUnsafeMutableBufferPointer { pp in
            for c in 0..<padded {
                let (panel, lane) = (c / width, c % width)
                var dst = panel * taps * width + lane
                guard c < count else {
                    for _ in 0..<taps { pp[dst] = 0; dst += width }
                    continue
                }
                let j = firstColumn + c
                let (n, cell) = (j / cells, j % cells)
                let (oy, ox) = (cell / g.outW, cell % g.outW)
                outOffset[c] = n * g.outChannels * cells + cell
                for icg in 0..<g.inPerGroup {
                    let plane = (n * g.batch.c + group * g.inPerGroup + icg) * H * W
                    for ky in 0..<kH {
                        let iy = oy * g.stride.h - g.pad.top + ky * g.dilation.h
                        let rowInside = iy >= 0 && iy < H
                        for kx in 0..<kW {
                            let ix = ox * g.stride.w - g.pad.left + kx * g.dilation.w
                            pp[dst] = rowInside && ix >= 0 && ix < W ? xp[plane + iy * W + ix] : 0
                            dst += width
                        }
                    }
                }
            }
        }
    }
}

/// Multiplies one group's packed weight rows with a chunk of im2col panels and writes the sums
/// (plus the bias, added last as in the loop) to the output.
private func multiplyChunk(
    _ g: Conv2DGeometry, packed: [Double], panels: [Double], group: Int, count: Int,
    outOffset: [Int], bias: [Double]?, into out: inout [Double]
) {
    let taps = g.inPerGroup * g.kernel.h * g.kernel.w
    let (width, height) = (BlockedMatmul.columns, BlockedMatmul.rows)
    let cells = g.outH * g.outW
    packed.withUnsafeBufferPointer { ap in
        panels.withUnsafeBufferPointer { pp in
            out.withUnsafeMutableBufferPointer { op in
                guard let aBase = ap.baseAddress, let pBase = pp.baseAddress else { return }
                var c0 = 0
                while c0 < count {
                    let lanes = min(width, count - c0)
                    let panel = pBase + (c0 / width) * taps * width
                    var i0 = 0
                    while i0 < g.outPerGroup {
                        let tile = BlockedMatmul.microKernel(k: taps, a: aBase + i0 * taps, b: panel)
                        for r in 0..<min(height, g.outPerGroup - i0) {
                            let oc = group * g.outPerGroup + i0 + r
                            let row = BlockedMatmul.lane(of: tile, r)
                            let b = bias?[oc]
                            for lane in 0..<lanes {
                                var sum = row[lane]
                                if let b { sum += b }
                                op[outOffset[c0 + lane] + oc * cells] = sum
                            }
                        }
                        i0 += height
                    }
                    c0 += width
                }
            }
        }
    }
}
