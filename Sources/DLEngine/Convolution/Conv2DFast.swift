/// A faster conv2d beside the readable one: an implicit im2col + the blocked SIMD matrix multiply.
///
/// For each group the kernel taps are the rows of the weight matrix (input channel, kernel row,
/// kernel column — the loop's order) and the output cells of every image in the batch the columns of
/// the im2col matrix. That matrix is never built: the input is copied once with its padding as real
/// zeros, and tap t of output cell j is the padded input at `tapOffset[t] + columnOffset[j]`. A
/// panel's consecutive cells of one output row are consecutive padded values (stride 1 along the
/// width), so the kernel reads them straight from the padded input; any other panel is first gathered
/// into a small buffer. Padding zeros are multiplied like any other value (so inf/NaN propagate as in
/// the loop), every output cell is summed in the loop's order from 0.0 and the bias added last: the
/// result is bit for bit that of `conv2d`.
public func conv2dFast(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil, options: Conv2DOptions = Conv2DOptions()
) throws(EngineError) -> Tensor {
    try conv2dFast(input, weight: weight, bias: bias, options: options, kernel: .best)
}

/// `conv2dFast` on a given matrix-multiply kernel (for the tests and the benchmark; `.best` otherwise).
public func conv2dFast(
    _ input: Tensor, weight: Tensor, bias: Tensor?, options: Conv2DOptions, kernel: MatmulKernel
) throws(EngineError) -> Tensor {
    let g = try Conv2DGeometry(input: input, weight: weight, bias: bias, options: options)
    let padded = PaddedInput(g, input.data)
    let taps = g.inPerGroup * g.kernel.h * g.kernel.w
    let cells = g.outH * g.outW
    let (width, blocks) = (kernel.columns, kernel.blockCount(g.outPerGroup))
    var out = [Double](repeating: 0, count: g.batch.n * g.outChannels * cells)
    var tapOffsets = [Int](repeating: 0, count: taps)
    for icg in 0..<g.inPerGroup {
        for ky in 0..<g.kernel.h {
            for kx in 0..<g.kernel.w {
                tapOffsets[(icg * g.kernel.h + ky) * g.kernel.w + kx] =
                    (icg * padded.height + ky * g.dilation.h) * padded.width + kx * g.dilation.w
            }
        }
    }
    let panelOffsets = (0..<taps).map { $0 * width }
    var panel = [Double](repeating: 0, count: taps * width)
    var tile = [Double](repeating: 0, count: blocks * kernel.rows * width)
    var columns = PanelColumns(width: width)
    let biasValues = bias?.data
    padded.data.withUnsafeBufferPointer { xp in
        tapOffsets.withUnsafeBufferPointer { tapOff in
            panelOffsets.withUnsafeBufferPointer { panelOff in
                panel.withUnsafeMutableBufferPointer { pp in
                    tile.withUnsafeMutableBufferPointer { tp in
                        out.withUnsafeMutableBufferPointer { op in
                            guard let x = xp.baseAddress, let taps0 = tapOff.baseAddress, let panel0 = pp.baseAddress,
                                  let panelOff0 = panelOff.baseAddress, let tile0 = tp.baseAddress,
                                  let o = op.baseAddress else { return }
                            for group in 0..<g.groups {
                                let packed = kernel.packRows(weight.data, first: group * g.outPerGroup * taps,
                                                             rowCount: g.outPerGroup, k: taps)
                                packed.withUnsafeBufferPointer { ap in
                                    guard let a = ap.baseAddress else { return }
                                    for j0 in stride(from: 0, to: g.batch.n * cells, by: width) {
                                        columns.locate(g, padded, group: group, first: j0)
                                        let b: UnsafePointer<Double>, offsets: UnsafePointer<Int>
                                        if columns.inputContiguous {
                                            (b, offsets) = (x + columns.input[0], taps0)
                                        } else {
                                            columns.gather(from: x, tapOffsets: tapOff, into: panel0)
                                            (b, offsets) = (UnsafePointer(panel0), panelOff0)
                                        }
                                        kernel.panel(k: taps, blocks: blocks, packed: a, b: b, offsets: offsets, tile: tile0)
                                        for r in 0..<g.outPerGroup {
                                            let oc = group * g.outPerGroup + r
                                            columns.store(tile0 + r * width, to: o + oc * cells, bias: biasValues?[oc])
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
    return Tensor(uncheckedShape: g.outputShape, data: out)
}

/// The input with its padding as real zeros (the input itself when there is no padding).
struct PaddedInput {
    let data: [Double]
    let height: Int, width: Int

    init(_ g: Conv2DGeometry, _ x: [Double]) {
        let (H, W) = (g.batch.h, g.batch.w)
        height = H + g.pad.top + g.pad.bottom
        width = W + g.pad.left + g.pad.right
        guard height != H || width != W else {
            data = x
            return
        }
        var p = [Double](repeating: 0, count: g.batch.n * g.batch.c * height * width)
        let (top, left, h, w) = (g.pad.top, g.pad.left, height, width)
        x.withUnsafeBufferPointer { src in
            p.withUnsafeMutableBufferPointer { dst in
                guard let s = src.baseAddress, let d = dst.baseAddress else { return }
                for plane in 0..<(g.batch.n * g.batch.c) {
                    for y in 0..<H {
                        (d + (plane * h + y + top) * w + left).update(from: s + (plane * H + y) * W, count: W)
                    }
                }
            }
        }
        data = p
    }
}

/// Where the output cells of one kernel panel read the padded input and write the output; the
/// missing columns of a last, narrower panel repeat its last column (computed, never stored).
struct PanelColumns {
    /// Columns per panel.
    let width: Int
    /// Offsets into the padded input of each column's first tap (its window's top left corner).
    var input: [Int]
    /// Offsets into the output of each column within output channel 0: `n × C_out × cells + cell`
    /// (`store` adds the channel's plane).
    var output: [Int]
    /// How many of the columns are real.
    var count = 0
    /// All columns read consecutive padded values (so the kernel reads the input directly).
    var inputContiguous = false
    /// All columns write consecutive output values.
    var outputContiguous = false

    init(width: Int) {
        self.width = width
        input = [Int](repeating: 0, count: width)
        output = [Int](repeating: 0, count: width)
    }

    /// Locates columns `first..<first+width` (fewer at the end) of group `group`'s im2col matrix.
    mutating func locate(_ g: Conv2DGeometry, _ padded: PaddedInput, group: Int, first: Int) {
        let cells = g.outH * g.outW
        count = min(width, g.batch.n * cells - first)
        inputContiguous = count == width
        outputContiguous = count == width
        for c in 0..<width {
            let j = first + min(c, count - 1)
            let (n, cell) = (j / cells, j % cells)
            let (oy, ox) = (cell / g.outW, cell % g.outW)
            input[c] = ((n * g.batch.c + group * g.inPerGroup) * padded.height + oy * g.stride.h) * padded.width + ox * g.stride.w
            output[c] = n * g.outChannels * cells + cell
            if input[c] != input[0] + c { inputContiguous = false }
            if output[c] != output[0] + c { outputContiguous = false }
        }
    }

    /// Copies the columns' taps into `panel` (tap-major, `width` values per tap).
    func gather(from x: UnsafePointer<Double>, tapOffsets: UnsafeBufferPointer<Int>, into panel: UnsafeMutablePointer<Double>) {
        input.withUnsafeBufferPointer { columns in
            for (t, offset) in tapOffsets.enumerated() {
                let src = x + offset, dst = panel + t * width
                for c in 0..<width { dst[c] = src[columns[c]] }
            }
        }
    }

    /// Writes one tile row (`width` values; plus the bias, added last as in the loop) to the output
    /// channel whose plane in image 0 starts at `channel`.
    @inline(__always)
    func store(_ row: UnsafePointer<Double>, to channel: UnsafeMutablePointer<Double>, bias: Double?) {
        if outputContiguous {
            let dst = channel + output[0]
            if let bias {
                for c in 0..<width { dst[c] = row[c] + bias }
            } else {
                dst.update(from: row, count: width)
            }
            return
        }
        output.withUnsafeBufferPointer { outOff in
            for c in 0..<count {
                var v = row[c]
                if let bias { v += bias }
                channel[outOff[c]] = v
            }
        }
    }
}
