@testable import DLContent
import DLEngine
@testable import DLStudyApp
import TUIKit
import XCTest

/// The long-memory race scene: what it trains, what its keys do, and that the BPTT step it shows is
/// the RNN's own chain rule on its current weights.
final class LongMemorySceneTests: XCTestCase {
    private let context = SceneContext(language: .en, ascii: false, color: false)

    private func render(_ scene: LongMemoryScene, width: Int = 100, height: Int = 15) -> String {
        var frame = Frame(size: Size(width: width, height: height))
        scene.draw(into: &frame, area: Rect(x: 0, y: 0, width: width, height: height), context: context)
        return frame.text
    }

    func testStartsUntrainedWithTheParameterCountsOfTheThreeLayers() {
        let scene = LongMemoryScene(length: 10, seed: 2)
        // I = 1, H = 8: G·8·(1 + 8) + 2·G·8 with G = 1 (RNN), 4 (LSTM), 3 (GRU); read-out 2·8 + 2.
        XCTAssertEqual(scene.parameterCounts.map(\.layer), [88, 352, 264])
        XCTAssertEqual(scene.parameterCounts.map(\.total), [106, 370, 282])
        XCTAssertEqual(scene.curves.map(\.count), [1, 1, 1], "the curves start with the untrained accuracy")
        XCTAssertEqual(scene.profiles.map(\.count), [10, 10, 10], "one ‖∂L/∂h_t‖ per t = 1…T")
        XCTAssertEqual(scene.forgetGates.count, 10)
        let screen = render(scene)
        XCTAssertTrue(screen.contains("T = 10 ◂▸  epoch 0/20 training"), screen)
        XCTAssertTrue(screen.contains("R RNN"), screen)
        XCTAssertTrue(screen.contains("LSTM forget gate f_t"), screen)
    }

    /// One mini-batch per cell per tick: after one epoch's worth of ticks the curves hold exactly the
    /// accuracy `train-seq` reports after its first epoch (same trainer, same seed).
    func testTicksTrainTheSameRunAsTrainSeq() throws {
        var scene = LongMemoryScene(length: 5, seed: 1)
        var reference = SequenceTrainer(SequenceTrainingConfig(cell: .lstm, length: 5, epochs: 1, seed: 1))
        try reference.run()
        let batches = reference.batchesPerEpoch
        for _ in 0..<batches { XCTAssertTrue(scene.tick()) }
        XCTAssertEqual(scene.curves.map(\.count), [2, 2, 2])
        XCTAssertEqual(scene.curves[1].last, reference.history.last?.testAccuracy)
        XCTAssertTrue(render(scene).contains("epoch 1/20"))
    }

    func testKeysChangeTPauseAndStepMode() {
        var scene = LongMemoryScene(length: 80, seed: 1)
        XCTAssertTrue(scene.handle(.right))
        XCTAssertEqual(scene.length, 80, "80 is the longest")
        XCTAssertTrue(scene.handle(.left))
        XCTAssertEqual(scene.length, 40)
        XCTAssertEqual(scene.profiles.map(\.count), [40, 40, 40], "restarted at the new T")
        XCTAssertTrue(scene.handle(.char(" ")))
        XCTAssertFalse(scene.tick(), "paused: no training")
        XCTAssertTrue(scene.handle(.char(" ")))
        XCTAssertTrue(scene.handle(.char("s")))
        XCTAssertFalse(scene.tick(), "step mode holds the weights still")
        XCTAssertEqual(scene.stepT, 40)
        XCTAssertTrue(scene.handle(.left))
        XCTAssertEqual(scene.stepT, 39, "in step mode ←→ walk along t, not T")
        XCTAssertEqual(scene.length, 40)
        XCTAssertFalse(scene.handle(.char("x")))
    }

    /// ∂L/∂h_{t−1} shown in step mode equals W_hhᵀ (tanh′ ⊙ ∂L/∂h_t), recomputed here from the RNN's
    /// weights, and tanh′ equals 1 − h_t² of a fresh forward pass.
    func testStepModeShowsTheRNNsChainRule() throws {
        let scene = LongMemoryScene(length: 10, seed: 1)
        let rnn = try XCTUnwrap(scene.trainers.first)
        let step = try XCTUnwrap(LongMemoryAnalysis.rnnStep(rnn, t: 7))
        let whh = rnn.model.parameters[1], H = 8
        let x = try XCTUnwrap(rnn.test.inputs.first)
        let tape = recordRecurrent(rnn.model.layer, input: x, length: 10, h0: Array(repeating: 0, count: H), c0: [])
        for j in 0..<H {
            let h = tape.hidden[7 * H + j]
            XCTAssertEqual(step.tanhPrime[j], 1 - h * h, accuracy: 1e-15)
            var expected = 0.0
            for r in 0..<H { expected += whh[r * H + j] * step.tanhPrime[r] * step.dh[r] }
            XCTAssertEqual(step.dhPrev[j], expected, accuracy: 1e-14)
        }
        var stepping = scene
        _ = stepping.handle(.char("s"))
        let screen = render(stepping)
        XCTAssertTrue(screen.contains("∂L/∂h_9 = W_hhᵀ (tanh′ ⊙ ∂L/∂h_10)"), screen)
    }

    func testPlainLinesNameTheTrainSeqRun() {
        let lines = LongMemoryScene(length: 20, seed: 3).plainLines(context, width: 78)
        XCTAssertTrue(lines.contains { $0.contains("dlstudy train-seq --cell rnn|lstm|gru --length 20 --seed 3") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("RNN: test accuracy") })
    }
}
