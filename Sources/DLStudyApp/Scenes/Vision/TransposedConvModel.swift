import DLContent
import DLEngine

/// Everything the transposed-convolution scene shows, computed once by the engine: the scatter trace,
/// the zero-insertion + padding + ordinary convolution equivalent and its trace, and conv followed by
/// transposed conv on an `original` map (which does not give the original back).
struct TransposedConvModel: Sendable {
    let params: TransposedConvParams
    /// conv_transpose2d output and its scatter trace.
    let output: Tensor
    let scatter: ConvTranspose2DTrace
    /// The input with stride−1 zeros inserted between cells (1×Hz×Wz).
    let stretched: Tensor
    /// Padding of the equivalent convolution: d·(k−1)−p on each side, plus output_padding at bottom/right.
    let equivalentPadding: Sides
    /// The kernel rotated by 180° (1×1×k×k).
    let flipped: Tensor
    /// The ordinary convolution of the padded, stretched input with the flipped kernel, and its trace.
    let equivalent: Tensor
    let equivalentTrace: Conv2DTrace
    /// Which stretched cells hold an input value (the rest are inserted zeros).
    let isInputCell: [Bool]
    /// The not-an-inverse demonstration: original → conv → transposed conv (nil with the reason when impossible).
    let roundTrip: Result<RoundTrip, EngineError>

    /// x, y = conv(x), x' = conv_transpose(y) with the output_padding that restores x's size.
    struct RoundTrip: Sendable {
        let original: Tensor, down: Tensor, back: Tensor
        let outputPadding: IntPair
    }

    var kernelH: Int { params.kernel.shape[1] }
    var kernelW: Int { params.kernel.shape[2] }

    init(_ params: TransposedConvParams) throws(EngineError) {
        self.params = params
        let (out, trace) = try convTranspose2dTraced(params.input, weight: params.kernelWeight, options: params.options)
        output = out
        scatter = trace
        let (h, w) = (params.input.shape[1], params.input.shape[2])
        let s = params.stride
        let zh = (h - 1) * s + 1, zw = (w - 1) * s + 1
        var z = Tensor(zeros: [1, zh, zw])
        var marks = [Bool](repeating: false, count: zh * zw)
        for y in 0..<h {
            for x in 0..<w {
                z.data[(y * s) * zw + x * s] = params.input.data[y * w + x]
                marks[(y * s) * zw + x * s] = true
            }
        }
        stretched = z
        isInputCell = marks
        let d = params.dilation
        let (kernelH, kernelW) = (params.kernel.shape[1], params.kernel.shape[2])
        let qh = d * (kernelH - 1) - params.padding, qw = d * (kernelW - 1) - params.padding
        equivalentPadding = Sides(top: qh, bottom: qh + params.outputPadding, left: qw, right: qw + params.outputPadding)
        var f = Tensor(zeros: [1, 1, kernelH, kernelW])
        for ky in 0..<kernelH {
            for kx in 0..<kernelW {
                f.data[ky * kernelW + kx] = params.kernel.data[(kernelH - 1 - ky) * kernelW + (kernelW - 1 - kx)]
            }
        }
        flipped = f
        let (eq, eqTrace) = try conv2dTraced(
            z, weight: f, options: Conv2DOptions(padding: .sides(equivalentPadding), dilation: .square(d)))
        equivalent = eq
        equivalentTrace = eqTrace
        roundTrip = Self.roundTrip(params)
    }

    private static func roundTrip(_ p: TransposedConvParams) -> Result<RoundTrip, EngineError> {
        do throws(EngineError) {
            let down = try conv2d(p.original, weight: p.kernelWeight,
                                  options: Conv2DOptions(stride: .square(p.stride), padding: .int(p.padding), dilation: .square(p.dilation)))
            // The output_padding that makes the transposed conv's output as large as the original:
            // try each allowed value and keep the one whose engine output size matches.
            var chosen: (Tensor, IntPair)?
            for op in 0..<max(p.stride, p.dilation) {
                let options = ConvTranspose2DOptions(stride: .square(p.stride), padding: .square(p.padding),
                                                     outputPadding: .square(op), dilation: .square(p.dilation))
                if let back = try? convTranspose2d(down, weight: p.kernelWeight, options: options),
                   back.shape == p.original.shape {
                    chosen = (back, .square(op)); break
                }
            }
            guard let (back, op) = chosen else {
                throw EngineError("no output_padding brings \(p.original.shape[1])×\(p.original.shape[2]) back")
            }
            return .success(RoundTrip(original: p.original, down: down, back: back, outputPadding: op))
        } catch {
            return .failure(error)
        }
    }

    /// Output values after the first `steps` input cells have stamped (nil where nothing was written yet),
    /// read from the trace's running values.
    func scatterOutput(afterInputs steps: Int) -> [Double?] {
        var values = [Double?](repeating: nil, count: output.count)
        let w = output.shape[2]
        for cell in scatter.inputs.prefix(steps) {
            for stamp in cell.stamps where !stamp.isCropped {
                values[stamp.outY * w + stamp.outX] = stamp.runningValue
            }
        }
        return values
    }

    /// The zero-insertion view's output after `steps` output cells (nil where not computed yet).
    func equivalentOutput(afterCells steps: Int) -> [Double?] {
        var values = [Double?](repeating: nil, count: equivalent.count)
        for cell in equivalentTrace.cells.prefix(steps) {
            values[cell.y * equivalent.shape[2] + cell.x] = cell.value
        }
        return values
    }

    /// Size of the padded stretched grid (rows, cols).
    var paddedSize: (rows: Int, cols: Int) {
        (stretched.shape[1] + equivalentPadding.top + equivalentPadding.bottom,
         stretched.shape[2] + equivalentPadding.left + equivalentPadding.right)
    }

    /// A cell of the padded stretched grid: its value and whether it is padding, an inserted zero or an input value.
    enum PaddedCell { case padding, inserted, input(Double) }

    func paddedCell(_ r: Int, _ c: Int) -> PaddedCell {
        let y = r - equivalentPadding.top, x = c - equivalentPadding.left
        guard y >= 0, y < stretched.shape[1], x >= 0, x < stretched.shape[2] else { return .padding }
        let i = y * stretched.shape[2] + x
        return isInputCell[i] ? .input(stretched.data[i]) : .inserted
    }

    /// The output-size formula with this scene's numbers for rows (`rows`) or columns; the result is the
    /// engine's output size. `style` 0 spells out output_padding, 1 is compact, 2 gives the numbers only.
    func formula(rows: Bool, style: Int) -> String {
        let i = rows ? params.input.shape[1] : params.input.shape[2]
        let k = rows ? kernelH : kernelW
        let o = rows ? output.shape[1] : output.shape[2]
        let p = params
        switch style {
        case 0:
            return "(i−1)·s − 2p + d·(k−1) + output_padding + 1 = (\(i)−1)·\(p.stride) − 2·\(p.padding) + \(p.dilation)·(\(k)−1) + \(p.outputPadding) + 1 = \(o)"
        case 1:
            return "(i−1)·s−2p+d·(k−1)+op+1 = (\(i)−1)·\(p.stride)−2·\(p.padding)+\(p.dilation)·(\(k)−1)+\(p.outputPadding)+1 = \(o)"
        default:
            return "(\(i)−1)·\(p.stride)−2·\(p.padding)+\(p.dilation)·(\(k)−1)+\(p.outputPadding)+1 = \(o)"
        }
    }

    /// Whether the output is square (one formula serves rows and columns).
    var isSquare: Bool { params.input.shape[1] == params.input.shape[2] && kernelH == kernelW }
}
