import Foundation

/// The pure JSON service behind `dlstudy compute`: one request in, one result (or a typed error) out.
public enum ComputeService {
    /// Parses the request, runs the op and serialises the result; never traps.
    public static func respond(to data: Data) -> Result<Data, EngineError> {
        do {
            let json = try JSONValue.parse(data)
            let request = try ComputeRequest.parse(json)
            let result = try compute(request)
            try checkFinite(result, path: "result")
            return .success(Data(result.serialized.utf8))
        } catch {
            return .failure(error)
        }
    }

    /// Runs a parsed request and returns the result as a JSON value.
    public static func compute(_ request: ComputeRequest) throws(EngineError) -> JSONValue {
        switch request {
        case let .conv2d(input, weight, bias, options):
            return output(try conv2d(input, weight: weight, bias: bias, options: options))
        case let .convTranspose2d(input, weight, bias, options):
            return output(try convTranspose2d(input, weight: weight, bias: bias, options: options))
        case let .maxPool2d(input, options, returnIndices):
            let r = try maxPool2d(input, options: options)
            guard returnIndices else { return output(r.output) }
            let indices = Tensor(uncheckedShape: r.output.shape, data: r.indices.map(Double.init))
            return .object(["output": json(r.output.nested), "indices": json(indices.nested)])
        case let .avgPool2d(input, options):
            return output(try avgPool2d(input, options: options))
        case let .adaptiveAvgPool2d(input):
            return output(try globalAvgPool2d(input))
        case let .roiPool(input, boxes, size, scale):
            return output(try roiPool(input, boxes: boxes, outputSize: size, spatialScale: scale))
        case let .recurrent(weights, input, h0, c0, bptt, gradOutput):
            return try recurrent(weights, input: input, h0: h0, c0: c0, bptt: bptt, gradOutput: gradOutput)
        case let .elementwise(name, input):
            switch name {
            case "relu": return output(relu(input))
            case "sigmoid": return output(sigmoid(input))
            default: return output(tanh(input))
            }
        case let .softmax(input, dim):
            return output(try softmax(input, dim: dim))
        case let .linear(input, weight, bias):
            return output(try linear(input, weight: weight, bias: bias))
        case let .matmul(a, b):
            return output(try DLEngine.matmul(a, b))
        case let .add(a, b):
            return output(try DLEngine.add(a, b))
        case let .cat(tensors):
            return output(try concatChannels(tensors))
        case let .flatten(input, startDim):
            return output(try DLEngine.flatten(input, startDim: startDim))
        case let .withGradient(inner, gradOutput):
            return try gradientResult(inner, gradOutput: gradOutput)
        case let .crossEntropy(input, targets, reduction):
            return try crossEntropyResult(input, targets: targets, reduction: reduction)
        }
    }

    private static func output(_ t: Tensor) -> JSONValue { .object(["output": tensor(t)]) }

    /// A tensor as nested JSON lists.
    public static func tensor(_ t: Tensor) -> JSONValue { json(t.nested) }

    static func json(_ n: NestedList) -> JSONValue {
        switch n {
        case .number(let d): .number(d)
        case .list(let items): .array(items.map(json))
        }
    }

    static func vector(_ v: [Double]) -> JSONValue { .array(v.map { .number($0) }) }
    static func matrix(_ m: [[Double]]) -> JSONValue { .array(m.map(vector)) }

    /// JSON has no infinity or NaN: a result that overflowed is an error naming where.
    private static func checkFinite(_ v: JSONValue, path: String) throws(EngineError) {
        if let at = firstNonFinite(v) {
            throw EngineError("\(path)\(at.path) is \(at.value): the computation overflowed (inputs too large)")
        }
    }

    private static func firstNonFinite(_ v: JSONValue) -> (path: String, value: Double)? {
        switch v {
        case .number(let d): return d.isFinite ? nil : ("", d)
        case .array(let a):
            for (i, x) in a.enumerated() {
                if let r = firstNonFinite(x) { return ("[\(i)]" + r.path, r.value) }
            }
        case .object(let o):
            for (k, x) in o {
                if let r = firstNonFinite(x) { return ("." + k + r.path, r.value) }
            }
        default: break
        }
        return nil
    }
}
