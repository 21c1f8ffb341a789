/// Walks a network layer by layer: output shapes, parameters, mult-adds and footprints.
enum NetworkAnalyzer {
    /// What one layer (or block) gives: its output and its costs.
    struct Step {
        var output: FeatureShape
        var params: Int = 0
        var bias: Int = 0
        var macs: Int = 0
        var footprint: Footprint?
    }

    static func analyze(_ network: Network) throws(ArchitectureError) -> NetworkReport {
        let input = network.input
        guard input.channels > 0, input.height > 0, input.width > 0 else {
            throw ArchitectureError(layerName: "input", message: "size \(input) must be positive")
        }
        var named: [String: Int] = [:]
        var rows: [LayerReport] = []
        var shape = input
        var footprint: Footprint? = .identity
        for (index, layer) in network.layers.enumerated() {
            let step = try run(layer, input: shape, footprint: footprint, path: [index], named: &named)
            var sideStep = false
            if case .sideBranch = layer.op { sideStep = true }
            rows.append(LayerReport(
                name: layer.name, kind: LayerDescription.kind(layer.op),
                summary: LayerDescription.summary(layer.op, inChannels: shape.channels),
                op: layer.op, input: shape, output: step.output, params: step.params, biasParams: step.bias, macs: step.macs,
                footprint: sideStep ? nil : step.footprint, onMainPath: !sideStep))
            if !sideStep {
                shape = step.output
                footprint = step.footprint
            }
        }
        return NetworkReport(model: network.name, input: input, layers: rows, namedParams: named,
                             finalFeatureIndex: finalFeatureIndex(network.layers))
    }

    /// The last main-path row before the first global pooling, flatten or linear layer.
    static func finalFeatureIndex(_ layers: [Layer]) -> Int? {
        var last: Int?
        for (index, layer) in layers.enumerated() {
            if case .sideBranch = layer.op { continue }
            if isHead(layer.op) { return last }
            last = index
        }
        return last
    }

    /// Whether a layer is (or contains) global pooling, flatten or a classifier.
    static func isHead(_ op: LayerOp) -> Bool {
        switch op {
        case .adaptiveAvgPool, .flatten, .linear: return true
        case .sequence(_, let inner): return inner.contains { isHead($0.op) }
        case .concat(_, let branches): return branches.contains { $0.contains { isHead($0.op) } }
        case .residual(let body, let shortcut): return (body + shortcut).contains { isHead($0.op) }
        default: return false
        }
    }

    static func run(_ layer: Layer, input: FeatureShape, footprint: Footprint?, path: [Int],
                    named: inout [String: Int]) throws(ArchitectureError) -> Step {
        let step = try compute(layer, input: input, footprint: footprint, path: path, named: &named)
        if !layer.name.isEmpty { named[layer.name] = step.params }
        return step
    }

    static func tooLarge(_ layer: Layer, _ path: [Int], _ label: String) -> ArchitectureError {
        fail(layer, path, "\(label): the numbers are too large to count")
    }

    static func fail(_ layer: Layer, _ path: [Int], _ message: String) -> ArchitectureError {
        ArchitectureError(layerName: layer.name, indexPath: path, message: message)
    }

    static func compute(_ layer: Layer, input: FeatureShape, footprint: Footprint?, path: [Int],
                        named: inout [String: Int]) throws(ArchitectureError) -> Step {
        let label = LayerDescription.summary(layer.op, inChannels: input.channels)
        switch layer.op {
        case .conv(let c):
            return try conv(c, layer, input, footprint, path, label)
        case .convTranspose(let c):
            return try convTranspose(c, layer, input, path, label)
        case .pool(let p):
            return try pool(p, layer, input, footprint, path, label)
        case .adaptiveAvgPool(let h, let w):
            guard h > 0, w > 0 else { throw fail(layer, path, "\(label): output size \(h)×\(w) must be positive") }
            guard !input.isFlat else { throw fail(layer, path, "\(label): input is a flat vector of \(input.channels)") }
            var fp: Footprint?
            if let f = footprint, input.height % h == 0 {
                let k = input.height / h
                fp = f.through(kernel: k, stride: k, leadingPad: 0)
            }
            return Step(output: FeatureShape(channels: input.channels, height: h, width: w), footprint: fp)
        case .linear(let out, let bias):
            guard out > 0 else { throw fail(layer, path, "\(label): \(out) outputs, must be positive") }
            guard input.isFlat else {
                throw fail(layer, path, "\(label): input is \(input), not a flat vector (add a flatten layer)")
            }
            let b = bias ? out : 0
            guard let weights = Checked.product(input.channels, out) else { throw tooLarge(layer, path, label) }
            return Step(output: .flat(out), params: weights + b, bias: b, macs: weights, footprint: nil)
        case .flatten:
            guard let count = Checked.product(input.channels, input.height, input.width) else { throw tooLarge(layer, path, label) }
            return Step(output: .flat(count), footprint: nil)
        case .batchNorm:
            return Step(output: input, params: 2 * input.channels, bias: input.channels, footprint: footprint)
        case .localResponseNorm(let size):
            guard size > 0 else { throw fail(layer, path, "\(label): size \(size) must be positive") }
            return Step(output: input, footprint: footprint)
        case .dropout(let p):
            guard p >= 0, p <= 1 else { throw fail(layer, path, "\(label): probability \(p) must be in 0…1") }
            return Step(output: input, footprint: footprint)
        case .activation:
            return Step(output: input, footprint: footprint)
        case .sequence(_, let layers), .sideBranch(_, let layers):
            return try sequence(layers, input: input, footprint: footprint, path: path, named: &named)
        case .concat(_, let branches):
            return try concat(branches, layer, input, footprint, path, &named)
        case .residual(let body, let shortcut):
            let b = try sequence(body, input: input, footprint: footprint, path: path + [0], named: &named)
            let s = try sequence(shortcut, input: input, footprint: footprint, path: path + [1], named: &named)
            guard b.output == s.output else {
                throw fail(layer, path, "residual add: body gives \(b.output) but shortcut gives \(s.output)")
            }
            let fp = (b.footprint).flatMap { bf in s.footprint.flatMap { Footprint.union([bf, $0]) } }
            return Step(output: b.output, params: b.params + s.params, bias: b.bias + s.bias,
                        macs: b.macs + s.macs, footprint: fp)
        }
    }

    static func sequence(_ layers: [Layer], input: FeatureShape, footprint: Footprint?, path: [Int],
                         named: inout [String: Int]) throws(ArchitectureError) -> Step {
        var total = Step(output: input, footprint: footprint)
        for (i, layer) in layers.enumerated() {
            let step = try run(layer, input: total.output, footprint: total.footprint, path: path + [i], named: &named)
            total.output = step.output
            total.footprint = step.footprint
            total.params += step.params
            total.bias += step.bias
            total.macs += step.macs
        }
        return total
    }

    static func concat(_ branches: [[Layer]], _ layer: Layer, _ input: FeatureShape, _ footprint: Footprint?,
                       _ path: [Int], _ named: inout [String: Int]) throws(ArchitectureError) -> Step {
        guard !branches.isEmpty else { throw fail(layer, path, "concat: no branches") }
        var steps: [Step] = []
        for (b, branch) in branches.enumerated() {
            steps.append(try sequence(branch, input: input, footprint: footprint, path: path + [b], named: &named))
        }
        let first = steps[0].output
        for (b, s) in steps.enumerated() where s.output.isFlat || s.output.height != first.height || s.output.width != first.width {
            throw fail(layer, path, "concat: branch \(b + 1) gives \(s.output) but branch 1 gives \(first) (spatial sizes must match)")
        }
        let footprints = steps.compactMap(\.footprint)
        let fp = footprints.count == steps.count ? Footprint.union(footprints) : nil
        return Step(output: FeatureShape(channels: steps.reduce(0) { $0 + $1.output.channels },
                                         height: first.height, width: first.width),
                    params: steps.reduce(0) { $0 + $1.params }, bias: steps.reduce(0) { $0 + $1.bias },
                    macs: steps.reduce(0) { $0 + $1.macs }, footprint: fp)
    }

    static func conv(_ c: ConvSpec, _ layer: Layer, _ input: FeatureShape, _ footprint: Footprint?,
                     _ path: [Int], _ label: String) throws(ArchitectureError) -> Step {
        guard c.outChannels > 0, c.kernel > 0, c.stride > 0, c.dilation > 0, c.groups > 0 else {
            throw fail(layer, path, "\(label): out \(c.outChannels), kernel \(c.kernel), stride \(c.stride), dilation \(c.dilation) and groups \(c.groups) must be positive")
        }
        if case .explicit(let p) = c.padding, p < 0 {
            throw fail(layer, path, "\(label): padding \(p) must not be negative")
        }
        if c.padding == .same, c.stride != 1 {
            throw fail(layer, path, "\(label): padding 'same' needs stride 1 (stride is \(c.stride))")
        }
        guard !input.isFlat else { throw fail(layer, path, "\(label): input is a flat vector of \(input.channels)") }
        guard input.channels % c.groups == 0, c.outChannels % c.groups == 0 else {
            throw fail(layer, path, "\(label): \(input.channels) input and \(c.outChannels) output channels must both divide into \(c.groups) groups")
        }
        let padTotal = c.padding.total(kernel: c.kernel, dilation: c.dilation)
        guard let h = SizeArithmetic.convOutput(input: input.height, kernel: c.kernel, stride: c.stride, padTotal: padTotal, dilation: c.dilation),
              let w = SizeArithmetic.convOutput(input: input.width, kernel: c.kernel, stride: c.stride, padTotal: padTotal, dilation: c.dilation)
        else {
            let reach = c.dilation * (c.kernel - 1) + 1
            throw fail(layer, path, "\(label): input is \(input.height + padTotal)×\(input.width + padTotal) after padding \(padTotal / 2), smaller than the \(reach)×\(reach) kernel")
        }
        guard let weights = Checked.product(c.kernel, c.kernel, input.channels / c.groups, c.outChannels),
              let macs = Checked.product(weights, h, w) else { throw tooLarge(layer, path, label) }
        let bias = c.bias ? c.outChannels : 0
        let fp = footprint?.through(kernel: c.kernel, stride: c.stride,
                                    leadingPad: c.padding.leading(kernel: c.kernel, dilation: c.dilation), dilation: c.dilation)
        return Step(output: FeatureShape(channels: c.outChannels, height: h, width: w),
                    params: weights + bias, bias: bias, macs: macs, footprint: fp)
    }

    static func convTranspose(_ c: ConvTransposeSpec, _ layer: Layer, _ input: FeatureShape, _ path: [Int],
                              _ label: String) throws(ArchitectureError) -> Step {
        guard c.outChannels > 0, c.kernel > 0, c.stride > 0, c.dilation > 0, c.groups > 0, c.padding >= 0, c.outputPadding >= 0 else {
            throw fail(layer, path, "\(label): sizes must be positive and paddings not negative")
        }
        guard c.outputPadding < max(c.stride, c.dilation) else {
            throw fail(layer, path, "\(label): output padding \(c.outputPadding) must be smaller than stride \(c.stride) or dilation \(c.dilation)")
        }
        guard !input.isFlat else { throw fail(layer, path, "\(label): input is a flat vector of \(input.channels)") }
        guard input.channels % c.groups == 0, c.outChannels % c.groups == 0 else {
            throw fail(layer, path, "\(label): \(input.channels) input and \(c.outChannels) output channels must both divide into \(c.groups) groups")
        }
        guard let h = SizeArithmetic.convTransposeOutput(input: input.height, kernel: c.kernel, stride: c.stride, padding: c.padding, outputPadding: c.outputPadding, dilation: c.dilation),
              let w = SizeArithmetic.convTransposeOutput(input: input.width, kernel: c.kernel, stride: c.stride, padding: c.padding, outputPadding: c.outputPadding, dilation: c.dilation)
        else { throw fail(layer, path, "\(label): padding \(c.padding) leaves no output from a \(input.spatial) input") }
        guard let weights = Checked.product(c.kernel, c.kernel, input.channels, c.outChannels / c.groups),
              let macs = Checked.product(weights, input.height, input.width) else { throw tooLarge(layer, path, label) }
        let bias = c.bias ? c.outChannels : 0
        return Step(output: FeatureShape(channels: c.outChannels, height: h, width: w), params: weights + bias,
                    bias: bias, macs: macs, footprint: nil)
    }

    static func pool(_ p: PoolSpec, _ layer: Layer, _ input: FeatureShape, _ footprint: Footprint?,
                     _ path: [Int], _ label: String) throws(ArchitectureError) -> Step {
        guard p.kernel > 0, p.stride > 0, p.dilation > 0, p.padding >= 0 else {
            throw fail(layer, path, "\(label): kernel \(p.kernel), stride \(p.stride) and dilation \(p.dilation) must be positive, padding \(p.padding) not negative")
        }
        guard 2 * p.padding <= p.dilation * (p.kernel - 1) + 1 else {
            throw fail(layer, path, "\(label): padding \(p.padding) is more than half the \(p.kernel)×\(p.kernel) window")
        }
        guard !input.isFlat else { throw fail(layer, path, "\(label): input is a flat vector of \(input.channels)") }
        guard let h = SizeArithmetic.poolOutput(input: input.height, kernel: p.kernel, stride: p.stride, padding: p.padding, dilation: p.dilation, ceilMode: p.ceilMode),
              let w = SizeArithmetic.poolOutput(input: input.width, kernel: p.kernel, stride: p.stride, padding: p.padding, dilation: p.dilation, ceilMode: p.ceilMode)
        else {
            throw fail(layer, path, "\(label): input is \(input.height + 2 * p.padding)×\(input.width + 2 * p.padding) after padding \(p.padding), smaller than the \(p.kernel)×\(p.kernel) window")
        }
        let fp = footprint?.through(kernel: p.kernel, stride: p.stride, leadingPad: p.padding, dilation: p.dilation)
        return Step(output: FeatureShape(channels: input.channels, height: h, width: w), footprint: fp)
    }
}
