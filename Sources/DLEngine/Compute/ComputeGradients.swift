/// Gradients through `dlstudy compute`: requests that carry `grad_output`, and the `cross_entropy` op.
extension ComputeRequest {
    /// The ops that accept `grad_output` and then also return `grad_input` (and `grad_weight`/`grad_bias`).
    public static let gradientOps = ["conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "linear", "relu", "sigmoid", "tanh"]

    /// Parses `cross_entropy`, or a gradient op with `grad_output`; nil for every other request.
    static func parseGradient(op: String, fields: [String: JSONValue]) throws(EngineError) -> ComputeRequest? {
        if op == "cross_entropy" {
            let f = RequestFields(op: op, fields: fields)
            try f.allowOnly(["input", "target", "reduction"])
            let input = try f.tensor("input")
            let target = try f.tensor("target")
            guard target.rank == 1 else {
                throw EngineError("cross_entropy target must be a list of class indices, got shape \(describe(shape: target.shape))")
            }
            var targets: [Int] = []
            for (i, t) in target.data.enumerated() {
                guard t == t.rounded(), abs(t) <= 1e9 else { throw EngineError("cross_entropy target \(i) must be a class index, got \(t)") }
                targets.append(Int(t))
            }
            var reduction = LossReduction.mean
            if let r = fields["reduction"], r != .null {
                guard case .string(let name) = r, let parsed = LossReduction(rawValue: name) else {
                    throw EngineError("cross_entropy reduction must be 'mean' or 'sum', got \(RequestFields.kind(r))")
                }
                reduction = parsed
            }
            return .crossEntropy(input: input, targets: targets, reduction: reduction)
        }
        guard gradientOps.contains(op), fields["grad_output"] != nil else { return nil }
        var rest = fields
        rest["grad_output"] = nil
        let inner = try parse(.object(rest))
        guard let g = fields["grad_output"], g != .null else { return inner }
        return .withGradient(inner, gradOutput: try RequestFields.tensor(g, name: "grad_output"))
    }
}

extension ComputeService {
    /// The forward result of `request` plus what `output.backward(grad_output)` gives in torch.
    static func gradientResult(_ request: ComputeRequest, gradOutput g: Tensor) throws(EngineError) -> JSONValue {
        var result: [String: JSONValue]
        let grads: OpGradients
        switch request {
        case let .conv2d(input, weight, bias, options):
            result = ["output": tensor(try conv2d(input, weight: weight, bias: bias, options: options))]
            grads = try conv2dBackward(input, weight: weight, hasBias: bias != nil, options: options, gradOutput: g)
        case let .convTranspose2d(input, weight, bias, options):
            result = ["output": tensor(try convTranspose2d(input, weight: weight, bias: bias, options: options))]
            grads = try convTranspose2dBackward(input, weight: weight, hasBias: bias != nil, options: options, gradOutput: g)
        case let .maxPool2d(input, options, returnIndices):
            let r = try maxPool2d(input, options: options)
            result = ["output": tensor(r.output)]
            if returnIndices { result["indices"] = tensor(Tensor(uncheckedShape: r.output.shape, data: r.indices.map(Double.init))) }
            grads = try maxPool2dBackward(input, options: options, gradOutput: g)
        case let .avgPool2d(input, options):
            result = ["output": tensor(try avgPool2d(input, options: options))]
            grads = try avgPool2dBackward(input, options: options, gradOutput: g)
        case let .linear(input, weight, bias):
            result = ["output": tensor(try linear(input, weight: weight, bias: bias))]
            grads = try linearBackward(input, weight: weight, hasBias: bias != nil, gradOutput: g)
        case let .elementwise(name, input):
            let kind = Activation(rawValue: name) ?? .tanh
            let out = kind.apply(input)
            result = ["output": tensor(out)]
            grads = OpGradients(gradInput: try kind.backward(input: input, output: out, gradOutput: g))
        default:
            throw EngineError("grad_output is taken by \(ComputeRequest.gradientOps.joined(separator: ", ")) only")
        }
        result["grad_input"] = tensor(grads.gradInput)
        if let w = grads.gradWeight { result["grad_weight"] = tensor(w) }
        if let b = grads.gradBias { result["grad_bias"] = tensor(b) }
        return .object(result)
    }

    /// `cross_entropy`: the loss and its gradient to the logits.
    static func crossEntropyResult(_ input: Tensor, targets: [Int], reduction: LossReduction) throws(EngineError) -> JSONValue {
        let r = try crossEntropy(input, targets: targets, reduction: reduction)
        return .object(["loss": .number(r.loss), "grad_input": tensor(r.gradInput)])
    }
}
