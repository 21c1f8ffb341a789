/// A mini-batch that `SequenceTrainer.trainSlice` has begun: the forward passes so far, the batch's
/// cross-entropy once every forward is in, the gradients and ‖∂ℓ/∂h_t‖ sums of the backward passes
/// so far, and, after the Adam step of an epoch's last batch, the test sequences counted so far.
/// The trainer's own books change only when the batch is applied, so an unfinished batch changes nothing.
struct SequenceBatchInFlight: Sendable {
    let batch: [Int]
    let layer: RecurrentWeights
    var passes: [(tape: RecurrentTape, logits: [Double])] = []
    var loss: CrossEntropyResult?
    var gradients: [[Double]]
    var backwardsDone = 0
    /// The epoch's running sums with this batch's sequences added, in `trainBatch`'s order.
    var lossSum: Double, normSums: [Double]
    /// Set once the Adam step is applied and the batch ended an epoch: the weights to test with.
    var testLayer: RecurrentWeights?
    var tested = 0, right = 0
}

extension SequenceTrainer {
    /// What one forward pass costs in `trainSlice`'s budget; a backward pass costs twice that.
    public static let forwardCost = 1

    /// True while a mini-batch begun by `trainSlice` is not finished.
    public var isBatchInProgress: Bool { inFlight != nil }

    /// Trains the current mini-batch a bounded amount: spends `budget` cost units (one per forward
    /// pass, two per backward pass, one per test sequence at an epoch's end; at least one pass per
    /// call, and less when the batch ends first). The work and its order are `trainBatch`'s exactly — every forward, the batch's
    /// cross-entropy, every backward accumulated in batch order, clipping, one Adam step, then at an
    /// epoch's end the test accuracy — so calling this until `isBatchInProgress` is false gives
    /// `trainBatch`'s result bit for bit. A call starts at most one batch; returns the epoch's figures
    /// from the call that finished an epoch.
    @discardableResult
    public mutating func trainSlice(budget left: inout Int) throws(EngineError) -> SequenceEpoch? {
        guard !isFinished else { return nil }
        var work = inFlight ?? beginBatch()
        var first = true
        while true {
            // The cross-entropy, the Adam step and the epoch's record cost nothing: done in the same call.
            let free = work.passes.count == work.batch.count
                && (work.loss == nil || (work.backwardsDone == work.batch.count && (work.testLayer == nil || work.tested == test.count)))
            if !free, !first, left <= 0 { break }
            first = false
            if work.passes.count < work.batch.count {
                let i = work.batch[work.passes.count]
                work.passes.append(model.forward(train.inputs[i], layer: work.layer))
                left -= Self.forwardCost
            } else if work.loss == nil {
                let ce: CrossEntropyResult
                do {
                    ce = try crossEntropy(
                        Tensor(shape: [work.batch.count, 2], data: work.passes.flatMap(\.logits)), targets: work.batch.map { train.labels[$0] })
                } catch {
                    inFlight = nil
                    throw error
                }
                work.lossSum += ce.loss * Double(work.batch.count)
                work.loss = ce
            } else if work.backwardsDone < work.batch.count, let ce = work.loss {
                let n = work.backwardsDone
                let dz = Array(ce.gradInput.data[(2 * n)..<(2 * n + 2)])
                let (grads, recurrent) = model.gradients(work.passes[n].tape, dLogits: dz, layer: work.layer)
                for p in grads.indices { for i in grads[p].indices { work.gradients[p][i] += grads[p][i] } }
                let norms = recurrent.hiddenNorms
                for t in 0..<config.length { work.normSums[t] += norms[t + 1] * Double(work.batch.count) }
                work.backwardsDone += 1
                left -= 2 * Self.forwardCost
            } else if work.testLayer == nil {
                position += work.batch.count
                lossSum = work.lossSum
                normSums = work.normSums
                if let clip = config.clip { clipGradNorm(&work.gradients, maxNorm: clip) }
                optimizer.step(&model.parameters, work.gradients)
                guard position >= order.count else {
                    inFlight = nil
                    return nil
                }
                work.testLayer = model.layer
            } else if work.tested < test.count, let layer = work.testLayer {
                if model.predict(test.inputs[work.tested], layer: layer) == test.labels[work.tested] { work.right += 1 }
                work.tested += 1
                left -= Self.forwardCost
            } else {
                inFlight = nil
                return finishEpoch(testAccuracy: Double(work.right) / Double(max(1, test.count)))
            }
        }
        inFlight = work
        return nil
    }

    /// The next mini-batch of the shuffled order, with the epoch's running sums to add to.
    private func beginBatch() -> SequenceBatchInFlight {
        let end = min(position + config.batchSize, order.count)
        return SequenceBatchInFlight(
            batch: Array(order[position..<end]), layer: model.layer,
            gradients: model.parameters.map { [Double](repeating: 0, count: $0.count) }, lossSum: lossSum, normSums: normSums)
    }

    /// How many of the test sequences `range` the model classifies right now (`testAccuracy` in parts).
    public func testCorrect(_ range: Range<Int>) -> Int {
        let layer = model.layer
        return range.reduce(0) { $0 + (model.predict(test.inputs[$1], layer: layer) == test.labels[$1] ? 1 : 0) }
    }
}
