@testable import DLStudyApp
import DLContent
import DLEngine
import TUIKit
import XCTest

/// The digits scenes on real data: the hand-written update agrees with the tape, training advances
/// per tick, the canvas takes ink.
final class DigitsScenesTests: XCTestCase {
    private func spec(_ text: String) throws -> SceneSpec {
        let (lesson, problems) = LessonParser.parse(SceneDefinitionTests.lessonFile(text), file: "Lessons/probe.yaml")
        XCTAssertEqual(problems, [])
        return try XCTUnwrap(lesson?.pages.first?.scene)
    }

    func testTheHandWrittenSumIsTheTapesGradientAndTheStepLowersTheLoss() throws {
        let dataset = try DigitsDataset.shared.get()
        var rng = SeededGenerator(seed: 4)
        let model = DigitsModel(architecture: .cnn(channels: 8), rng: &rng)
        for (filter, row, column) in [(0, 1, 1), (3, 0, 2), (7, 2, 0)] {
            let u = try DigitsWeightUpdate(model: model, dataset: dataset, trainPosition: 11, filter: filter, row: row, column: column, lr: 0.1)
            XCTAssertEqual(u.terms.count, 64)
            XCTAssertEqual(u.sum, u.tapeGradient, accuracy: 1e-12)
            // conv → ReLU → 2×2 max-pool: at most one cell of each of the 16 windows gets a gradient.
            XCTAssertLessThanOrEqual(u.terms.filter { $0.upstream != 0 }.count, 16)
            XCTAssertLessThan(u.transposedDifference, 1e-12, "∂L/∂input is conv_transpose2d(g, W)")
            XCTAssertEqual(u.newWeight, u.weight - 0.1 * u.tapeGradient)
            if u.tapeGradient != 0 { XCTAssertLessThan(u.lossAfter, u.lossBefore) }
        }
    }

    func testTrainSceneTicksTrainAndSpacePauses() throws {
        guard case .success(var scene) = SceneFactory.build(try spec("{type: digits-train, batch: 16}")) else { return XCTFail("not built") }
        XCTAssertTrue(scene.tick())
        let context = SceneContext(language: .en, ascii: true, color: false)
        XCTAssertTrue(scene.plainLines(context, width: 80).first?.hasPrefix("epoch 1,") ?? false)
        XCTAssertTrue(scene.handle(.char(" ")))
        XCTAssertFalse(scene.tick(), "paused")
        var frame = Frame(size: Size(width: 80, height: 24))
        scene.draw(into: &frame, area: Rect(x: 0, y: 0, width: 80, height: 12), context: context)
        XCTAssertTrue(frame.text.contains("paused"), frame.text)
        XCTAssertFalse(frame.text.contains("█"), "--ascii draws no block glyphs")
    }

    func testCanvasTakesInkAndIsClassified() throws {
        guard case .success(var scene) = SceneFactory.build(try spec("{type: digits-draw, epochs: 1}")) else { return XCTFail("not built") }
        let context = SceneContext(language: .ko, ascii: false, color: true)
        XCTAssertTrue(scene.handle(.char("x")))
        XCTAssertTrue(scene.handle(.char(" ")))
        var frame = Frame(size: Size(width: 80, height: 24))
        scene.draw(into: &frame, area: Rect(x: 0, y: 0, width: 80, height: 14), context: context)
        XCTAssertTrue(frame.text.contains("커서의 잉크: 16/16"), frame.text)
        XCTAssertTrue(frame.text.contains("예측: "), frame.text)
    }

    /// The prediction the draw scene remembers between its two draws per frame is the forward pass
    /// of the canvas and network as they are now: after ink and after training it equals a fresh
    /// forward pass bit for bit, and it moves with both.
    func testRememberedPredictionFollowsTheCanvasAndTheTraining() throws {
        guard case .success(let built) = SceneFactory.build(try spec("{type: digits-draw, epochs: 1}")),
              var scene = built as? DigitsDrawScene else { return XCTFail("not built") }
        func check() throws -> [UInt64] {
            let remembered = try scene.rememberedProbabilities().map(\.bitPattern)
            XCTAssertEqual(remembered, try scene.probabilities().map(\.bitPattern))
            return remembered
        }
        let start = try check()
        XCTAssertTrue(scene.handle(.char("x")))
        let cleared = try check()
        XCTAssertNotEqual(cleared, start)
        let steps = scene.run.trainer.steps
        for _ in 0..<3 { _ = scene.tick() }
        XCTAssertGreaterThan(scene.run.trainer.steps, steps)
        let trained = try check()
        XCTAssertNotEqual(trained, cleared)
    }
}
