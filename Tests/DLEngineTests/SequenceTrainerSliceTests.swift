import DLEngine
import XCTest

/// `SequenceTrainer.trainSlice` (the scene's bounded work per frame) against `trainBatch`, the
/// straight-through reference `dlstudy train-seq` runs: the same weights and epoch figures bit for bit
/// after every batch, for every cell and slice size, and no call doing more than its budget.
final class SequenceTrainerSliceTests: XCTestCase {
    /// Three batches an epoch (32, 32, 6), two epochs, clipping on for the GRU.
    private func config(_ cell: RecurrentKind) -> SequenceTrainingConfig {
        SequenceTrainingConfig(cell: cell, length: 6, hidden: 4, epochs: 2, clip: cell == .gru ? 0.5 : nil, seed: 3, trainCount: 70, testCount: 40)
    }

    func testSlicesEndWhereTrainBatchEndsBitForBit() throws {
        for cell in RecurrentKind.allCases {
            for budget in [1, 2, 7, 1000] {
                var reference = SequenceTrainer(config(cell)), sliced = SequenceTrainer(config(cell))
                while !reference.isFinished {
                    let expected = try reference.trainBatch()
                    var got: SequenceEpoch?
                    var calls = 0
                    repeat {
                        var left = budget
                        if let epoch = try sliced.trainSlice(budget: &left) { got = epoch }
                        calls += 1
                    } while sliced.isBatchInProgress
                    XCTAssertEqual(sliced.model, reference.model, "\(cell) budget \(budget) after batch \(reference.batchesDone)")
                    XCTAssertEqual(got, expected, "\(cell) budget \(budget)")
                    XCTAssertEqual(sliced.history, reference.history)
                    XCTAssertEqual(sliced.batchesDone, reference.batchesDone)
                    if budget == 1 {
                        // One unit a call: each forward and each backward of the batch is a call of its own,
                        // and at an epoch's end each test sequence.
                        let batch = sliced.batchesDone == 0 ? 70 - 64 : 32
                        XCTAssertEqual(calls, 2 * batch + (expected == nil ? 0 : 40), "\(cell) calls for one batch")
                    }
                }
                XCTAssertTrue(sliced.isFinished)
                var one = 1
                XCTAssertNil(try sliced.trainSlice(budget: &one), "a finished run trains nothing")
                XCTAssertEqual(one, 1)
            }
        }
    }

    /// `testCorrect` over parts adds up to `testAccuracy`'s count.
    func testTestCorrectInPartsIsTheTestAccuracy() throws {
        var trainer = SequenceTrainer(config(.lstm))
        try trainer.trainBatch()
        let parts = trainer.testCorrect(0..<13) + trainer.testCorrect(13..<40)
        XCTAssertEqual(Double(parts) / 40, trainer.testAccuracy())
    }
}
