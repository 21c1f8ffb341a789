import DLEngine

extension SceneCatalog {
    /// Parameter validators of the Convolution scene family.
    static let convolution: [String: Validator] = [
        "conv-stepper": { spec in
            var problems = ConvSceneParams.unknownKeys(spec, ["input", "kernel", "stride", "padding", "dilation", "bias"])
            problems += ConvSceneParams.checkConv(spec)
            return problems
        },
        "conv-channels": { spec in
            ConvSceneParams.unknownKeys(spec, ["in_channels", "out_channels", "kernel", "size"])
                + ConvSceneParams.ints(spec, ["in_channels": 1...4, "out_channels": 1...4, "kernel": 1...3, "size": 2...6])
        },
        "conv-explorer": { spec in
            ConvSceneParams.unknownKeys(spec, ["size", "kernel", "stride", "padding", "dilation"])
                + ConvSceneParams.ints(spec, ["size": 1...16, "kernel": 1...7, "stride": 1...5, "padding": 0...6, "dilation": 1...4])
        },
        "pool-stepper": { spec in
            var problems = ConvSceneParams.unknownKeys(spec, ["input", "kernel", "stride", "padding", "mode", "ceil"])
            problems += ConvSceneParams.ints(spec, ["kernel": 1...5, "stride": 1...5, "padding": 0...2])
            if let mode = spec.params["mode"], mode.string != "max" && mode.string != "avg" {
                problems.append("mode must be max or avg")
            }
            if let ceil = spec.params["ceil"], case .bool = ceil {} else if spec.params["ceil"] != nil {
                problems.append("ceil must be true or false")
            }
            problems += ConvSceneParams.matrix(spec, "input")
            return problems
        },
        "conv-1x1": { spec in
            ConvSceneParams.unknownKeys(spec, ["in_channels", "out_channels", "bottleneck"])
                + ConvSceneParams.ints(spec, ["in_channels": 1...4, "out_channels": 1...4])
        },
        "feature-maps": { spec in
            var problems = ConvSceneParams.unknownKeys(spec, ["kernel", "relu"])
            if let k = spec.params["kernel"], !(k.string.map { ["vertical-edge", "horizontal-edge", "blur", "sobel-x", "sobel-y", "sharpen"].contains($0) } ?? false) {
                problems.append("kernel must be one of vertical-edge, horizontal-edge, blur, sobel-x, sobel-y, sharpen")
            }
            return problems
        },
    ]
}

/// Shared checks of the Convolution family's scene parameters.
enum ConvSceneParams {
    static func unknownKeys(_ spec: SceneSpec, _ known: Set<String>) -> [String] {
        spec.params.keys.sorted().filter { !known.contains($0) }.map {
            "unknown parameter '\($0)' (known: \(known.sorted().joined(separator: ", ")))"
        }
    }

    static func ints(_ spec: SceneSpec, _ ranges: [String: ClosedRange<Int>]) -> [String] {
        ranges.keys.sorted().compactMap { key in
            guard let value = spec.params[key], let range = ranges[key] else { return nil }
            guard let n = value.int, range.contains(n) else {
                return "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        }
    }

    static func matrix(_ spec: SceneSpec, _ key: String) -> [String] {
        guard let value = spec.params[key] else { return [] }
        guard let text = value.string else { return ["\(key) must be a string like \"1 2; 3 4\""] }
        if case .failure(let e) = MatrixText.parse(text, name: key) { return [e.message] }
        return []
    }

    /// Input and kernel must parse, and the engine must accept the convolution.
    static func checkConv(_ spec: SceneSpec) -> [String] {
        var problems = matrix(spec, "input") + matrix(spec, "kernel")
        problems += ints(spec, ["stride": 1...5, "dilation": 1...4])
        if let p = spec.params["padding"], p.int == nil, p.string != "same", p.string != "valid" {
            problems.append("padding must be a whole number, same or valid")
        }
        if let b = spec.params["bias"], b.number == nil { problems.append("bias must be a number") }
        guard problems.isEmpty,
              case .success(let input)? = spec.params["input"]?.string.map({ MatrixText.parse($0, name: "input") }),
              case .success(let kernel)? = spec.params["kernel"]?.string.map({ MatrixText.parse($0, name: "kernel") })
        else { return problems.isEmpty && (spec.params["input"] == nil || spec.params["kernel"] == nil) ? ["input and kernel are required"] : problems }
        do {
            let x = try Tensor(shape: [1, input.count, input[0].count], data: input.flatMap { $0 })
            let w = try Tensor(shape: [1, 1, kernel.count, kernel[0].count], data: kernel.flatMap { $0 })
            var padding = ConvPadding.int(spec.params["padding"]?.int ?? 0)
            if spec.params["padding"]?.string == "same" { padding = .same }
            if spec.params["padding"]?.string == "valid" { padding = .valid }
            let options = Conv2DOptions(stride: .square(spec.params["stride"]?.int ?? 1), padding: padding,
                                        dilation: .square(spec.params["dilation"]?.int ?? 1))
            _ = try conv2d(x, weight: w, options: options)
        } catch {
            problems.append(error.message)
        }
        return problems
    }
}
