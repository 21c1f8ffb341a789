/// The ops a tape records: each runs the engine's forward and keeps the matching backward beside it.
extension Tape {
    /// `conv2d`; the weight and the optional bias are variables on this tape.
    public mutating func conv2d(
        _ x: Variable, weight: Variable, bias: Variable? = nil, options: Conv2DOptions = Conv2DOptions()
    ) throws(EngineError) -> Variable {
        let (xv, wv) = (value(x), value(weight))
        let out = try conv2dFast(xv, weight: wv, bias: bias.map(value), options: options)
        return record(out, parents: [x, weight] + (bias.map { [$0] } ?? [])) { (g: Tensor, needs: [Bool]) throws(EngineError) -> [Tensor] in
            let r = try conv2dBackwardFast(xv, weight: wv, hasBias: bias != nil, options: options, gradOutput: g, inputGradient: needs[0])
            return [r.gradInput, r.gradWeight, r.gradBias].compactMap { $0 }
        }
    }

    /// `conv_transpose2d`; the weight is `C_in×C_out/groups×kH×kW`.
    public mutating func convTranspose2d(
        _ x: Variable, weight: Variable, bias: Variable? = nil, options: ConvTranspose2DOptions = ConvTranspose2DOptions()
    ) throws(EngineError) -> Variable {
        let (xv, wv) = (value(x), value(weight))
        let out = try DLEngine.convTranspose2d(xv, weight: wv, bias: bias.map(value), options: options)
        return record(out, parents: [x, weight] + (bias.map { [$0] } ?? [])) { (g: Tensor, _: [Bool]) throws(EngineError) -> [Tensor] in
            let r = try convTranspose2dBackward(xv, weight: wv, hasBias: bias != nil, options: options, gradOutput: g)
            return [r.gradInput, r.gradWeight, r.gradBias].compactMap { $0 }
        }
    }

    /// `max_pool2d`: the gradient goes to the first maximum of each window.
    public mutating func maxPool2d(_ x: Variable, options: Pool2DOptions) throws(EngineError) -> Variable {
        let xv = value(x)
        let r = try maxPool2dFast(xv, options: options)
        return record(r.output, parents: [x]) { g, _ in [routeToWinners(r, inputShape: xv.shape, gradOutput: g)] }
    }

    /// `avg_pool2d`.
    public mutating func avgPool2d(_ x: Variable, options: Pool2DOptions) throws(EngineError) -> Variable {
        let xv = value(x)
        let out = try DLEngine.avgPool2d(xv, options: options)
        return record(out, parents: [x]) { (g: Tensor, _: [Bool]) throws(EngineError) -> [Tensor] in
            [try avgPool2dBackward(xv, options: options, gradOutput: g).gradInput]
        }
    }

    /// `linear` (`x·Wᵀ + b`).
    public mutating func linear(_ x: Variable, weight: Variable, bias: Variable? = nil) throws(EngineError) -> Variable {
        let (xv, wv) = (value(x), value(weight))
        let out = try DLEngine.linear(xv, weight: wv, bias: bias.map(value))
        return record(out, parents: [x, weight] + (bias.map { [$0] } ?? [])) { (g: Tensor, _: [Bool]) throws(EngineError) -> [Tensor] in
            let r = try linearBackward(xv, weight: wv, hasBias: bias != nil, gradOutput: g)
            return [r.gradInput, r.gradWeight, r.gradBias].compactMap { $0 }
        }
    }

    /// An elementwise activation (relu, sigmoid, tanh).
    public mutating func activation(_ kind: Activation, _ x: Variable) -> Variable {
        let xv = value(x)
        let out = kind.apply(xv)
        return record(out, parents: [x]) { (g: Tensor, _: [Bool]) throws(EngineError) -> [Tensor] in
            [try kind.backward(input: xv, output: out, gradOutput: g)]
        }
    }

    /// `a + b` (same shapes): both receive the upstream gradient.
    public mutating func add(_ a: Variable, _ b: Variable) throws(EngineError) -> Variable {
        let out = try DLEngine.add(value(a), value(b))
        return record(out, parents: [a, b]) { g, _ in [g, g] }
    }

    /// `a * b` elementwise: `∂L/∂a = g·b`, `∂L/∂b = g·a`.
    public mutating func mul(_ a: Variable, _ b: Variable) throws(EngineError) -> Variable {
        let (av, bv) = (value(a), value(b))
        let out = try DLEngine.mul(av, bv)
        return record(out, parents: [a, b]) { g, _ in
            [Tensor(uncheckedShape: av.shape, data: (0..<g.count).map { g.data[$0] * bv.data[$0] }),
             Tensor(uncheckedShape: bv.shape, data: (0..<g.count).map { g.data[$0] * av.data[$0] })]
        }
    }

    /// `torch.flatten(x, start_dim)`: the gradient is reshaped back.
    public mutating func flatten(_ x: Variable, startDim: Int = 1) throws(EngineError) -> Variable {
        let shape = value(x).shape
        let out = try DLEngine.flatten(value(x), startDim: startDim)
        return record(out, parents: [x]) { g, _ in [Tensor(uncheckedShape: shape, data: g.data)] }
    }

    /// `cross_entropy(logits, targets, reduction)`: a scalar (shape `[]`) loss.
    public mutating func crossEntropy(_ logits: Variable, targets: [Int], reduction: LossReduction = .mean) throws(EngineError) -> Variable {
        let r = try DLEngine.crossEntropy(value(logits), targets: targets, reduction: reduction)
        return record(Tensor(uncheckedShape: [], data: [r.loss]), parents: [logits]) { g, _ in
            [Tensor(uncheckedShape: r.gradInput.shape, data: r.gradInput.data.map { $0 * g.data[0] })]
        }
    }
}
