@testable import DLContent
import DLEngine
@testable import DLStudyApp
import TUIKit
import XCTest

/// The long-memory scene as the app runs it (`boundsWork`): construction, ticks and restarts are
/// done a bounded slice per tick, nothing half-done is ever drawn, and once the work is done the
/// scene holds exactly what a trainer run straight through (`trainBatch`, as `train-seq`) and the
/// analysis computed at once give.
final class LongMemorySceneSliceTests: XCTestCase {
    private let context = SceneContext(language: .en, ascii: false, color: false)

    private func render(_ scene: any LessonScene, width: Int = 100, height: Int = 15) -> String {
        var frame = Frame(size: Size(width: width, height: height))
        scene.draw(into: &frame, area: Rect(x: 0, y: 0, width: width, height: height), context: context)
        return frame.text
    }

    private func bounded(length: Int, seed: Int) throws -> LongMemoryScene {
        let (lesson, problems) = LessonParser.parse(
            SceneDefinitionTests.lessonFile("{type: long-memory, length: \(length), seed: \(seed)}"), file: "Lessons/probe.yaml")
        XCTAssertEqual(problems, [])
        let spec = try XCTUnwrap(lesson?.pages.first?.scene)
        guard case .success(let scene) = SceneFactory.build(spec, boundsWork: true) else {
            XCTFail("not built")
            return LongMemoryScene(length: length, seed: seed)
        }
        return try XCTUnwrap(scene as? LongMemoryScene)
    }

    /// Ticks until the work begun is done; the number of slices it took. Every frame on the way is `shown`.
    @discardableResult
    private func drain(_ scene: inout LongMemoryScene, shown: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        var slices = 0
        while scene.hasPendingWork {
            XCTAssertEqual(render(scene), shown, "a half-done slice is never drawn (slice \(slices))", file: file, line: line)
            XCTAssertTrue(scene.tick(), file: file, line: line)
            slices += 1
        }
        return slices
    }

    func testOpeningBuildsTheTrainersInSlicesAndThenShowsTheUntrainedRun() throws {
        var scene = try bounded(length: 10, seed: 2)
        XCTAssertTrue(scene.hasPendingWork, "nothing is built on page open")
        XCTAssertTrue(scene.trainers.isEmpty)
        let preparing = render(scene)
        XCTAssertTrue(preparing.contains("T = 10 ◂▸  preparing the three cells…"), preparing)
        let slices = drain(&scene, shown: preparing)
        // Three builds (one slice each), 3 × 500 test sequences and 3 × 32 probes (3 units each) at 32 units a slice.
        XCTAssertGreaterThanOrEqual(slices, 3 + (1500 + 288) / 32)
        // Independently: fresh trainers, their test accuracy and the analysis, each computed at once.
        let fresh = LongMemoryScene.cells.map { SequenceTrainer(SequenceTrainingConfig(cell: $0, length: 10, seed: 2)) }
        XCTAssertEqual(scene.curves, fresh.map { [$0.testAccuracy()] })
        XCTAssertEqual(scene.profiles, try fresh.map { t throws(EngineError) in try LongMemoryAnalysis.gradientProfile(t) })
        XCTAssertEqual(scene.forgetGates, LongMemoryAnalysis.forgetGates(fresh[1]))
        XCTAssertEqual(scene.trainers.map(\.model), fresh.map(\.model))
        XCTAssertEqual(render(scene), render(LongMemoryScene(length: 10, seed: 2)), "the frame the eager scene shows")
    }

    /// One epoch of ticks, each done in slices: the curves, profiles and forget gate equal a straight
    /// run of `trainBatch` (the `train-seq` run) and the analysis of its weights, bit for bit.
    func testTicksInSlicesTrainTheTrainSeqRun() throws {
        var scene = try bounded(length: 5, seed: 1)
        drain(&scene, shown: render(scene))
        var references = LongMemoryScene.cells.map { SequenceTrainer(SequenceTrainingConfig(cell: $0, length: 5, seed: 1)) }
        let untrained = references.map { [$0.testAccuracy()] }
        for batch in 0..<references[0].batchesPerEpoch {
            let before = render(scene)
            XCTAssertTrue(scene.tick())
            drain(&scene, shown: before)
            for k in references.indices { try references[k].trainBatch() }
            XCTAssertEqual(scene.trainers.map(\.model), references.map(\.model), "after batch \(batch + 1)")
        }
        XCTAssertEqual(scene.curves, zip(untrained, references).map { $0 + $1.history.map(\.testAccuracy) })
        XCTAssertEqual(scene.profiles, try references.map { t throws(EngineError) in try LongMemoryAnalysis.gradientProfile(t) })
        XCTAssertEqual(scene.forgetGates, LongMemoryAnalysis.forgetGates(references[1]))
        XCTAssertTrue(render(scene).contains("epoch 1/20 training"), render(scene))
    }

    /// ←← during the slices of a restart goes on from the T coming (20 → 10 → 5), and the run shown
    /// stays until the new one is ready; then it is the eager scene's at that T.
    func testRestartKeepsTheRunShownUntilTheNewOneIsReady() throws {
        var scene = try bounded(length: 20, seed: 3)
        drain(&scene, shown: render(scene))
        let shown = render(scene)
        XCTAssertTrue(scene.handle(.left))
        XCTAssertEqual(scene.length, 20, "the run shown stays while the new one is built")
        XCTAssertTrue(scene.tick())
        XCTAssertTrue(scene.handle(.left))
        XCTAssertEqual(render(scene), shown)
        drain(&scene, shown: shown)
        XCTAssertEqual(scene.length, 5)
        let eager = LongMemoryScene(length: 5, seed: 3)
        XCTAssertEqual(render(scene), render(eager))
        XCTAssertEqual(scene.curves, eager.curves)
    }

    /// Pausing while a tick's slices are under way lets that tick finish (as a key after a whole tick
    /// did) and then starts no more.
    func testPauseFinishesTheTickBegunAndStartsNoOther() throws {
        var scene = try bounded(length: 5, seed: 1)
        drain(&scene, shown: render(scene))
        let models = scene.trainers.map(\.model)
        XCTAssertTrue(scene.tick())
        XCTAssertTrue(scene.hasPendingWork)
        XCTAssertTrue(scene.handle(.char(" ")))
        while scene.hasPendingWork { _ = scene.tick() }
        XCTAssertNotEqual(scene.trainers.map(\.model), models, "the tick begun was finished")
        let trained = scene.trainers.map(\.model)
        XCTAssertFalse(scene.tick(), "paused: no new tick")
        XCTAssertEqual(scene.trainers.map(\.model), trained)
    }

    /// Through the app: with `boundsWork` the page opens at once and the runner's ticks build and then
    /// train it; after the work the screen is the one the app showed doing it all at once.
    func testAppWithBoundedWorkShowsTheSameScreens() throws {
        var eager = TestApp.state(width: 120, height: 40, root: ConvolutionSceneSupport.repositoryRoot)
        var bounded = eager
        bounded.options.boundsWork = true
        let lesson = try XCTUnwrap(eager.library.lesson("l7-long-memory"))
        let page = try XCTUnwrap(lesson.pages.firstIndex { $0.scene?.type == "long-memory" })
        _ = App.openLesson(&eager, id: lesson.id, page: page)
        _ = App.openLesson(&bounded, id: lesson.id, page: page)
        XCTAssertFalse(eager.hasPendingWork)
        XCTAssertTrue(bounded.hasPendingWork)
        XCTAssertTrue(App.view(bounded).text.contains("preparing the three cells…"))
        for tick in 0..<3 {
            while bounded.hasPendingWork { _ = App.update(&bounded, .tick) }
            XCTAssertEqual(App.view(bounded).text, App.view(eager).text, "after \(tick) ticks")
            _ = App.update(&eager, .tick)
            _ = App.update(&bounded, .tick)
        }
    }
}
