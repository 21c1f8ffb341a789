/// One multiply-add of a convolution: an input cell (maybe in the padding ring) times a kernel weight.
public struct ConvTerm: Equatable, Sendable {
    /// The absolute input channel read.
    public let inputChannel: Int
    /// Input row and column; outside `0..<H`, `0..<W` when the cell is padding.
    public let inputY: Int, inputX: Int
    /// True when the cell lies in the zero-padding ring (its value is 0).
    public let isPadding: Bool
    /// Kernel index: channel within the group, row, column.
    public let kernelChannel: Int, kernelY: Int, kernelX: Int
    public let inputValue: Double, weight: Double, product: Double
    /// The running sum after adding this term.
    public let runningSum: Double
}

/// How one conv2d output cell was computed, term by term.
public struct ConvCellTrace: Equatable, Sendable {
    /// Batch index, output channel, output row and column.
    public let n: Int, outChannel: Int, y: Int, x: Int
    public let terms: [ConvTerm]
    /// The bias added after the sum, if the convolution has a bias.
    public let bias: Double?
    /// The value written to the output.
    public let value: Double
}

/// The full step-by-step record of a conv2d call, in output order (n, out channel, y, x).
public struct Conv2DTrace: Equatable, Sendable {
    /// Output shape as the op returns it (`C×H×W` or `N×C×H×W`).
    public let outputShape: [Int]
    /// The four-sided padding actually applied.
    public let padding: Sides
    public let cells: [ConvCellTrace]

    /// Replays the trace: sums each cell's products, adds the bias and writes the value.
    public func replay() -> Tensor {
        var out = Tensor(zeros: outputShape)
        let planes = outputShape.count == 4 ? outputShape[1] : outputShape[0]
        let h = outputShape[outputShape.count - 2], w = outputShape[outputShape.count - 1]
        for cell in cells {
            var sum = 0.0
            for term in cell.terms { sum += term.inputValue * term.weight }
            if let b = cell.bias { sum += b }
            out.data[((cell.n * planes + cell.outChannel) * h + cell.y) * w + cell.x] = sum
        }
        return out
    }
}
