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

/// Parsing of number lists typed by a student: `"1 0.5; -1 2"` is two rows of two numbers.
public enum NumberRows {
    /// Rows separated by `;`, numbers by spaces or commas. Nil (with a message) when anything is not a number.
    public static func parse(_ text: String) -> Result<[[Double]], EngineError> {
        let rows = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !(rows.count == 1 && rows[0].isEmpty) else { return .failure(EngineError("no numbers given")) }
        var out: [[Double]] = []
        for (index, row) in rows.enumerated() {
            let parts = row.split(whereSeparator: { $0 == " " || $0 == "," })
            guard !parts.isEmpty else { return .failure(EngineError("row \(index + 1) is empty")) }
            var values: [Double] = []
            for part in parts {
                guard let v = Double(part), v.isFinite else {
                    return .failure(EngineError("'\(part)' in row \(index + 1) is not a number"))
                }
                values.append(v)
            }
            if let first = out.first, first.count != values.count {
                return .failure(EngineError("row \(index + 1) has \(values.count) numbers but row 1 has \(first.count)"))
            }
            out.append(values)
        }
        return .success(out)
    }

    /// The rows written back as text (`1 0.5; -1 2`).
    public static func format(_ rows: [[Double]]) -> String {
        rows.map { $0.map(short).joined(separator: " ") }.joined(separator: "; ")
    }

    /// A number without trailing zeros (`1`, `0.5`, `-0.25`).
    public static func short(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e9 { return String(Int(v)) }
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        return s
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
