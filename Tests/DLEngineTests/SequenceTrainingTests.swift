import DLEngine
import XCTest

/// The long-memory task, the classifier's gradient (finite differences of the cross-entropy through
/// the read-out and BPTT), clip_grad_norm_, and determinism of a training run.
final class SequenceTrainingTests: XCTestCase {
    func testTaskPutsTheBitFirstAndNoiseAfter() {
        var g = SeededGenerator(seed: 9)
        let task = SequenceTask(length: 12, count: 200, noise: 0.5, generator: &g)
        XCTAssertEqual(task.count, 200)
        for (x, label) in zip(task.inputs, task.labels) {
            XCTAssertEqual(x.count, 12)
            XCTAssertEqual(x[0], label == 1 ? 1 : -1)
            XCTAssertTrue(x.dropFirst().allSatisfy { $0 >= -0.5 && $0 < 0.5 })
        }
        let ones = task.labels.filter { $0 == 1 }.count
        XCTAssertTrue((70...130).contains(ones), "both bits occur: \(ones) of 200")
    }

    /// ∂ℓ/∂θ from `gradients` against central differences of the cross-entropy itself (log-sum-exp
    /// written out here), for every parameter of every cell.
    func testClassifierGradientMatchesFiniteDifferences() throws {
        for kind in RecurrentKind.allCases {
            var g = SeededGenerator(seed: 5)
            let model = SequenceClassifier(kind: kind, hiddenSize: 3, keepBias: 1, generator: &g)
            let x = [1.0, 0.3, -0.2, 0.4, -0.1], label = 1
            func loss(_ m: SequenceClassifier) -> Double {
                let z = m.forward(x, layer: m.layer).logits
                return log(exp(z[0]) + exp(z[1])) - z[label]
            }
            let z = model.forward(x, layer: model.layer)
            let ce = try crossEntropy(Tensor(shape: [1, 2], data: z.logits), targets: [label])
            let grads = model.gradients(z.tape, dLogits: ce.gradInput.data, layer: model.layer).gradients
            for p in model.parameters.indices {
                for i in model.parameters[p].indices {
                    var plus = model, minus = model
                    plus.parameters[p][i] += 1e-6
                    minus.parameters[p][i] -= 1e-6
                    let numeric = (loss(plus) - loss(minus)) / 2e-6
                    XCTAssertEqual(grads[p][i], numeric, accuracy: 1e-7, "\(kind) \(SequenceClassifier.parameterNames[p])[\(i)]")
                }
            }
        }
    }

    func testKeepBiasLeansOnlyTheGatesThatKeep() {
        var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
        let plain = SequenceClassifier(kind: .lstm, hiddenSize: 2, keepBias: 0, generator: &a)
        let kept = SequenceClassifier(kind: .lstm, hiddenSize: 2, keepBias: 2, generator: &b)
        let diff = zip(kept.parameters[2], plain.parameters[2]).map { ($0 - $1).rounded() }
        XCTAssertEqual(diff, [-2, -2, 2, 2, 0, 0, 0, 0], "LSTM bias_ih: input −2, forget +2, g and o untouched")
        XCTAssertEqual(kept.parameters[3], plain.parameters[3])
        var c = SeededGenerator(seed: 3), d = SeededGenerator(seed: 3)
        let gru0 = SequenceClassifier(kind: .gru, hiddenSize: 2, keepBias: 0, generator: &c)
        let gru2 = SequenceClassifier(kind: .gru, hiddenSize: 2, keepBias: 2, generator: &d)
        XCTAssertEqual(zip(gru2.parameters[2], gru0.parameters[2]).map { ($0 - $1).rounded() }, [0, 0, 2, 2, 0, 0], "GRU: update gate z +2")
    }

    /// torch.nn.utils.clip_grad_norm_: norm 5 clipped to 1 scales by 1/(5 + 1e-6); a small norm is left alone.
    func testClipGradNorm() {
        var g = [[3.0], [4.0]]
        clipGradNorm(&g, maxNorm: 1)
        XCTAssertEqual(g[0][0], 3 / (5 + 1e-6), accuracy: 1e-15)
        XCTAssertEqual(g[1][0], 4 / (5 + 1e-6), accuracy: 1e-15)
        var small = [[0.3, 0.4]]
        clipGradNorm(&small, maxNorm: 1)
        XCTAssertEqual(small, [[0.3, 0.4]])
    }

    func testSameSeedSameRunAndEveryCellSeesTheSameSequences() throws {
        let config = SequenceTrainingConfig(cell: .gru, length: 4, hidden: 3, epochs: 2, clip: 0.5, seed: 4, trainCount: 64, testCount: 32)
        var a = SequenceTrainer(config), b = SequenceTrainer(config)
        try a.run(); try b.run()
        XCTAssertEqual(a.history, b.history)
        XCTAssertEqual(a.model, b.model)
        XCTAssertEqual(a.history.count, 2)
        XCTAssertEqual(a.history[0].gradientNorms.count, 4)
        var other = config
        other.cell = .rnn
        XCTAssertEqual(SequenceTrainer(other).train, a.train, "same seed: same training sequences for every cell")
    }
}
