@testable import DLContent
@testable import DLStudyApp
import DLEngine
import TUIKit
import XCTest

/// The Vision scenes' numbers against the engine: both transposed-conv views equal conv_transpose2d,
/// RoI pooling keeps its output size whatever the box, YOLO's tensor size, convolutionalization counts.
final class VisionSceneModelTests: XCTestCase {
    func spec(_ type: String, _ params: [String: ContentValue]) -> SceneSpec {
        SceneSpec(type: type, params: params, line: 1)
    }

    func testScatterAndZeroInsertionGiveTheEnginesConvTranspose() throws {
        let inputs = ["1 2; 3 4", "1 -2 0.5; 3 4 -1", "2 0 1 3; -1 4 2 0; 1 1 -3 2"]
        let kernels = ["1 0 1; 0 1 0; 1 0 1", "1 2; 3 4", "1 -1 2 0; 0 3 1 -2; 2 1 0 1; -1 0 1 2"]
        var checked = 0
        for input in inputs {
            for kernel in kernels {
                for stride in 1...3 {
                    for padding in 0...2 {
                        for outputPadding in 0...1 {
                            for dilation in 1...2 {
                                let (p, problems) = TransposedConvParams.parse(spec("transposed-conv", [
                                    "input": .string(input), "kernel": .string(kernel), "stride": .number(Double(stride)),
                                    "padding": .number(Double(padding)), "output_padding": .number(Double(outputPadding)),
                                    "dilation": .number(Double(dilation)),
                                ]))
                                guard problems.isEmpty else { continue }
                                let model = try TransposedConvModel(p)
                                let engine = try convTranspose2d(p.input, weight: p.kernelWeight, options: p.options)
                                let label = "input \(input) kernel \(kernel) s\(stride) p\(padding) op\(outputPadding) d\(dilation)"
                                XCTAssertEqual(model.output, engine, label)
                                XCTAssertEqual(model.scatter.replay(), engine, label)
                                XCTAssertEqual(model.equivalent.shape, engine.shape, label)
                                XCTAssertEqual(model.equivalent.data, engine.data, label)
                                // What the scene shows after the last step of each view.
                                XCTAssertEqual(model.scatterOutput(afterInputs: model.scatter.inputs.count).map { $0 ?? 0 }, engine.data, label)
                                XCTAssertEqual(model.equivalentOutput(afterCells: model.equivalentTrace.cells.count).compactMap { $0 }, engine.data, label)
                                checked += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testConvThenTransposedConvIsNotAnInverse() throws {
        let (p, problems) = TransposedConvParams.parse(spec("transposed-conv", ["stride": .number(1)]))
        XCTAssertEqual(problems, [])
        let model = try TransposedConvModel(p)
        guard case .success(let trip) = model.roundTrip else { return XCTFail("no round trip") }
        XCTAssertEqual(trip.back.shape, trip.original.shape, "the shape comes back")
        XCTAssertNotEqual(trip.back.data, trip.original.data, "the values do not")
        XCTAssertEqual(trip.down, try conv2d(p.original, weight: p.kernelWeight))
    }

    func testFormulaShowsTheEnginesSize() throws {
        let (p, _) = TransposedConvParams.parse(spec("transposed-conv", ["stride": .number(2), "padding": .number(1), "output_padding": .number(1)]))
        let model = try TransposedConvModel(p)
        XCTAssertEqual(model.output.shape, [1, 4, 4])
        XCTAssertTrue(model.formula(rows: true, style: 0).hasSuffix("= (2−1)·2 − 2·1 + 1·(3−1) + 1 + 1 = 4"), model.formula(rows: true, style: 0))
    }

    func testRoIOutputSizeIsTheSameWhateverTheBox() throws {
        let (p, problems) = RoIPoolParams.parse(spec("roi-pool", ["output": .list([.number(2), .number(3)])]))
        XCTAssertEqual(problems, [])
        var scene = try RoIPoolScene(p)
        var boxes = Set<[Int]>()
        for key in [Key.char("]"), .char("]"), .char("}"), .right, .down, .char("["), .char("{"), .char("{"), .left, .up, .up] {
            XCTAssertTrue(scene.handle(key))
            boxes.insert(scene.model.params.box)
            XCTAssertEqual(scene.model.output.shape, [1, 1, 2, 3])
            let engine = try roiPool(p.input, boxes: [scene.model.params.roiBox], outputSize: IntPair(2, 3))
            XCTAssertEqual(scene.model.output, engine)
            XCTAssertEqual(scene.model.trace.replay(), engine)
        }
        XCTAssertGreaterThan(boxes.count, 5)
    }

    func testRoIBoxCannotLeaveTheMap() throws {
        let (p, _) = RoIPoolParams.parse(spec("roi-pool", ["box": .list([.number(0), .number(0), .number(1), .number(1)])]))
        var scene = try RoIPoolScene(p)
        _ = scene.handle(.left)
        _ = scene.handle(.up)
        _ = scene.handle(.char("["))
        _ = scene.handle(.char("["))
        XCTAssertEqual(scene.model.params.box, [0, 0, 0, 1])
    }

    func testRoIStepsWalkEveryReadOfTheTrace() throws {
        let (p, _) = RoIPoolParams.parse(spec("roi-pool", [:]))
        let scene = try RoIPoolScene(p)
        XCTAssertEqual(scene.model.steps.count, scene.model.trace.bins.map { max(1, $0.reads.count) }.reduce(0, +))
        XCTAssertEqual(scene.model.progress(after: scene.model.steps.count).done.count, scene.model.trace.bins.count)
        XCTAssertEqual(scene.model.progress(after: 0).done.count, 0)
    }

    func testYOLOTensorSize() {
        var scene = YOLOGridScene(YOLOParams.parse(spec("yolo-grid", [:])).0)
        XCTAssertEqual(scene.perCell, 30)
        XCTAssertEqual(scene.total, 1470)
        _ = scene.handle(.char("S"))
        XCTAssertEqual(scene.total, 8 * 8 * 30)
        for o in YOLOGridScene.objects {
            let cell = scene.cell(of: o)
            XCTAssertTrue(Double(cell.col) / 8 <= o.cx && o.cx < Double(cell.col + 1) / 8)
            XCTAssertTrue(Double(cell.row) / 8 <= o.cy && o.cy < Double(cell.row + 1) / 8)
        }
    }

    func testConvolutionalizationCountsAndEngineCheck() {
        XCTAssertEqual(ConvolutionalizationScene.count([[4096, 25088], [4096]]), ConvolutionalizationScene.count([[4096, 512, 7, 7], [4096]]))
        guard let check = ConvolutionalizationScene.smallCheck() else { return XCTFail("engine check failed") }
        XCTAssertEqual(check.dense, check.conv)
        var scene = ConvolutionalizationScene(feature: 7)
        XCTAssertEqual(scene.heatMap()?.shape, [1, 1, 1, 1])
        _ = scene.handle(.right)
        XCTAssertEqual(scene.heatMap()?.shape, [1, 1, 2, 2])
    }

    func testSegmentationBoxesComeFromTheMask() {
        let boxes = SegmentationViewsScene.boxes()
        XCTAssertEqual(boxes.count, 2)
        for b in boxes {
            for (r, row) in SegmentationViewsScene.mask.enumerated() {
                for (c, ch) in row.enumerated() where ch == b.letter {
                    XCTAssertTrue((b.top...b.bottom).contains(r) && (b.left...b.right).contains(c))
                }
            }
        }
    }
}
