import DLEngine

/// One SGD update of one first-layer weight on a one-digit batch, with every term from the engine's tape:
/// `∂L/∂w[f,ky,kx] = Σ_(y,x) input[y+ky−1, x+kx−1] · g[f,y,x]` where `g = ∂L/∂conv` is the upstream
/// gradient at the conv output (padding 1: inputs outside the image are 0).
struct DigitsWeightUpdate: Sendable {
    /// One position's term of the sum.
    struct Term: Sendable {
        let y: Int, x: Int
        let input: Double, upstream: Double
        var product: Double { input * upstream }
    }

    let digitIndex: Int, label: Int
    let filter: Int, row: Int, column: Int
    let weight: Double, lr: Double
    /// Every position (64), row by row; most upstream gradients are 0 (ReLU off or not the pool's max).
    let terms: [Term]
    /// The tape's own ∂L/∂w for this weight (the sum above, as backward computed it).
    let tapeGradient: Double
    let lossBefore: Double, lossAfter: Double
    /// ∂L/∂input from the tape, and the same as conv_transpose2d(g, W, padding 1): the largest difference.
    let transposedDifference: Double

    var sum: Double { terms.reduce(0) { $0 + $1.product } }
    var newWeight: Double { weight - lr * tapeGradient }

    init(model: DigitsModel, dataset d: DigitsDataset, trainPosition: Int, filter: Int, row: Int, column: Int, lr: Double) throws(EngineError) {
        let index = d.trainIndices[trainPosition % d.trainIndices.count]
        var tape = Tape()
        let x = tape.leaf(d.batch([index]))
        let p = model.parameters.map { tape.leaf($0) }
        let forward = try model.forward(x, parameters: p, on: &tape)
        let loss = try tape.crossEntropy(forward.logits, targets: [d.labels[index]])
        let grads = try tape.gradients(of: loss)
        guard let convOut = forward.convOutput, let g = grads[convOut], let gw = grads[p[0]], let gx = grads[x] else {
            throw EngineError("the tape has no gradient for the first layer")
        }
        let channels = model.parameters[0].shape[0]
        let f = min(filter, channels - 1)
        var terms: [Term] = []
        let image = d.images[index]
        for y in 0..<8 {
            for xx in 0..<8 {
                let iy = y + row - 1, ix = xx + column - 1
                let input = (0..<8).contains(iy) && (0..<8).contains(ix) ? image[iy * 8 + ix] : 0
                terms.append(Term(y: y, x: xx, input: input, upstream: g.data[f * 64 + y * 8 + xx]))
            }
        }
        let wIndex = f * 9 + row * 3 + column
        digitIndex = index; label = d.labels[index]
        self.filter = f; self.row = row; self.column = column
        weight = model.parameters[0].data[wIndex]
        self.lr = lr
        self.terms = terms
        tapeGradient = gw.data[wIndex]
        lossBefore = tape.value(loss).data[0]
        var updated = model
        updated.parameters[0].data[wIndex] -= lr * gw.data[wIndex]
        let after = try crossEntropy(try updated.logits(d.batch([index])), targets: [d.labels[index]])
        lossAfter = after.loss
        let viaTransposed = try convTranspose2d(g, weight: model.parameters[0], options: ConvTranspose2DOptions(padding: .square(1)))
        transposedDifference = zip(viaTransposed.data, gx.data).map { abs($0 - $1) }.max() ?? 0
    }
}
