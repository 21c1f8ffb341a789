import Foundation

/// The settings of one long-memory training run (`dlstudy train-seq`, the lecture-7 scene).
public struct SequenceTrainingConfig: Equatable, Sendable {
    public var cell: RecurrentKind
    /// Sequence length T.
    public var length: Int
    public var hidden: Int
    public var epochs: Int
    public var learningRate: Double
    /// Gradient clipping: the largest total gradient norm (torch's clip_grad_norm_); nil = off.
    public var clip: Double?
    public var seed: UInt64
    public var trainCount: Int
    public var testCount: Int
    public var batchSize: Int
    /// Half-width of the distractor noise.
    public var noise: Double
    /// How strongly the gated cells start out keeping their memory (see `SequenceClassifier.init`).
    public var keepBias: Double

    /// The defaults the lesson's accuracy claims were measured with.
    public init(
        cell: RecurrentKind, length: Int = 40, hidden: Int = 8, epochs: Int = 20, learningRate: Double = 0.003,
        clip: Double? = nil, seed: UInt64 = 1, trainCount: Int = 1000, testCount: Int = 500, batchSize: Int = 32,
        noise: Double = 0.5, keepBias: Double = 2
    ) {
        (self.cell, self.length, self.hidden, self.epochs, self.learningRate, self.clip, self.seed) =
            (cell, length, hidden, epochs, learningRate, clip, seed)
        (self.trainCount, self.testCount, self.batchSize, self.noise, self.keepBias) =
            (trainCount, testCount, batchSize, noise, keepBias)
    }
}

/// The figures of one finished epoch.
public struct SequenceEpoch: Equatable, Sendable {
    /// 1-based epoch number.
    public let epoch: Int
    /// Mean training cross-entropy over the epoch's sequences.
    public let trainLoss: Double
    /// Fraction of test sequences classified right after the epoch.
    public let testAccuracy: Double
    /// Mean over the epoch's training sequences of ‖∂ℓ/∂h_t‖ for t = 1…T.
    public let gradientNorms: [Double]
}

/// Trains a `SequenceClassifier` on a seeded `SequenceTask` with Adam (the shared `Optimizer`),
/// one mini-batch at a time so a scene can train in slices between key presses.
public struct SequenceTrainer: Sendable {
    public let config: SequenceTrainingConfig
    public let train: SequenceTask, test: SequenceTask
    public internal(set) var model: SequenceClassifier
    public internal(set) var history: [SequenceEpoch] = []
    // Internal (not private) so the sliced path (`SequenceTrainer+Slices.swift`) keeps the same books.
    var optimizer: Optimizer
    var order: [Int]
    private var shuffler: SeededGenerator
    var position = 0
    var lossSum = 0.0
    var normSums: [Double]
    /// The mini-batch `trainSlice` has begun and not finished.
    var inFlight: SequenceBatchInFlight?

    /// Draws the data (train then test, from `seed`) and the initial weights (from a second stream of
    /// `seed`), so every cell given the same seed sees the same sequences.
    public init(_ config: SequenceTrainingConfig) {
        self.config = config
        var data = SeededGenerator(seed: config.seed)
        train = SequenceTask(length: config.length, count: config.trainCount, noise: config.noise, generator: &data)
        test = SequenceTask(length: config.length, count: config.testCount, noise: config.noise, generator: &data)
        var weights = SeededGenerator(seed: config.seed ^ 0x5EED_CE11)
        model = SequenceClassifier(kind: config.cell, hiddenSize: config.hidden, keepBias: config.keepBias, generator: &weights)
        optimizer = Optimizer(.adam(lr: config.learningRate))
        shuffler = SeededGenerator(seed: config.seed ^ 0x5A0F_F1E5)
        order = Array(0..<config.trainCount)
        normSums = [Double](repeating: 0, count: config.length)
        reshuffle()
    }

    /// Epochs finished so far.
    public var epochsDone: Int { history.count }
    /// True once `config.epochs` epochs are done.
    public var isFinished: Bool { history.count >= config.epochs }
    /// Mini-batches per epoch.
    public var batchesPerEpoch: Int { (config.trainCount + config.batchSize - 1) / max(1, config.batchSize) }
    /// Mini-batches done in the current epoch.
    public var batchesDone: Int { (position + config.batchSize - 1) / max(1, config.batchSize) }

    /// A Fisher–Yates shuffle of the training order with the run's own generator.
    private mutating func reshuffle() {
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, shuffler.int(in: 0...i))
        }
    }

    /// One mini-batch (the readable reference; `trainSlice` does the same work a few sequences at a
    /// time and is tested bit for bit against it): the batch's mean cross-entropy (`crossEntropy`, as torch's default reduction),
    /// its gradient through the read-out and BPTT, optional clipping, one Adam step. Returns the
    /// epoch's figures when this batch finished an epoch.
    @discardableResult
    public mutating func trainBatch() throws(EngineError) -> SequenceEpoch? {
        guard !isFinished else { return nil }
        inFlight = nil  // (a batch `trainSlice` began changed none of the books: it is dropped)
        let end = min(position + config.batchSize, order.count)
        let layer = model.layer
        let batch = Array(order[position..<end])
        let passes = batch.map { model.forward(train.inputs[$0], layer: layer) }
        let ce = try crossEntropy(
            Tensor(shape: [batch.count, 2], data: passes.flatMap(\.logits)), targets: batch.map { train.labels[$0] })
        lossSum += ce.loss * Double(batch.count)
        var batchGrads = model.parameters.map { [Double](repeating: 0, count: $0.count) }
        for (n, pass) in passes.enumerated() {
            let dz = Array(ce.gradInput.data[(2 * n)..<(2 * n + 2)])
            let (grads, recurrent) = model.gradients(pass.tape, dLogits: dz, layer: layer)
            for p in grads.indices { for i in grads[p].indices { batchGrads[p][i] += grads[p][i] } }
            // ‖∂ℓ_n/∂h_t‖ of this sequence's own loss: undo the 1/N of the batch mean.
            let norms = recurrent.hiddenNorms
            for t in 0..<config.length { normSums[t] += norms[t + 1] * Double(batch.count) }
        }
        position = end
        if let clip = config.clip { clipGradNorm(&batchGrads, maxNorm: clip) }
        optimizer.step(&model.parameters, batchGrads)
        guard position >= order.count else { return nil }
        return finishEpoch(testAccuracy: testAccuracy())
    }

    /// Records the finished epoch with the test accuracy at its weights and starts the next one's order.
    mutating func finishEpoch(testAccuracy: Double) -> SequenceEpoch {
        let count = Double(order.count)
        let epoch = SequenceEpoch(
            epoch: history.count + 1, trainLoss: lossSum / count, testAccuracy: testAccuracy, gradientNorms: normSums.map { $0 / count })
        history.append(epoch)
        position = 0
        lossSum = 0
        normSums = [Double](repeating: 0, count: config.length)
        reshuffle()
        return epoch
    }

    /// Runs every remaining epoch.
    public mutating func run() throws(EngineError) {
        while !isFinished { try trainBatch() }
    }

    /// Fraction of test sequences the model classifies right now.
    public func testAccuracy() -> Double {
        let layer = model.layer
        let right = zip(test.inputs, test.labels).reduce(0) { $0 + (model.predict($1.0, layer: layer) == $1.1 ? 1 : 0) }
        return Double(right) / Double(max(1, test.count))
    }
}

/// torch.nn.utils.clip_grad_norm_: when the total norm over every buffer exceeds `maxNorm`, scale all
/// gradients by maxNorm / (norm + 1e-6).
public func clipGradNorm(_ gradients: inout [[Double]], maxNorm: Double) {
    let norm = gradients.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }.squareRoot()
    let coefficient = maxNorm / (norm + 1e-6)
    guard coefficient < 1 else { return }
    for p in gradients.indices { for i in gradients[p].indices { gradients[p][i] *= coefficient } }
}
