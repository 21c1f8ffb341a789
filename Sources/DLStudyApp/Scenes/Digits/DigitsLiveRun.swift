import DLEngine

/// One point of a live training curve.
struct DigitsCurvePoint: Equatable, Sendable {
    /// Training samples seen so far.
    let samples: Int
    /// The mean mini-batch loss since the previous point (nil at the start).
    let loss: Double?
    /// Accuracy on the whole test set with the weights at this point.
    let testAccuracy: Double
}

/// A digits training run that advances a few mini-batches per tick (a few ms in a release build), so a
/// scene can train while the screen stays responsive; it records a curve point every few steps.
struct DigitsLiveRun: Sendable {
    static let stepsPerPoint = 5
    private(set) var trainer: DigitsTrainer
    private(set) var points: [DigitsCurvePoint] = []
    /// The engine's message if a step failed (shown instead of the curves; training stops).
    private(set) var failure: String?
    /// Stop after this many epochs (nil: train until paused).
    let maxEpochs: Int?
    private var samples = 0
    private var lossSum = 0.0, lossCount = 0

    init(config: DigitsTrainingConfig, maxEpochs: Int? = nil) throws(EngineError) {
        trainer = try DigitsTrainer(config: config, dataset: try DigitsDataset.shared.get())
        self.maxEpochs = maxEpochs
        points = [DigitsCurvePoint(samples: 0, loss: nil, testAccuracy: try trainer.accuracy(trainer.dataset.testIndices))]
    }

    /// True when `maxEpochs` are done.
    var finished: Bool { maxEpochs.map { trainer.history.count >= $0 } ?? false }

    /// The latest test accuracy.
    var testAccuracy: Double { points.last?.testAccuracy ?? 0 }

    /// Trains one mini-batch (nothing once finished or failed); returns the step.
    @discardableResult
    mutating func step() -> DigitsTrainer.Step? {
        guard !finished, failure == nil else { return nil }
        do {
            let s = try trainer.step()
            samples += s.batch.count
            lossSum += s.loss
            lossCount += 1
            if trainer.steps % Self.stepsPerPoint == 0 || s.finishedEpoch != nil {
                var accuracy = s.finishedEpoch?.testAccuracy ?? 0
                if s.finishedEpoch == nil { accuracy = try trainer.accuracy(trainer.dataset.testIndices) }
                points.append(DigitsCurvePoint(samples: samples, loss: lossSum / Double(lossCount), testAccuracy: accuracy))
                lossSum = 0
                lossCount = 0
            }
            return s
        } catch {
            failure = error.message
            return nil
        }
    }
}
