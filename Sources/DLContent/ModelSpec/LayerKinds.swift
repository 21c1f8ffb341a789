import DLEngine

/// The layer kinds a spec file may use and how their options map to engine layers.
enum LayerKinds {
    static let activations = ["relu", "relu6", "leakyrelu", "sigmoid", "tanh", "gelu", "silu", "softmax"]
    static let kinds = ["conv", "convT", "maxpool", "avgpool", "adaptiveavgpool", "globalavgpool", "linear",
                        "flatten", "batchnorm", "lrn", "dropout", "residual", "concat", "block"] + activations

    static func op(_ kind: String, _ o: LayerOptions) throws(ModelSpecError) -> LayerOp {
        switch kind {
        case "conv":
            try o.check(["out", "kernel", "stride", "padding", "dilation", "groups", "bias"])
            return .conv(ConvSpec(out: try o.int("out"), kernel: try o.int("kernel"), stride: try o.int("stride", default: 1),
                                  padding: try o.padding("padding"), dilation: try o.int("dilation", default: 1),
                                  groups: try o.int("groups", default: 1), bias: try o.bool("bias", default: true)))
        case "convT":
            try o.check(["out", "kernel", "stride", "padding", "output_padding", "dilation", "groups", "bias"])
            return .convTranspose(ConvTransposeSpec(
                out: try o.int("out"), kernel: try o.int("kernel"), stride: try o.int("stride", default: 1),
                padding: try o.int("padding", default: 0), outputPadding: try o.int("output_padding", default: 0),
                dilation: try o.int("dilation", default: 1), groups: try o.int("groups", default: 1),
                bias: try o.bool("bias", default: true)))
        case "maxpool", "avgpool":
            try o.check(["kernel", "stride", "padding", "dilation", "ceil"])
            let k = try o.int("kernel")
            return .pool(PoolSpec(kind == "maxpool" ? .max : .avg, kernel: k, stride: try o.int("stride", default: k),
                                  padding: try o.int("padding", default: 0), dilation: try o.int("dilation", default: 1),
                                  ceilMode: try o.bool("ceil", default: false)))
        case "adaptiveavgpool":
            try o.check(["size"])
            let (h, w) = try o.size("size", default: 1)
            return .adaptiveAvgPool(height: h, width: w)
        case "globalavgpool":
            try o.check([])
            return .adaptiveAvgPool(height: 1, width: 1)
        case "linear":
            try o.check(["out", "bias"])
            return .linear(out: try o.int("out"), bias: try o.bool("bias", default: true))
        case "flatten":
            try o.check([])
            return .flatten
        case "batchnorm":
            try o.check([])
            return .batchNorm
        case "lrn":
            try o.check(["size"])
            return .localResponseNorm(size: try o.int("size", default: 5))
        case "dropout":
            try o.check(["p"])
            return .dropout(try o.probability(default: 0.5))
        default:
            if activations.contains(kind) {
                try o.check([])
                return .activation(kind)
            }
            let hint = NameSuggestion.closest(to: kind, among: kinds).map { " (did you mean '\($0)'?)" } ?? ""
            throw o.fail(nil, "unknown layer kind\(hint); kinds: \(kinds.joined(separator: ", "))")
        }
    }
}
