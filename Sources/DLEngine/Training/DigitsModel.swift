import Foundation

/// Which network classifies the digits: the lesson's small CNN or, for comparison, a dense MLP.
public enum DigitsArchitecture: Equatable, Sendable {
    /// conv 1→C 3×3 padding 1 (bias) → ReLU → max-pool 2×2 → flatten (C·4·4) → linear → 10.
    case cnn(channels: Int)
    /// flatten (64) → linear 64→H → ReLU → linear H→10.
    case mlp(hidden: Int)

    /// The state_dict names of the parameters, in order.
    public var parameterNames: [String] {
        switch self {
        case .cnn: ["conv.weight", "conv.bias", "fc.weight", "fc.bias"]
        case .mlp: ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"]
        }
    }

    /// The parameter shapes, in order.
    public var parameterShapes: [[Int]] {
        switch self {
        case .cnn(let c): [[c, 1, 3, 3], [c], [10, c * 16], [10]]
        case .mlp(let h): [[h, 64], [h], [10, h], [10]]
        }
    }

    /// The number of weights and biases.
    public var parameterCount: Int { parameterShapes.reduce(0) { $0 + $1.reduce(1, *) } }
}

/// A digits classifier's parameters and its forward pass (on a tape for training, plain for prediction).
public struct DigitsModel: Equatable, Sendable {
    public let architecture: DigitsArchitecture
    /// The parameters in `architecture.parameterNames` order.
    public var parameters: [Tensor]

    /// PyTorch's default initialisation, drawn from `rng` layer by layer (weight, then bias, row-major):
    /// weights Kaiming-uniform with a = √5, i.e. U(−b, b) with b = √3·(√(2/(1+5))/√fan_in) = 1/√fan_in,
    /// biases U(−1/√fan_in, 1/√fan_in), as `nn.Conv2d` and `nn.Linear` do.
    public init(architecture: DigitsArchitecture, rng: inout SeededGenerator) {
        self.architecture = architecture
        let shapes = architecture.parameterShapes
        var params: [Tensor] = []
        for layer in 0..<2 {
            let wShape = shapes[2 * layer], bShape = shapes[2 * layer + 1]
            let fanIn = wShape.dropFirst().reduce(1, *)
            let gain = (2.0 / (1 + 5.0)).squareRoot()
            let weightBound = 3.0.squareRoot() * (gain / Double(fanIn).squareRoot())
            let biasBound = 1 / Double(fanIn).squareRoot()
            params.append(Tensor(uncheckedShape: wShape, data: (0..<wShape.reduce(1, *)).map { _ in rng.uniform(-weightBound, weightBound) }))
            params.append(Tensor(uncheckedShape: bShape, data: (0..<bShape.reduce(1, *)).map { _ in rng.uniform(-biasBound, biasBound) }))
        }
        parameters = params
    }

    /// A model with given parameters (shapes must match the architecture).
    public init(architecture: DigitsArchitecture, parameters: [Tensor]) throws(EngineError) {
        guard parameters.map(\.shape) == architecture.parameterShapes else {
            throw EngineError("parameters have shapes \(parameters.map { describe(shape: $0.shape) }), the network needs \(architecture.parameterShapes.map { describe(shape: $0) })")
        }
        self.architecture = architecture
        self.parameters = parameters
    }

    /// The values a forward pass records: logits, and for the CNN its feature maps after ReLU.
    public struct Forward {
        public let logits: Variable
        /// The CNN's conv output (before ReLU) and after ReLU; nil for the MLP.
        public let convOutput: Variable?, featureMaps: Variable?
    }

    /// The forward pass of an `N×1×8×8` batch on `tape`, with the parameters as the given variables.
    public func forward(_ x: Variable, parameters p: [Variable], on tape: inout Tape) throws(EngineError) -> Forward {
        switch architecture {
        case .cnn:
            let conv = try tape.conv2d(x, weight: p[0], bias: p[1], options: Conv2DOptions(padding: .int(1)))
            let maps = tape.activation(.relu, conv)
            let pooled = try tape.maxPool2d(maps, options: Pool2DOptions(kernelSize: .square(2)))
            let logits = try tape.linear(try tape.flatten(pooled, startDim: 1), weight: p[2], bias: p[3])
            return Forward(logits: logits, convOutput: conv, featureMaps: maps)
        case .mlp:
            let hidden = tape.activation(.relu, try tape.linear(try tape.flatten(x, startDim: 1), weight: p[0], bias: p[1]))
            return Forward(logits: try tape.linear(hidden, weight: p[2], bias: p[3]), convOutput: nil, featureMaps: nil)
        }
    }

    /// The logits of an `N×1×8×8` batch, `N×10`.
    public func logits(_ images: Tensor) throws(EngineError) -> Tensor {
        var tape = Tape()
        let x = tape.leaf(images, requiresGrad: false)
        let p = parameters.map { tape.leaf($0, requiresGrad: false) }
        let logits = try forward(x, parameters: p, on: &tape).logits
        return tape.value(logits)
    }

    /// The predicted class of each row of `logits` (the first maximum, as `torch.argmax`).
    public static func predictions(_ logits: Tensor) -> [Int] {
        let classes = logits.shape[1]
        return (0..<logits.shape[0]).map { r in
            var best = 0
            for k in 1..<classes where logits.data[r * classes + k] > logits.data[r * classes + best] { best = k }
            return best
        }
    }
}
