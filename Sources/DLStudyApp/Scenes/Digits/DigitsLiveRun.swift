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

/// A digits training run a scene advances step by step, recording a curve point every few steps.
/// Each step (one mini-batch, then the evaluations it calls for) and the first point can be done in
/// bounded slices (`advance`): a slice trains at most one batch or classifies a few digits.
struct DigitsLiveRun: Sendable {
    static let stepsPerPoint = 5
    /// What a slice's budget counts: one unit per digit classified, three per digit trained on
    /// (its forward and backward pass).
    static let trainCost = 3
    private(set) var trainer: DigitsTrainer
    private(set) var points: [DigitsCurvePoint] = []
    /// The engine's message if a step failed (shown instead of the curves; training stops).
    private(set) var failure: String?
    /// Stop after this many epochs (nil: train until paused).
    let maxEpochs: Int?
    private var samples = 0
    private var lossSum = 0.0, lossCount = 0
    /// The digits still to classify for the start or the step under way.
    private var evaluation: Evaluation?

    /// An accuracy being counted a few digits at a time, and what it is for.
    private struct Evaluation: Sendable {
        enum Purpose: Sendable {
            /// The first curve point (the untrained network).
            case start
            /// An epoch's record: first the training set, then the test set.
            case epochTrain, epochTest(trainAccuracy: Double)
            /// A curve point every `stepsPerPoint` steps.
            case point
        }
        let purpose: Purpose
        let indices: [Int]
        var done = 0, right = 0
    }

    /// A run with fresh weights; its first point (the untrained test accuracy) is counted by
    /// `advance` (`isReady` once done).
    init(config: DigitsTrainingConfig, maxEpochs: Int? = nil) throws(EngineError) {
        trainer = try DigitsTrainer(config: config, dataset: try DigitsDataset.shared.get())
        self.maxEpochs = maxEpochs
        evaluation = Evaluation(purpose: .start, indices: trainer.dataset.testIndices)
    }

    /// True when `maxEpochs` are done.
    var finished: Bool { maxEpochs.map { trainer.history.count >= $0 } ?? false }

    /// True once the first curve point is in.
    var isReady: Bool { !points.isEmpty }

    /// True while a step (or the start) is under way.
    var isMidStep: Bool { evaluation != nil }

    /// The latest test accuracy.
    var testAccuracy: Double { points.last?.testAccuracy ?? 0 }

    /// Goes on with the start or the step under way, or begins the next step (nothing once finished or
    /// failed), spending `budget`: a batch costs `trainCost` per digit, a digit classified one (at
    /// least one batch or digit per call). True when the start or a step is complete (or nothing is left).
    mutating func advance(budget: inout Int) -> Bool {
        guard failure == nil else { return true }
        do {
            if evaluation == nil {
                guard !finished else { return true }
                let (batch, loss) = try trainer.applyNextBatch()
                budget -= Self.trainCost * batch.count
                samples += batch.count
                lossSum += loss
                lossCount += 1
                if trainer.epochAwaitsRecord {
                    evaluation = Evaluation(purpose: .epochTrain, indices: trainer.dataset.trainIndices)
                } else if trainer.steps % Self.stepsPerPoint == 0 {
                    evaluation = Evaluation(purpose: .point, indices: trainer.dataset.testIndices)
                } else {
                    return true
                }
            }
            while var e = evaluation {
                if e.done < e.indices.count {
                    guard budget > 0 else { return false }
                    let end = e.done + min(e.indices.count - e.done, max(1, budget))
                    e.right += try trainer.correctCount(Array(e.indices[e.done..<end]))
                    budget -= end - e.done
                    e.done = end
                    evaluation = e
                    continue
                }
                let accuracy = Double(e.right) / Double(e.indices.count)
                switch e.purpose {
                case .start:
                    points = [DigitsCurvePoint(samples: 0, loss: nil, testAccuracy: accuracy)]
                    evaluation = nil
                case .epochTrain:
                    evaluation = Evaluation(purpose: .epochTest(trainAccuracy: accuracy), indices: trainer.dataset.testIndices)
                case .epochTest(let trainAccuracy):
                    trainer.finishEpoch(trainAccuracy: trainAccuracy, testAccuracy: accuracy)
                    addPoint(accuracy)
                case .point:
                    addPoint(accuracy)
                }
            }
            return true
        } catch {
            failure = error.message
            evaluation = nil
            return true
        }
    }

    /// Completes the start or the step under way, then trains one more mini-batch with its evaluations.
    mutating func step() {
        var budget = Int.max
        while isMidStep { _ = advance(budget: &budget) }
        _ = advance(budget: &budget)
    }

    private mutating func addPoint(_ accuracy: Double) {
        points.append(DigitsCurvePoint(samples: samples, loss: lossSum / Double(lossCount), testAccuracy: accuracy))
        lossSum = 0
        lossCount = 0
        evaluation = nil
    }
}
