/// The optimiser choices of `dlstudy train` and the lesson's scene.
public enum DigitsOptimizerChoice: String, Sendable, CaseIterable {
    /// Plain SGD.
    case sgd
    /// SGD with momentum 0.9.
    case momentum
    /// Adam with PyTorch's default betas and eps.
    case adam

    /// The learning rate used when none is given (chosen so 10 epochs reach ≥ 95 % test accuracy).
    public var defaultLearningRate: Double {
        switch self {
        case .sgd: 0.1
        case .momentum: 0.05
        case .adam: 0.01
        }
    }

    /// The torch.optim rule with learning rate `lr`.
    public func kind(lr: Double) -> OptimizerKind {
        switch self {
        case .sgd: .sgd(lr: lr)
        case .momentum: .sgd(lr: lr, momentum: 0.9)
        case .adam: .adam(lr: lr)
        }
    }
}

/// Everything that determines a training run: same configuration, same numbers.
public struct DigitsTrainingConfig: Equatable, Sendable {
    public var architecture: DigitsArchitecture
    public var optimizer: DigitsOptimizerChoice
    public var learningRate: Double
    public var batchSize: Int
    public var seed: UInt64

    /// The lesson's default: CNN with 8 channels, SGD momentum 0.9 at lr 0.05, batch 32, seed 1.
    public init(
        architecture: DigitsArchitecture = .cnn(channels: 8), optimizer: DigitsOptimizerChoice = .momentum,
        learningRate: Double? = nil, batchSize: Int = 32, seed: UInt64 = 1
    ) {
        self.architecture = architecture; self.optimizer = optimizer
        self.learningRate = learningRate ?? optimizer.defaultLearningRate
        self.batchSize = batchSize; self.seed = seed
    }
}

/// The figures of one finished epoch.
public struct DigitsEpochRecord: Equatable, Sendable {
    /// 1-based epoch number.
    public let epoch: Int
    /// The mean cross-entropy over the epoch's training samples, as each mini-batch saw it.
    public let loss: Double
    /// Accuracy on the whole training and test set with the weights at the end of the epoch.
    public let trainAccuracy: Double, testAccuracy: Double
}

/// Mini-batch training of a digits model, one step at a time (so a scene can train a slice per tick).
///
/// One `SeededGenerator(seed)` draws the initial weights, then each epoch's shuffle of the training
/// indices; batches are consecutive slices of the shuffled order (the last one may be smaller).
public struct DigitsTrainer: Sendable {
    public let config: DigitsTrainingConfig
    public let dataset: DigitsDataset
    public private(set) var model: DigitsModel
    public private(set) var history: [DigitsEpochRecord] = []
    /// Mini-batches applied so far, in all epochs.
    public private(set) var steps = 0
    private var optimizer: Optimizer
    private var rng: SeededGenerator
    private var order: [Int] = []
    private var position = 0
    private var lossSum = 0.0

    /// Starts a run: fresh PyTorch-default weights from the seed.
    public init(config: DigitsTrainingConfig, dataset: DigitsDataset) throws(EngineError) {
        if case .cnn(let c) = config.architecture, !(1...64).contains(c) {
            throw EngineError(RangeMessage.wholeNumber("channels", 1...64, got: c))
        }
        if case .mlp(let h) = config.architecture, !(1...1024).contains(h) {
            throw EngineError(RangeMessage.wholeNumber("hidden size", 1...1024, got: h))
        }
        guard config.batchSize >= 1, config.batchSize <= dataset.trainIndices.count else {
            throw EngineError(RangeMessage.wholeNumber("batch size", 1...dataset.trainIndices.count, got: config.batchSize))
        }
        guard config.learningRate.isFinite, config.learningRate > 0, config.learningRate <= 10 else {
            throw EngineError(RangeMessage.text("learning rate", mustBe: "a number above 0 and at most 10", got: RangeMessage.show(config.learningRate)))
        }
        self.config = config
        self.dataset = dataset
        rng = SeededGenerator(seed: config.seed)
        model = DigitsModel(architecture: config.architecture, rng: &rng)
        optimizer = Optimizer(config.optimizer.kind(lr: config.learningRate))
    }

    /// The epoch in progress (1-based) and how many of its samples were trained on.
    public var epochInProgress: (epoch: Int, samplesDone: Int) { (history.count + 1, order.isEmpty ? 0 : position) }

    /// The training samples per epoch.
    public var samplesPerEpoch: Int { dataset.trainIndices.count }

    /// What one step did.
    public struct Step: Sendable {
        /// The mini-batch (indices into the dataset), its mean loss, the forward values and gradients.
        public let batch: [Int]
        public let loss: Double
        /// The epoch this step completed, if it was the last batch of one.
        public let finishedEpoch: DigitsEpochRecord?
    }

    /// Trains on the next mini-batch; at the end of an epoch evaluates and appends to `history`.
    @discardableResult
    public mutating func step() throws(EngineError) -> Step {
        let (batch, loss) = try applyNextBatch()
        var finished: DigitsEpochRecord? = nil
        if epochAwaitsRecord {
            finished = finishEpoch(trainAccuracy: try accuracy(dataset.trainIndices), testAccuracy: try accuracy(dataset.testIndices))
        }
        return Step(batch: batch, loss: loss, finishedEpoch: finished)
    }

    /// True after the last mini-batch of an epoch until `finishEpoch` records it.
    public var epochAwaitsRecord: Bool { !order.isEmpty && position == order.count }

    /// `step` without the epoch's evaluation (so a scene can evaluate a few digits per frame): trains
    /// on the next mini-batch. After an epoch's last batch, `finishEpoch` must record it before the next.
    public mutating func applyNextBatch() throws(EngineError) -> (batch: [Int], loss: Double) {
        guard !epochAwaitsRecord else { throw EngineError("internal: the finished epoch is not recorded yet") }
        if order.isEmpty {
            order = dataset.trainIndices
            rng.shuffle(&order)
            position = 0
            lossSum = 0
        }
        let batch = Array(order[position..<min(position + config.batchSize, order.count)])
        let (loss, grads) = try lossAndGradients(batch)
        var flat = model.parameters.map(\.data)
        optimizer.step(&flat, grads.map(\.data))
        for i in flat.indices { model.parameters[i].data = flat[i] }
        steps += 1
        position += batch.count
        lossSum += loss * Double(batch.count)
        return (batch, loss)
    }

    /// Records the epoch just trained with the whole training and test set's accuracy at its weights.
    @discardableResult
    public mutating func finishEpoch(trainAccuracy: Double, testAccuracy: Double) -> DigitsEpochRecord {
        let record = DigitsEpochRecord(epoch: history.count + 1, loss: lossSum / Double(max(1, order.count)),
                                       trainAccuracy: trainAccuracy, testAccuracy: testAccuracy)
        history.append(record)
        order = []
        return record
    }

    /// Runs whole epochs until `epochs` are finished.
    public mutating func train(epochs: Int) throws(EngineError) {
        while history.count < epochs { try step() }
    }

    /// The mean loss of `batch` and the gradient of each parameter, from one tape.
    public func lossAndGradients(_ batch: [Int]) throws(EngineError) -> (loss: Double, gradients: [Tensor]) {
        var tape = Tape()
        let x = tape.leaf(dataset.batch(batch), requiresGrad: false)
        let p = model.parameters.map { tape.leaf($0) }
        let forward = try model.forward(x, parameters: p, on: &tape)
        let loss = try tape.crossEntropy(forward.logits, targets: batch.map { dataset.labels[$0] })
        let grads = try tape.gradients(of: loss)
        return (tape.value(loss).data[0], p.enumerated().map { i, v in grads[v] ?? Tensor(zeros: model.parameters[i].shape) })
    }

    /// The predicted class of each digit at `indices`.
    public func predictions(_ indices: [Int]) throws(EngineError) -> [Int] {
        var out: [Int] = []
        var start = 0
        while start < indices.count {
            let chunk = Array(indices[start..<min(start + 256, indices.count)])
            out += DigitsModel.predictions(try model.logits(dataset.batch(chunk)))
            start += chunk.count
        }
        return out
    }

    /// The fraction of digits at `indices` classified correctly.
    public func accuracy(_ indices: [Int]) throws(EngineError) -> Double {
        Double(try correctCount(indices)) / Double(indices.count)
    }

    /// How many digits at `indices` are classified correctly (`accuracy` in parts: each digit's
    /// prediction does not depend on the digits batched with it).
    public func correctCount(_ indices: [Int]) throws(EngineError) -> Int {
        zip(try predictions(indices), indices).filter { $0 == dataset.labels[$1] }.count
    }

    /// The 10×10 confusion matrix on `indices`: row = true digit, column = predicted.
    public func confusion(_ indices: [Int]) throws(EngineError) -> [[Int]] {
        var m = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for (p, i) in zip(try predictions(indices), indices) { m[dataset.labels[i]][p] += 1 }
        return m
    }
}
