/// One parsed `dlstudy compute` request: an op with its tensors and arguments, already typed.
public indirect enum ComputeRequest: Equatable, Sendable {
    case conv2d(input: Tensor, weight: Tensor, bias: Tensor?, options: Conv2DOptions)
    case convTranspose2d(input: Tensor, weight: Tensor, bias: Tensor?, options: ConvTranspose2DOptions)
    case maxPool2d(input: Tensor, options: Pool2DOptions, returnIndices: Bool)
    case avgPool2d(input: Tensor, options: Pool2DOptions)
    case adaptiveAvgPool2d(input: Tensor)
    case roiPool(input: Tensor, boxes: [RoIBox], outputSize: IntPair, spatialScale: Double)
    /// `gradOutput` (T×H, ∂L/∂h_t for every step) asks for the backward pass too.
    case recurrent(weights: RecurrentWeights, input: Tensor, h0: [Double]?, c0: [Double]?, bptt: Bool, gradOutput: Tensor?)
    case elementwise(name: String, input: Tensor)
    case softmax(input: Tensor, dim: Int)
    case linear(input: Tensor, weight: Tensor, bias: Tensor?)
    case matmul(Tensor, Tensor)
    case add(Tensor, Tensor)
    case cat([Tensor])
    case flatten(input: Tensor, startDim: Int)
    /// A gradient op's request with the upstream gradient `grad_output` (see ComputeGradients.swift).
    case withGradient(ComputeRequest, gradOutput: Tensor)
    case crossEntropy(input: Tensor, targets: [Int], reduction: LossReduction)

    /// The op names the service understands.
    public static let ops = [
        "conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "adaptive_avg_pool2d", "roi_pool",
        "rnn", "lstm", "gru", "relu", "sigmoid", "tanh", "softmax", "linear", "matmul", "add", "cat", "flatten", "cross_entropy",
    ]

    /// Parses a request from JSON bytes.
    public static func parse(_ data: [UInt8]) throws(EngineError) -> ComputeRequest {
        try parse(JSONValue.parse(.init(data)))
    }

    /// Parses a request from a JSON value.
    public static func parse(_ json: JSONValue) throws(EngineError) -> ComputeRequest {
        guard case .object(let fields) = json else {
            throw EngineError("request must be a JSON object with an 'op', got \(RequestFields.kind(json))")
        }
        guard case .string(let op)? = fields["op"] else {
            throw EngineError("request needs \"op\": one of \(ops.joined(separator: ", "))")
        }
        if let gradient = try parseGradient(op: op, fields: fields) { return gradient }
        let f = RequestFields(op: op, fields: fields)
        switch op {
        case "conv2d":
            try f.allowOnly(["input", "weight", "bias", "stride", "padding", "dilation", "groups"])
            return .conv2d(
                input: try f.tensor("input"), weight: try f.tensor("weight"), bias: try f.optionalTensor("bias"),
                options: Conv2DOptions(
                    stride: try f.pair("stride", default: .square(1)), padding: try f.convPadding(),
                    dilation: try f.pair("dilation", default: .square(1)), groups: try f.int("groups", default: 1)))
        case "conv_transpose2d":
            try f.allowOnly(["input", "weight", "bias", "stride", "padding", "output_padding", "groups", "dilation"])
            return .convTranspose2d(
                input: try f.tensor("input"), weight: try f.tensor("weight"), bias: try f.optionalTensor("bias"),
                options: ConvTranspose2DOptions(
                    stride: try f.pair("stride", default: .square(1)), padding: try f.pair("padding", default: .square(0)),
                    outputPadding: try f.pair("output_padding", default: .square(0)),
                    dilation: try f.pair("dilation", default: .square(1)), groups: try f.int("groups", default: 1)))
        case "max_pool2d":
            try f.allowOnly(["input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices"])
            guard f.has("kernel_size") else { throw EngineError("max_pool2d needs 'kernel_size'") }
            return .maxPool2d(
                input: try f.tensor("input"),
                options: Pool2DOptions(
                    kernelSize: try f.pair("kernel_size", default: .square(1)), stride: try f.strideOrKernel(),
                    padding: try f.pair("padding", default: .square(0)), dilation: try f.pair("dilation", default: .square(1)),
                    ceilMode: try f.bool("ceil_mode", default: false)),
                returnIndices: try f.bool("return_indices", default: false))
        case "avg_pool2d":
            try f.allowOnly(["input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"])
            guard f.has("kernel_size") else { throw EngineError("avg_pool2d needs 'kernel_size'") }
            return .avgPool2d(
                input: try f.tensor("input"),
                options: Pool2DOptions(
                    kernelSize: try f.pair("kernel_size", default: .square(1)), stride: try f.strideOrKernel(),
                    padding: try f.pair("padding", default: .square(0)), ceilMode: try f.bool("ceil_mode", default: false),
                    countIncludePad: try f.bool("count_include_pad", default: true),
                    divisorOverride: try f.optionalInt("divisor_override")))
        case "adaptive_avg_pool2d":
            try f.allowOnly(["input", "output_size"])
            let size = try f.pair("output_size", default: .square(1))
            guard size == .square(1) else {
                throw EngineError("adaptive_avg_pool2d supports output_size 1 (global average pooling), got \(size)")
            }
            return .adaptiveAvgPool2d(input: try f.tensor("input"))
        case "roi_pool":
            try f.allowOnly(["input", "boxes", "output_size", "spatial_scale"])
            let input = try f.tensor("input")
            guard f.has("output_size") else { throw EngineError("roi_pool needs 'output_size'") }
            return .roiPool(
                input: input, boxes: try f.boxes(batched: input.rank == 4),
                outputSize: try f.pair("output_size", default: .square(1)),
                spatialScale: try f.double("spatial_scale", default: 1))
        case "rnn", "lstm", "gru":
            let kind = RecurrentKind(rawValue: op) ?? .rnn
            try f.allowOnly(["input", "weight_ih", "weight_hh", "bias_ih", "bias_hh", "h0"] + (kind == .lstm ? ["c0"] : []) + ["bptt", "grad_output"])
            let weights = try RecurrentWeights(
                kind: kind, weightIH: try f.tensor("weight_ih"), weightHH: try f.tensor("weight_hh"),
                biasIH: try f.optionalTensor("bias_ih"), biasHH: try f.optionalTensor("bias_hh"))
            return .recurrent(
                weights: weights, input: try f.tensor("input"), h0: try f.vector("h0"), c0: try f.vector("c0"),
                bptt: try f.bool("bptt", default: false), gradOutput: try f.optionalTensor("grad_output"))
        case "relu", "sigmoid", "tanh":
            try f.allowOnly(["input"])
            return .elementwise(name: op, input: try f.tensor("input"))
        case "softmax":
            try f.allowOnly(["input", "dim"])
            return .softmax(input: try f.tensor("input"), dim: try f.int("dim", default: -1))
        case "linear":
            try f.allowOnly(["input", "weight", "bias"])
            return .linear(input: try f.tensor("input"), weight: try f.tensor("weight"), bias: try f.optionalTensor("bias"))
        case "matmul":
            try f.allowOnly(["input", "other"])
            return .matmul(try f.tensor("input"), try f.tensor("other"))
        case "add":
            try f.allowOnly(["input", "other"])
            return .add(try f.tensor("input"), try f.tensor("other"))
        case "cat":
            try f.allowOnly(["tensors", "dim"])
            let dim = try f.int("dim", default: 1)
            guard case .array(let items)? = f.fields["tensors"] else { throw EngineError("cat needs 'tensors', a list of tensors") }
            var tensors: [Tensor] = []
            for (i, item) in items.enumerated() { tensors.append(try RequestFields.tensor(item, name: "tensors[\(i)]")) }
            let channelDim = tensors.first.map { $0.rank == 4 ? 1 : 0 } ?? 1
            guard dim == channelDim else {
                throw EngineError("cat joins channels only: dim must be \(channelDim) for rank \(tensors.first?.rank ?? 4) tensors, got \(dim)")
            }
            return .cat(tensors)
        case "flatten":
            try f.allowOnly(["input", "start_dim"])
            return .flatten(input: try f.tensor("input"), startDim: try f.int("start_dim", default: 0))
        default:
            throw EngineError("unknown op '\(op.prefix(40))' (known: \(ops.joined(separator: ", ")))")
        }
    }
}

extension RequestFields {
    /// Pool stride: absent or null means the kernel size (returned as nil).
    func strideOrKernel() throws(EngineError) -> IntPair? {
        if case .array(let a)? = fields["stride"], a.isEmpty { return nil }
        return try optionalPair("stride")
    }

    /// roi_pool boxes: `[[x1, y1, x2, y2], ...]`, or `[[batch, x1, y1, x2, y2], ...]` for a batched input.
    func boxes(batched: Bool) throws(EngineError) -> [RoIBox] {
        let t = try tensor("boxes")
        if t.shape == [0] { return [] }
        guard t.rank == 2, t.shape[1] == 4 || t.shape[1] == 5 else {
            throw EngineError("boxes must be K×4 [x1, y1, x2, y2] (or K×5 with a batch index first), got \(describe(shape: t.shape))")
        }
        let cols = t.shape[1]
        return try (0..<t.shape[0]).map { (k: Int) throws(EngineError) -> RoIBox in
            let row = Array(t.data[(k * cols)..<((k + 1) * cols)])
            var batch = 0
            if cols == 5 {
                guard row[0] == row[0].rounded(), row[0] >= 0, row[0] < 1e9 else {
                    throw EngineError("box \(k) batch index must be a non-negative integer, got \(row[0])")
                }
                batch = Int(row[0])
            }
            let c = row.suffix(4).map { $0 }
            return RoIBox(batchIndex: batch, x1: c[0], y1: c[1], x2: c[2], y2: c[3])
        }
    }
}
