import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// One definition per scene type: `dlstudy check` (the lesson parser) and the player (the scene
/// factory) accept and refuse exactly the same specs, with the same messages.
final class SceneDefinitionTests: XCTestCase {
    /// One bad spec per scene type (written as a lesson file would), and a word the message must contain.
    static let badSpecs: [String: (spec: String, expect: String)] = [
        "conv-stepper": ("{type: conv-stepper, input: \"1 2; 3 4\", kernel: \"1 1 1; 1 1 1; 1 1 1\"}", "kernel"),
        "pool-stepper": ("{type: pool-stepper, input: \"1 2 3; 4 5 6; 7 8 9\", kernel: 5}", "kernel"),
        "conv-explorer": ("{type: conv-explorer, size: 2, kernel: 7}", "kernel"),
        "conv-channels": ("{type: conv-channels, out_channels: 4294967297}", "'out_channels' must be a whole number from 1 to 4, got 4294967297"),
        "conv-1x1": ("{type: conv-1x1, in_channels: -3}", "'in_channels' must be a whole number from 1 to 4, got -3"),
        "feature-maps": ("{type: feature-maps, kernel: laplace}", "'kernel' must be one of vertical-edge"),
        "digits-train": ("{type: digits-train, channels: 5}", "'channels' must be one of 4, 8, 16"),
        "digits-update": ("{type: digits-update, filter: 8}", "'filter' must be a whole number from 0 to 7, got 8"),
        "digits-draw": ("{type: digits-draw, epochs: 100}", "'epochs' must be a whole number from 1 to 10, got 100"),
        "digits-compare": ("{type: digits-compare, hidden: 1000000}", "'hidden' must be a whole number from 4 to 64"),
        "receptive-field": ("{type: receptive-field, preset: three-3x3, input: 5}", "does not fit"),
        "network-table": ("{type: network-table, model: resnet18, layer: layer9.9}", "no layer 'layer9.9'"),
        "alexnet-walkthrough": ("{type: alexnet-walkthrough, step: 10}", "'step' must be a whole number from 1 to 9, got 10"),
        "block-diagram": ("{type: block-diagram, block: vgg}", "'block' must be one of inception"),
        "skip-gradient": ("{type: skip-gradient, depth: 1000000}", "'depth' must be a whole number from 2 to 30"),
        "activation-chain": ("{type: activation-chain, input: -1}", "'input' must be a number from 0.1 to 4"),
        "segmentation-views": ("{type: segmentation-views, view: instance}", "'view' must be one of classification"),
        "convolutionalization": ("{type: convolutionalization, feature: 2147483648}", "'feature' must be a whole number from 7 to 12"),
        "transposed-conv": ("{type: transposed-conv, stride: 9}", "'stride' must be a whole number from 1 to 4, got 9"),
        "roi-pool": ("{type: roi-pool, box: [5, 5, 1, 1]}", "x1 ≤ x2"),
        "yolo-grid": ("{type: yolo-grid, s: -1}", "'s' must be a whole number from 2 to 9, got -1"),
        "detection-family": ("{type: detection-family, model: yolo}", "'model' must be one of rcnn"),
        "sequence-models": ("{type: sequence-models, tau: 7}", "'tau' must be a whole number from 1 to 6, got 7"),
        "rnn-unrolled": ("{type: rnn-unrolled, h0: \"1 2 3\"}", "'h0' needs 2 numbers"),
        "rnn-gradients": ("{type: rnn-gradients, scale: 1e300}", "'scale' must be a number from 0.1 to 2"),
        "lstm-gates": ("{type: lstm-gates, input: \"1 2; 3 4\"}", "each step is 1 number"),
        "gru-gates": ("{type: gru-gates, input: \"1; 1e9\"}", "numbers must lie between -1000000 and 1000000"),
        "long-memory": ("{type: long-memory, length: 30}", "length must be one of 5, 10, 20, 40, 80"),
    ]

    /// A one-page lesson file whose page has `scene`.
    static func lessonFile(_ scene: String) -> String {
        """
        id: probe
        lecture: 4
        order: 1
        title: {en: Probe, ko: Probe}
        concepts: []
        pages:
          - title: {en: A, ko: A}
            body: {en: a, ko: a}
            scene: \(scene)
        """
    }

    func testEverySceneTypeHasOneBuilderAndOneDefinition() {
        let built = SceneFactory.builders.map(\.type)
        XCTAssertEqual(built.count, Set(built).count, "a scene type has two builders")
        XCTAssertEqual(SceneCatalog.types.count, Set(SceneCatalog.types).count, "a scene type is defined twice")
        XCTAssertEqual(Set(built), Set(SceneCatalog.types))
        XCTAssertEqual(Set(Self.badSpecs.keys), Set(SceneCatalog.types), "every scene type needs a bad spec in this table")
    }

    func testCheckAndThePlayerRefuseEveryBadSpecTheSameWay() throws {
        for type in SceneCatalog.types {
            let (text, expect) = try XCTUnwrap(Self.badSpecs[type])
            let (lesson, diagnostics) = LessonParser.parse(Self.lessonFile(text), file: "Lessons/probe.yaml")
            let sceneDiagnostics = diagnostics.filter { $0.message.contains("scene '\(type)'") }
            XCTAssertFalse(sceneDiagnostics.isEmpty, "\(type): check accepted \(text)")
            for d in sceneDiagnostics {
                XCTAssertEqual(d.file, "Lessons/probe.yaml")
                XCTAssertEqual(d.line, 9, "\(type): reported at the scene's line")
            }
            XCTAssertTrue(sceneDiagnostics.contains { $0.message.contains(expect) }, "\(type): \(sceneDiagnostics.map(\.message))")
            let spec = try XCTUnwrap(lesson?.pages.first?.scene, type)
            switch SceneFactory.build(spec) {
            case .success: XCTFail("\(type): the player built a scene check refuses")
            case .failure(let problems):
                XCTAssertEqual(problems.messages.map { "page 1 scene '\(type)': \($0)" }, sceneDiagnostics.map(\.message), type)
            }
        }
    }

    func testEveryTypeWithItsDefaultsIsAcceptedAndBuilt() throws {
        let required: [String: String] = [
            "conv-stepper": ", input: \"1 2; 3 4\", kernel: \"1\"", "pool-stepper": ", input: \"1 2; 3 4\"",
        ]
        // The AlexNet walkthrough shows the notes' figures: parse with the shipped ones.
        let figures = ContentLoader.load(root: ConvolutionSceneSupport.repositoryRoot).notesFigures
        for type in SceneCatalog.types {
            let (lesson, diagnostics) = LessonParser.parse(Self.lessonFile("{type: \(type)\(required[type] ?? "")}"), file: "probe.yaml",
                                                           figures: figures)
            XCTAssertEqual(diagnostics.map(\.message), [], type)
            let spec = try XCTUnwrap(lesson?.pages.first?.scene, type)
            XCTAssertNotNil(try? SceneFactory.build(spec).get(), type)
        }
    }

    /// The issue's drift reproductions, both directions.
    func testTheTwoDriftReproductions() throws {
        let (_, pool) = LessonParser.parse(Self.lessonFile("{type: pool-stepper, input: \"1 2 3; 4 5 6; 7 8 9\", kernel: 5}"), file: "p.yaml")
        XCTAssertEqual(pool.map(\.description).count, 1)
        XCTAssertTrue(pool.first?.description.hasPrefix("p.yaml:9:") ?? false, pool.map(\.description).joined())
        let (lesson, lstm) = LessonParser.parse(Self.lessonFile("{type: lstm-gates, input: [[1], [2]]}"), file: "l.yaml")
        XCTAssertEqual(lstm.map(\.message), [])
        let spec = try XCTUnwrap(lesson?.pages.first?.scene)
        let scene = try XCTUnwrap(try? SceneFactory.build(spec).get() as? GateFlowScene)
        XCTAssertEqual(scene.setup.input, [[1], [2]])
    }

    /// Issue 18 finding 1: numbers that used to trap, allocate gigabytes or hang are refused with the limit.
    func testHugeNegativeAndZeroNumbersAreRefusedWithTheLimit() {
        let cases: [(String, [String: ContentValue], String)] = [
            ("conv-1x1", ["in_channels": .number(-3)], "'in_channels' must be a whole number from 1 to 4, got -3"),
            ("conv-1x1", ["out_channels": .number(1_000_000)], "'out_channels' must be a whole number from 1 to 4, got 1000000"),
            ("conv-channels", ["out_channels": .number(4_294_967_297)], "'out_channels' must be a whole number from 1 to 4, got 4294967297"),
            ("conv-channels", ["size": .number(2_147_483_648)], "'size' must be a whole number from 2 to 6, got 2147483648"),
            ("conv-channels", ["size": .number(-1)], "'size' must be a whole number from 2 to 6, got -1"),
            ("conv-explorer", ["size": .number(0)], "'size' must be a whole number from 1 to 16, got 0"),
            ("conv-stepper", ["input": .string("1 2; 3 4"), "kernel": .string("1"), "stride": .number(1e300)],
             "'stride' must be a whole number from 1 to 5, got 1e+300"),
            ("rnn-gradients", ["steps": .number(1e9)], "'steps' must be a whole number from 2 to 30, got 1000000000"),
        ]
        for (type, params, message) in cases {
            let spec = SceneSpec(type: type, params: params, line: 1)
            XCTAssertEqual(SceneCatalog.validate(spec), [message], type)
            guard case .failure(let problems) = SceneFactory.build(spec) else { XCTFail("\(type) built"); continue }
            XCTAssertEqual(problems.messages, [message])
        }
    }

    /// Unvalidated content reaching the viewer shows a box with the problem instead of no scene.
    func testABrokenSceneShowsABoxWithTheProblem() throws {
        let (parsed, _) = LessonParser.parse(Self.lessonFile("{type: conv-1x1, in_channels: -1, out_channels: 2}"), file: "x.yaml")
        let lesson = try XCTUnwrap(parsed)
        let viewer = LessonViewerState(lesson: lesson, page: 0)
        XCTAssertNil(viewer.scene)
        XCTAssertEqual(viewer.sceneProblem?.messages, ["'in_channels' must be a whole number from 1 to 4, got -1"])
        var frame = Frame(size: Size(width: 80, height: 12))
        SceneProblemBox.draw(try XCTUnwrap(viewer.sceneProblem), into: &frame, area: Rect(x: 0, y: 0, width: 80, height: 12),
                             context: SceneContext(language: .en, ascii: true, color: false))
        let lines = frame.lines()
        XCTAssertEqual(lines[0], "+- This page's scene cannot be shown " + String(repeating: "-", count: 42) + "+")
        XCTAssertEqual(lines[1], "| 'in_channels' must be a whole number from 1 to 4, got -1" + String(repeating: " ", count: 21) + "|")
        let plain = PlainLesson.render(lesson, language: .en, evaluate: { _ in nil })
        XCTAssertEqual(plain.problems, ["x.yaml:9: page 1 scene 'conv-1x1': 'in_channels' must be a whole number from 1 to 4, got -1"])
    }
}

/// `y` share: the command a scene shows reopens it in the same state (one serialiser for every type).
final class SceneShareTests: XCTestCase {
    func testEveryShippedSceneReopensInTheSameStateFromItsSharedCommand() throws {
        let library = ContentLoader.load(root: ConvolutionSceneSupport.repositoryRoot)
        var checked = 0
        for lesson in library.lessons {
            for (index, page) in lesson.pages.enumerated() {
                guard let spec = page.scene, var scene = try? SceneFactory.build(spec).get() else { continue }
                for key in [Key.char("I"), .char("S"), .char("F"), .char("K"), .char("]"), .char("v"), .char("m"), .char("e"), .right, .char("s"), .char("B")] {
                    if !scene.capturesTyping { _ = scene.handle(key) }
                }
                if scene.capturesTyping { _ = scene.handle(.escape) }
                let command = LessonViewerState.shareCommand(lesson, page: index, scene: scene)
                XCTAssertTrue(command.hasPrefix("dlstudy lesson \(lesson.id) --page \(index + 1)"), command)
                let pairs = command.components(separatedBy: " --scene \"").dropFirst().first.map { String($0.dropLast()) } ?? ""
                let values = try SceneOverrides.parse(pairs).get()
                var reopened = spec
                reopened.params.merge(values) { _, new in new }
                let again = try SceneFactory.build(reopened).get()
                XCTAssertEqual(LessonViewerState.shareCommand(lesson, page: index, scene: again), command, "\(lesson.id) page \(index + 1)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    func testOverridesParseQuotedListsBoolsAndRefuseJunk() throws {
        let values = try SceneOverrides.parse("input='1 2; 3 4' box=[1,1,5,4] relu=false stride=2 model=fast-rcnn").get()
        XCTAssertEqual(values["input"], .string("1 2; 3 4"))
        XCTAssertEqual(values["box"], .list([.number(1), .number(1), .number(5), .number(4)]))
        XCTAssertEqual(values["relu"], .bool(false))
        XCTAssertEqual(values["stride"], .number(2))
        XCTAssertEqual(values["model"], .string("fast-rcnn"))
        XCTAssertEqual(SceneOverrides.format(values), "box=[1,1,5,4] input='1 2; 3 4' model=fast-rcnn relu=false stride=2")
        XCTAssertThrowsError(try SceneOverrides.parse("stride").get())
        XCTAssertThrowsError(try SceneOverrides.parse("input='1 2").get())
        XCTAssertThrowsError(try SceneOverrides.parse("a=1 a=2").get())
    }
}
