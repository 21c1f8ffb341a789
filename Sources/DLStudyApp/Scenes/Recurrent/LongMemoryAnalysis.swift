import DLEngine

/// What the long-memory scene reads off a trainer's current weights, all from the engine's forward
/// tape and BPTT: the gradient profile, the LSTM's forget gate, one RNN backward step.
enum LongMemoryAnalysis {
    /// How many training sequences the gradient profile averages over.
    static let probeCount = 32

    /// ∂ℓ/∂h_t of one sequence's own cross-entropy for t = 0…T (`RecurrentGradients.hidden`), with the tape.
    static func backward(_ trainer: SequenceTrainer, input: [Double], label: Int) throws(EngineError) -> (tape: RecurrentTape, grads: RecurrentGradients) {
        let model = trainer.model, layer = model.layer
        let pass = model.forward(input, layer: layer)
        let ce = try crossEntropy(Tensor(shape: [1, 2], data: pass.logits), targets: [label])
        return (pass.tape, model.gradients(pass.tape, dLogits: ce.gradInput.data, layer: layer).recurrent)
    }

    /// Mean ‖∂ℓ/∂h_t‖ for t = 1…T over the first `probeCount` training sequences.
    static func gradientProfile(_ trainer: SequenceTrainer) throws(EngineError) -> [Double] {
        let T = trainer.config.length, n = min(probeCount, trainer.train.count)
        var sums = [Double](repeating: 0, count: T)
        for i in 0..<n {
            let norms = try backward(trainer, input: trainer.train.inputs[i], label: trainer.train.labels[i]).grads.hiddenNorms
            for t in 0..<T { sums[t] += norms[t + 1] }
        }
        return sums.map { $0 / Double(max(1, n)) }
    }

    /// `gradientProfile` a few probe sequences at a time: the sums so far, in probe order.
    struct ProfileInProgress: Sendable {
        var sums: [Double]
        var done = 0
        init(length: Int) { sums = [Double](repeating: 0, count: length) }
    }

    /// Adds probe sequences to `p` while `budget` lasts (three units each: a forward and a backward
    /// pass; at least one per call); the profile once every probe is in — `gradientProfile` bit for bit.
    static func profileSlice(_ trainer: SequenceTrainer, _ p: inout ProfileInProgress, budget: inout Int) throws(EngineError) -> [Double]? {
        let T = trainer.config.length, n = min(probeCount, trainer.train.count)
        repeat {
            guard p.done < n else { return p.sums.map { $0 / Double(max(1, n)) } }
            let norms = try backward(trainer, input: trainer.train.inputs[p.done], label: trainer.train.labels[p.done]).grads.hiddenNorms
            for t in 0..<T { p.sums[t] += norms[t + 1] }
            p.done += 1
            budget -= 3 * SequenceTrainer.forwardCost
        } while budget > 0
        return p.done < n ? nil : p.sums.map { $0 / Double(max(1, n)) }
    }

    /// The unit the read-out weighs most: largest |W[1, j] − W[0, j]| (ties: the first).
    static func readoutUnit(_ model: SequenceClassifier) -> Int {
        let H = model.hiddenSize, w = model.parameters[4]
        var best = 0
        for j in 0..<H where abs(w[H + j] - w[j]) > abs(w[H + best] - w[best]) { best = j }
        return best
    }

    /// The LSTM's forget gate f_t, t = 1…T, in `readoutUnit`, on the first test sequence.
    static func forgetGates(_ trainer: SequenceTrainer) -> [Double] {
        let model = trainer.model, H = model.hiddenSize, j = readoutUnit(model)
        guard let x = trainer.test.inputs.first else { return [] }
        let tape = model.forward(x, layer: model.layer).tape
        return (0..<tape.length).map { t in tape.activations[t * 4 * H + H + j] }
    }

    /// One step of the RNN's backward pass on the first test sequence, from h_t to h_{t−1}.
    struct RNNStep: Equatable {
        let t: Int
        /// ∂ℓ/∂h_t, tanh′(a_t) = 1 − h_t², and ∂ℓ/∂h_{t−1} = W_hhᵀ (tanh′ ⊙ ∂ℓ/∂h_t).
        let dh: [Double], tanhPrime: [Double], dhPrev: [Double]
        /// ‖∂ℓ/∂h_{t−1}‖ / ‖∂ℓ/∂h_t‖ and ‖∂ℓ/∂h_1‖ / ‖∂ℓ/∂h_T‖.
        let ratio: Double, wholeRatio: Double
    }

    static func rnnStep(_ trainer: SequenceTrainer, t: Int) throws(EngineError) -> RNNStep? {
        let H = trainer.config.hidden, T = trainer.config.length
        guard trainer.config.cell == .rnn, (2...T).contains(t), let x = trainer.test.inputs.first, let y = trainer.test.labels.first else { return nil }
        let (tape, g) = try backward(trainer, input: x, label: y)
        func row(_ k: Int) -> [Double] { Array(g.hidden[(k * H)..<((k + 1) * H)]) }
        let norms = g.hiddenNorms
        let h = tape.h(t)
        return RNNStep(
            t: t, dh: row(t), tanhPrime: h.map { 1 - $0 * $0 }, dhPrev: row(t - 1),
            ratio: norms[t] > 0 ? norms[t - 1] / norms[t] : 0, wholeRatio: norms[T] > 0 ? norms[1] / norms[T] : 0)
    }
}
