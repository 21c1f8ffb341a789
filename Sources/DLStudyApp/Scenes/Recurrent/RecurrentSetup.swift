import DLContent
import DLEngine
import Foundation

/// A recurrent cell ready to run: weights (PyTorch layout), an input sequence (T×I) and the initial
/// state. Scenes and the `dlstudy lstm|gru|rnn` commands build one and replay the engine's run.
public struct RecurrentSetup: Equatable, Sendable {
    public var weights: RecurrentWeights
    /// The input sequence, one row of I numbers per time step.
    public var input: [[Double]]
    public var h0: [Double]
    /// LSTM only.
    public var c0: [Double]?

    public init(weights: RecurrentWeights, input: [[Double]], h0: [Double]? = nil, c0: [Double]? = nil) {
        self.weights = weights
        self.input = input
        self.h0 = h0 ?? Array(repeating: 0, count: weights.hiddenSize)
        self.c0 = weights.kind == .lstm ? (c0 ?? Array(repeating: 0, count: weights.hiddenSize)) : nil
    }

    /// Runs the engine over the whole sequence.
    public func run() throws(EngineError) -> RecurrentRun {
        let I = weights.inputSize
        guard input.allSatisfy({ $0.count == I }) else {
            throw EngineError("every input step needs \(I) number\(I == 1 ? "" : "s") (input size)")
        }
        let tensor = try Tensor(shape: [input.count, I], data: input.flatMap { $0 })
        return try runRecurrent(weights, input: tensor, h0: h0, c0: c0)
    }

    /// Parameters of the layer, counted from the weight tensors themselves.
    public var parameterCount: Int {
        weights.weightIH.count + weights.weightHH.count + (weights.biasIH?.count ?? 0) + (weights.biasHH?.count ?? 0)
    }
}

/// Seeded weights in PyTorch's default initialisation: every entry uniform in [−1/√H, 1/√H].
public enum SeededWeights {
    /// The weights of a `kind` cell of input size `inputSize` and hidden size `hiddenSize` from `seed`.
    public static func make(_ kind: RecurrentKind, inputSize: Int, hiddenSize: Int, seed: UInt64) throws(EngineError) -> RecurrentWeights {
        var rng = SeededGenerator(seed: seed)
        let k = 1 / Double(hiddenSize).squareRoot()
        let G = kind.gateCount * hiddenSize
        func draw(_ n: Int) -> [Double] { (0..<n).map { _ in (rng.nextUnit() * 2 - 1) * k } }
        let wih = draw(G * inputSize), whh = draw(G * hiddenSize), bih = draw(G), bhh = draw(G)
        return try RecurrentWeights(
            kind: kind, weightIH: try Tensor(shape: [G, inputSize], data: wih), weightHH: try Tensor(shape: [G, hiddenSize], data: whh),
            biasIH: try Tensor(shape: [G], data: bih), biasHH: try Tensor(shape: [G], data: bhh))
    }
}

extension SeededGenerator {
    /// Uniform in [0, 1) (53 random bits), so a seed gives the same weights everywhere.
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
