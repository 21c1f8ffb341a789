import DLEngine

/// `segmentation-views`: one picture as classification, detection and segmentation.
public struct SegmentationViewsParams: SceneParameters, Equatable {
    public static let type = "segmentation-views"
    public static let summary = LocalizedText(en: "One small picture three ways: classification, detection, semantic segmentation.",
                                              ko: "작은 그림 하나를 세 가지로: classification, detection, semantic segmentation.")
    public enum View: String, CaseIterable, Sendable { case classification, detection, segmentation }
    static let view = Param.choice("view", default: View.classification, en: "the view to start with", ko: "처음 보여 줄 화면")
    public static let parameters = [view.info]

    public var view: View

    public init(reading r: inout SceneParamReader) { view = r.choice(Self.view) }
}

/// `convolutionalization`: a dense layer as a convolution, and the heat map on a larger input.
public struct ConvolutionalizationParams: SceneParameters, Equatable {
    public static let type = "convolutionalization"
    public static let summary = LocalizedText(en: "A dense layer as a 7×7 convolution: same parameters, and a heat map on a larger input.",
                                              ko: "dense layer를 7×7 convolution으로: 파라미터는 같고, 큰 입력에서는 heat map이 나와요.")
    public static let featureRange = 7...12
    static let feature = Param.int("feature", featureRange, default: 7, en: "side of the last feature map (7 for a 224 input)", ko: "마지막 feature map 한 변 (입력 224이면 7)")
    public static let parameters = [feature.info]

    public var feature: Int

    public init(reading r: inout SceneParamReader) { feature = r.int(Self.feature) }
}

/// `transposed-conv`: scatter view, zero-insertion view and "not an inverse".
public struct TransposedConvParams: SceneParameters, Equatable {
    public static let type = "transposed-conv"
    public static let summary = LocalizedText(en: "Transposed convolution: each input scatters a scaled kernel; the zero-insertion view; not an inverse.",
                                              ko: "transposed convolution: 입력 칸마다 kernel을 곱해 흩뿌리기, 0 끼워 넣기, 역연산이 아님.")
    public enum View: String, CaseIterable, Sendable { case scatter, zeroInsertion = "zero-insertion", notInverse = "not-inverse" }
    static let input = Param.matrix("input", maxSide: 6, default: [[1, 2], [3, 4]], en: "the input map", ko: "입력 map")
    static let kernel = Param.matrix("kernel", maxSide: 5, default: [[1, 0, 1], [0, 1, 0], [1, 0, 1]], en: "the kernel", ko: "kernel")
    static let stride = Param.int("stride", 1...4, default: 2, en: "stride", ko: "stride")
    static let padding = Param.int("padding", 0...4, default: 0, en: "padding (at most dilation·(k−1))", ko: "padding (dilation·(k−1) 이하)")
    static let outputPadding = Param.int("output_padding", 0...3, default: 0, en: "extra rows/columns at the bottom/right", ko: "아래/오른쪽에 더하는 줄")
    static let dilation = Param.int("dilation", 1...3, default: 1, en: "dilation", ko: "dilation")
    static let original = Param.matrix("original", maxSide: 8, default: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]],
                                       en: "the map the not-inverse view convolves first", ko: "not-inverse 화면에서 먼저 convolution하는 map")
    static let view = Param.choice("view", default: View.scatter, en: "the view to start with", ko: "처음 보여 줄 화면")
    static let step = Param.int("step", 0...9999, default: 0, en: "steps of the view already taken when the page opens (input cells, output cells or 2)",
                                ko: "쪽을 열 때 그 화면에서 이미 진행한 단계 수 (입력 칸, 출력 칸 또는 2까지)")
    public static let parameters = [input.info, kernel.info, stride.info, padding.info, outputPadding.info, dilation.info, original.info, view.info, step.info]

    public var input: Tensor
    public var kernel: Tensor
    public var stride: Int, padding: Int, outputPadding: Int, dilation: Int
    public var original: Tensor
    public var view: View
    /// The stepper's position in `view` (checked against that view's step count).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        step = r.int(Self.step)
        input = SceneTensors.plane(r.rows(Self.input)); kernel = SceneTensors.plane(r.rows(Self.kernel))
        stride = r.int(Self.stride); padding = r.int(Self.padding); outputPadding = r.int(Self.outputPadding)
        dilation = r.int(Self.dilation); original = SceneTensors.plane(r.rows(Self.original)); view = r.choice(Self.view)
        if padding > dilation * (kernel.shape[1] - 1) || padding > dilation * (kernel.shape[2] - 1) {
            r.report("'padding' \(padding) is larger than dilation·(k−1); the zero-insertion view needs d·(k−1)−p ≥ 0")
            padding = 0
        }
        do {
            let output = try convTranspose2d(input, weight: kernelWeight, options: options)
            let steps = switch view {
            case .scatter: input.data.count
            case .zeroInsertion: output.data.count
            case .notInverse: 2
            }
            if step > steps { r.report(RangeMessage.wholeNumber("'step'", 0...steps, got: step)) }
        } catch {
            r.report(error.message)
            outputPadding = 0
        }
    }

    /// The kernel as a 1×1×kH×kW conv_transpose2d weight.
    public var kernelWeight: Tensor {
        (try? kernel.reshaped([1, 1, kernel.shape[1], kernel.shape[2]])) ?? Tensor(zeros: [1, 1, 1, 1])
    }

    /// The options handed to the engine.
    public var options: ConvTranspose2DOptions {
        ConvTranspose2DOptions(stride: .square(stride), padding: .square(padding), outputPadding: .square(outputPadding),
                               dilation: .square(dilation))
    }
}

/// `roi-pool`: RoI pooling of one box to a fixed grid (also the `dlstudy roi` command's values).
public struct RoIPoolParams: SceneParameters, Equatable {
    public static let type = "roi-pool"
    public static let summary = LocalizedText(en: "RoI pooling: a box on a feature map split into bins, the maximum of each bin.",
                                              ko: "RoI pooling: feature map 위 박스를 bin으로 나누고 bin마다 최댓값.")
    public static let defaultInput =
        "1 5 2 0 3 8 1 4; 6 2 9 1 0 2 7 3; 3 7 4 8 2 6 1 0; 0 1 5 3 9 4 2 6; 4 8 2 6 1 7 3 5; 2 0 7 1 5 3 8 1; 9 3 1 4 6 0 2 7"
    static let input = Param.matrix("input", maxSide: 16, default: (try? MatrixText.parse(defaultInput, name: "input").get()) ?? [[0]],
                                    en: "the feature map", ko: "feature map")
    static let box = Param<[Int]>("box", .intList(count: 4, range: 0...64), default: [1, 1, 5, 4], text: "[1, 1, 5, 4]",
                                  en: "x1, y1, x2, y2 in input coordinates", ko: "입력 좌표의 x1, y1, x2, y2")
    static let output = Param<[Int]>("output", .intList(count: 2, range: 1...8), default: [2, 2], text: "[2, 2]",
                                     en: "output bins, rows and columns", ko: "출력 bin, 행과 열")
    static let spatialScale = Param.number("spatial_scale", 0.001...1000, default: 1, en: "scale from box to map coordinates", ko: "박스 좌표에서 map 좌표로의 배율")
    static let step = Param.int("step", 0...9999, default: 0, en: "reads already taken when the page opens (one per cell read, one per empty bin)",
                                ko: "쪽을 열 때 이미 읽은 수 (읽은 칸마다 하나, 빈 bin마다 하나)")
    public static let parameters = [input.info, box.info, output.info, spatialScale.info, step.info]

    public var input: Tensor
    /// x1, y1, x2, y2 in input coordinates (before `spatialScale`).
    public var box: [Int]
    /// Output bins, rows × columns.
    public var outputH: Int, outputW: Int
    public var spatialScale: Double
    /// The stepper's position: reads taken (checked against the trace's steps).
    public var step: Int

    /// Creates parameters; check them with `problems()`.
    public init(input: Tensor, box: [Int], outputH: Int, outputW: Int, spatialScale: Double, step: Int = 0) {
        self.input = input; self.box = box; self.outputH = outputH; self.outputW = outputW; self.spatialScale = spatialScale
        self.step = step
    }

    public init(reading r: inout SceneParamReader) {
        input = SceneTensors.plane(r.rows(Self.input))
        box = r.ints(Self.box)
        let output = r.ints(Self.output)
        outputH = output[0]; outputW = output[1]
        spatialScale = r.number(Self.spatialScale); step = r.int(Self.step)
        for problem in problems() { r.report(problem) }
        if r.problems.isEmpty {
            do throws(EngineError) {
                let (_, trace) = try roiPoolTraced(input, boxes: [roiBox], outputSize: IntPair(outputH, outputW), spatialScale: spatialScale)
                let steps = trace.bins.reduce(0) { $0 + max(1, $1.reads.count) }
                if step > steps { r.report(RangeMessage.wholeNumber("'step'", 0...steps, got: step)) }
            } catch { r.report(error.message) }
        }
        if !r.problems.isEmpty { box = [0, 0, 0, 0]; outputH = 1; outputW = 1 }
    }

    /// What is wrong with these values (empty when the engine accepts them and the box is on the map).
    public func problems() -> [String] {
        var out: [String] = []
        if !(1...8).contains(outputH) || !(1...8).contains(outputW) {
            out.append(RangeMessage.text("output size", mustBe: "H×W of whole numbers from 1 to 8", got: "\(outputH)×\(outputW)"))
        }
        let h = Double(input.shape[1]), w = Double(input.shape[2])
        if box.count != 4 { return out + ["box must be x1,y1,x2,y2"] }
        let scaled = box.map { Double($0) * spatialScale }
        if box[0] > box[2] || box[1] > box[3] {
            out.append("box \(box.map(String.init).joined(separator: ",")) must have x1 ≤ x2 and y1 ≤ y2")
        } else if scaled.contains(where: { $0 < 0 }) || scaled[2] > w - 1 + 0.5 || scaled[3] > h - 1 + 0.5 {
            out.append("box \(box.map(String.init).joined(separator: ",")) × spatial_scale \(NumberFormat.cell(spatialScale)) must lie inside the \(Int(h))×\(Int(w)) map (x 0…\(Int(w) - 1), y 0…\(Int(h) - 1))")
        }
        if out.isEmpty {
            do { _ = try roiPool(input, boxes: [roiBox], outputSize: IntPair(outputH, outputW), spatialScale: spatialScale) } catch {
                out.append(error.message)
            }
        }
        return out
    }

    /// The box as the engine takes it.
    public var roiBox: RoIBox {
        RoIBox(x1: Double(box[0]), y1: Double(box[1]), x2: Double(box[2]), y2: Double(box[3]))
    }
}

/// `yolo-grid`: YOLO's S×S grid and its S×S×(5B+C) output.
public struct YOLOParams: SceneParameters, Equatable {
    public static let type = "yolo-grid"
    public static let summary = LocalizedText(en: "YOLO v1: an S×S grid, the cell responsible for each object, the S×S×(5B+C) output.",
                                              ko: "YOLO v1: S×S grid, 물체마다 책임지는 칸, S×S×(5B+C) 출력.")
    public static let sRange = 2...9, bRange = 1...5, cRange = 1...100
    static let s = Param.int("s", sRange, default: 7, en: "grid size S", ko: "grid 크기 S")
    static let b = Param.int("b", bRange, default: 2, en: "boxes per cell B", ko: "칸마다 박스 수 B")
    static let c = Param.int("c", cRange, default: 20, en: "classes C", ko: "class 수 C")
    public static let parameters = [s.info, b.info, c.info]

    public var s: Int, b: Int, c: Int

    public init(reading r: inout SceneParamReader) { s = r.int(Self.s); b = r.int(Self.b); c = r.int(Self.c) }
}

/// `detection-family`: R-CNN, SPPNet, Fast and Faster R-CNN as pipelines.
public struct DetectionFamilyParams: SceneParameters, Equatable {
    public static let type = "detection-family"
    public static let summary = LocalizedText(en: "The R-CNN family as pipelines, one model at a time, with what each one removes.",
                                              ko: "R-CNN 계열을 pipeline으로, 모델마다 무엇을 없앴는지.")
    public enum Model: String, CaseIterable, Sendable { case rcnn, sppnet, fastRCNN = "fast-rcnn", fasterRCNN = "faster-rcnn" }
    static let model = Param.choice("model", default: Model.rcnn, en: "the model to start with", ko: "처음 보여 줄 모델")
    public static let parameters = [model.info]

    public var model: Model

    public init(reading r: inout SceneParamReader) { model = r.choice(Self.model) }
}
