import DLEngine
import XCTest

/// The digits data, its split, the network's initialisation and the trainer's determinism.
final class DigitsTrainingTests: XCTestCase {
    private func dataset() throws -> DigitsDataset { try DigitsDataset.shared.get() }

    func testDataMatchesScikitLearnsClassCounts() throws {
        let d = try dataset()
        XCTAssertEqual(d.images.count, 1797)
        // load_digits() class counts (scikit-learn's documentation of the UCI test+train set).
        let counts = (0..<10).map { c in d.labels.filter { $0 == c }.count }
        XCTAssertEqual(counts, [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        XCTAssertTrue(d.images.allSatisfy { $0.count == 64 && $0.allSatisfy { (0...1).contains($0) } })
        // The first digit of load_digits() is a 0 whose top row is 0 0 5 13 9 1 0 0.
        XCTAssertEqual(d.labels[0], 0)
        XCTAssertEqual(d.images[0].prefix(8).map { $0 * 16 }, [0, 0, 5, 13, 9, 1, 0, 0])
    }

    func testSplitIsStratifiedDisjointAndComplete() throws {
        let d = try dataset()
        XCTAssertEqual(Set(d.trainIndices).intersection(d.testIndices), [])
        XCTAssertEqual((d.trainIndices + d.testIndices).sorted(), Array(0..<1797))
        XCTAssertEqual(d.trainIndices, d.trainIndices.sorted())
        XCTAssertGreaterThanOrEqual(d.testIndices.count, 300)
        for c in 0..<10 {
            let all = d.labels.filter { $0 == c }.count
            let test = d.testIndices.filter { d.labels[$0] == c }.count
            XCTAssertEqual(test, Int((Double(all) / 5).rounded()), "class \(c)")
        }
    }

    func testInitialisationUsesPyTorchDefaultBounds() {
        var rng = SeededGenerator(seed: 3)
        let model = DigitsModel(architecture: .cnn(channels: 16), rng: &rng)
        XCTAssertEqual(model.parameters.map(\.shape), [[16, 1, 3, 3], [16], [10, 256], [10]])
        // Kaiming-uniform(a=√5) and the bias rule both give U(−1/√fan_in, 1/√fan_in): fan_in 9 and 256.
        for (p, bound) in zip(model.parameters, [1.0 / 3, 1.0 / 3, 1.0 / 16, 1.0 / 16]) {
            let largest = p.data.map(abs).max() ?? 0
            XCTAssertLessThanOrEqual(largest, bound)
            XCTAssertGreaterThan(largest, bound * (p.count > 100 ? 0.95 : 0.5), "draws should spread to the bound")
        }
        XCTAssertEqual(DigitsArchitecture.cnn(channels: 8).parameterCount, 8 * 9 + 8 + 10 * 128 + 10)
        XCTAssertEqual(DigitsArchitecture.mlp(hidden: 16).parameterCount, 64 * 16 + 16 + 16 * 10 + 10)
    }

    func testOneStepIsTheOptimizerAppliedToTheTapesGradients() throws {
        let d = try dataset()
        var trainer = try DigitsTrainer(config: DigitsTrainingConfig(optimizer: .sgd, learningRate: 0.5, batchSize: 7), dataset: d)
        let before = trainer.model.parameters
        let step = try trainer.step()
        XCTAssertEqual(step.batch.count, 7)
        let probe = try DigitsModel(architecture: .cnn(channels: 8), parameters: before)
        var tape = Tape()
        let x = tape.leaf(d.batch(step.batch))
        let p = before.map { tape.leaf($0) }
        let loss = try tape.crossEntropy(try probe.forward(x, parameters: p, on: &tape).logits, targets: step.batch.map { d.labels[$0] })
        let grads = try tape.gradients(of: loss)
        XCTAssertEqual(step.loss, tape.value(loss).data[0])
        for i in 0..<4 {
            let g = try XCTUnwrap(grads[p[i]])
            XCTAssertEqual(trainer.model.parameters[i].data, zip(before[i].data, g.data).map { $0 - 0.5 * $1 })
        }
    }

    func testSameConfigurationSameReportAndSeedsDiffer() throws {
        let d = try dataset()
        let config = DigitsTrainingConfig(batchSize: 256, seed: 4)
        var a = try DigitsTrainer(config: config, dataset: d), b = try DigitsTrainer(config: config, dataset: d)
        try a.train(epochs: 1)
        try b.train(epochs: 1)
        XCTAssertEqual(try a.reportJSON().serialized, try b.reportJSON().serialized)
        var c = try DigitsTrainer(config: DigitsTrainingConfig(batchSize: 256, seed: 5), dataset: d)
        try c.train(epochs: 1)
        XCTAssertNotEqual(a.model, c.model)
        XCTAssertEqual(a.history.count, 1)
        let confusion = try a.confusion(d.testIndices)
        XCTAssertEqual(confusion.flatMap { $0 }.reduce(0, +), d.testIndices.count)
        XCTAssertEqual((0..<10).map { confusion[$0].reduce(0, +) }, (0..<10).map { c in d.testIndices.filter { d.labels[$0] == c }.count })
    }

    func testBadConfigurationsAreRejected() throws {
        let d = try dataset()
        XCTAssertThrowsError(try DigitsTrainer(config: DigitsTrainingConfig(batchSize: 0), dataset: d))
        XCTAssertThrowsError(try DigitsTrainer(config: DigitsTrainingConfig(learningRate: -1), dataset: d))
        XCTAssertThrowsError(try DigitsTrainer(config: DigitsTrainingConfig(architecture: .cnn(channels: 0)), dataset: d))
    }
}
