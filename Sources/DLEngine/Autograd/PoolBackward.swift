/// The backward of `max_pool2d`: each output cell's gradient goes to the one input cell that won its
/// window (the first maximum, as PyTorch); where windows overlap, a cell that wins several adds them up.
public func maxPool2dBackward(_ input: Tensor, options: Pool2DOptions, gradOutput: Tensor) throws(EngineError) -> OpGradients {
    let r = try maxPool2d(input, options: options)
    try checkGradOutput(gradOutput, matches: r.output.shape, op: "max_pool2d")
    return OpGradients(gradInput: routeToWinners(r, inputShape: input.shape, gradOutput: gradOutput))
}

/// Adds each pooled cell's gradient into the input cell that won its window.
func routeToWinners(_ r: MaxPoolResult, inputShape: [Int], gradOutput: Tensor) -> Tensor {
    let (h, w) = (inputShape[inputShape.count - 2], inputShape[inputShape.count - 1])
    let planes = inputShape.reduce(1, *) / (h * w)
    let cellsPerPlane = r.output.count / planes
    var gx = [Double](repeating: 0, count: planes * h * w)
    for (i, winner) in r.indices.enumerated() { gx[(i / cellsPerPlane) * h * w + winner] += gradOutput.data[i] }
    return Tensor(uncheckedShape: inputShape, data: gx)
}

/// The backward of `avg_pool2d`: each output cell's gradient, divided by the same divisor the forward
/// used (window, in-image cells or `divisor_override`), goes to every in-image cell of its window.
public func avgPool2dBackward(_ input: Tensor, options: Pool2DOptions, gradOutput: Tensor) throws(EngineError) -> OpGradients {
    let (out, trace) = try avgPool2dTraced(input, options: options)
    try checkGradOutput(gradOutput, matches: out.shape, op: "avg_pool2d")
    let b = try Batched(input)
    var gx = [Double](repeating: 0, count: input.count)
    for (i, cell) in trace.cells.enumerated() {
        guard let divisor = cell.divisor else { continue }
        let share = gradOutput.data[i] / Double(divisor)
        let plane = (cell.n * b.c + cell.channel) * b.h * b.w
        for read in cell.reads where !read.isPadding { gx[plane + read.y * b.w + read.x] += share }
    }
    return OpGradients(gradInput: Tensor(uncheckedShape: input.shape, data: gx))
}
