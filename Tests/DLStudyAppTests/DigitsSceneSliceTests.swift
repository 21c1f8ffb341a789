@testable import DLContent
import DLEngine
@testable import DLStudyApp
import TUIKit
import XCTest

/// The digits scenes as the app runs them (`boundsWork`): each tick's training and its evaluations
/// are done a bounded slice per tick, nothing half-done is drawn, and the curve is the one a
/// `DigitsTrainer` stepped straight through gives.
final class DigitsSceneSliceTests: XCTestCase {
    private let context = SceneContext(language: .en, ascii: false, color: false)

    /// A run advanced 10 units a call over an epoch and a bit: each point is the one worked out here
    /// from a trainer stepped with `step` (the first point untrained, then every fifth step and each
    /// epoch's end: the mean batch loss since the last point and the test accuracy then).
    func testLiveRunInSlicesGivesTheTrainersCurve() throws {
        let config = DigitsTrainingConfig(seed: 5)
        var run = try DigitsLiveRun(config: config)
        var reference = try DigitsTrainer(config: config, dataset: try DigitsDataset.shared.get())
        var expected = [DigitsCurvePoint(samples: 0, loss: nil, testAccuracy: try reference.accuracy(reference.dataset.testIndices))]
        var calls = 0
        func complete(_ run: inout DigitsLiveRun) {
            repeat {
                var budget = 10
                calls += 1
                if run.advance(budget: &budget) { return }
            } while true
        }
        complete(&run)
        XCTAssertEqual(run.points, expected)
        var samples = 0, losses: [Double] = []
        let steps = reference.samplesPerEpoch / 32 + 3
        for _ in 0..<steps {
            let s = try reference.step()
            samples += s.batch.count
            losses.append(s.loss)
            if let record = s.finishedEpoch {
                expected.append(DigitsCurvePoint(samples: samples, loss: losses.reduce(0, +) / Double(losses.count), testAccuracy: record.testAccuracy))
                losses = []
            } else if reference.steps % 5 == 0 {
                expected.append(DigitsCurvePoint(samples: samples, loss: losses.reduce(0, +) / Double(losses.count),
                                                 testAccuracy: try reference.accuracy(reference.dataset.testIndices)))
                losses = []
            }
            calls = 0
            complete(&run)
            if s.finishedEpoch != nil {
                XCTAssertGreaterThanOrEqual(calls, (reference.samplesPerEpoch + reference.dataset.testIndices.count) / 10, "the epoch's evaluation in slices")
            }
            XCTAssertEqual(run.trainer.model, reference.model)
        }
        XCTAssertEqual(run.points, expected)
        XCTAssertEqual(run.trainer.history, reference.history)
        XCTAssertEqual(run.trainer.history.count, 1)
    }

    private func scene(_ yaml: String, boundsWork: Bool) throws -> any LessonScene {
        let (lesson, problems) = LessonParser.parse(SceneDefinitionTests.lessonFile(yaml), file: "Lessons/probe.yaml")
        XCTAssertEqual(problems, [])
        let spec = try XCTUnwrap(lesson?.pages.first?.scene)
        switch SceneFactory.build(spec, boundsWork: boundsWork) {
        case .success(let scene): return scene
        case .failure(let problems):
            XCTFail("not built: \(problems)")
            throw problems
        }
    }

    private func render(_ scene: any LessonScene) -> String {
        var frame = Frame(size: Size(width: 110, height: 24))
        scene.draw(into: &frame, area: Rect(x: 0, y: 0, width: 110, height: 24), context: context)
        return frame.text
    }

    /// Every digits scene that trains: bounded, it opens with nothing built, its ticks (and `s`) are
    /// done in slices that draw nothing new, and after each the frame is the one the scene drew when
    /// it trained at once.
    func testEveryTrainingSceneShowsTheSameFramesWhenSliced() throws {
        for yaml in ["{type: digits-train}", "{type: digits-draw, epochs: 1}", "{type: digits-compare}"] {
            var eager = try scene(yaml, boundsWork: false), sliced = try scene(yaml, boundsWork: true)
            XCTAssertFalse(eager.hasPendingWork, yaml)
            XCTAssertTrue(sliced.hasPendingWork, "\(yaml): nothing trained or counted on page open")
            XCTAssertTrue(render(sliced).contains("preparing"), render(sliced))
            var shown = render(sliced), slices = 0
            for step in 0..<7 {
                while sliced.hasPendingWork {
                    XCTAssertEqual(render(sliced), shown, "\(yaml): a half-done slice is not drawn")
                    XCTAssertTrue(sliced.tick())
                    slices += 1
                }
                XCTAssertEqual(render(sliced), render(eager), "\(yaml) after \(step) ticks")
                if step == 5 {
                    _ = eager.handle(.char("s"))
                    _ = sliced.handle(.char("s"))
                } else {
                    _ = eager.tick()
                    _ = sliced.tick()
                }
                shown = render(sliced)
            }
            XCTAssertGreaterThan(slices, 7, "\(yaml): the work took several slices")
        }
    }

    /// Through the app: the learned-filters page with `boundsWork` ends each tick's slices on the
    /// screen the app showed training at once.
    func testAppWithBoundedWorkShowsTheSameScreens() throws {
        var eager = TestApp.state(width: 120, height: 40, root: ConvolutionSceneSupport.repositoryRoot)
        var bounded = eager
        bounded.options.boundsWork = true
        _ = App.openLesson(&eager, id: "l4-learned-filters", page: 0)
        _ = App.openLesson(&bounded, id: "l4-learned-filters", page: 0)
        XCTAssertTrue(bounded.hasPendingWork)
        for tick in 0..<4 {
            while bounded.hasPendingWork { _ = App.update(&bounded, .tick) }
            XCTAssertEqual(App.view(bounded).text, App.view(eager).text, "after \(tick) ticks")
            _ = App.update(&eager, .tick)
            _ = App.update(&bounded, .tick)
        }
    }
}
