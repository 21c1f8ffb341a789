import DLEngine

/// `conv-stepper`: a convolution of one input with one kernel, stepped cell by cell.
public struct ConvStepperParams: SceneParameters, Equatable {
    public static let type = "conv-stepper"
    public static let summary = LocalizedText(en: "A convolution stepped window by window: padding ring, products, running sum, output.",
                                              ko: "window를 한 칸씩 옮기며 보는 convolution: padding, 곱, 합, 출력.")
    static let input = Param.matrix("input", maxSide: 12, default: [[0]], required: true, en: "the input, rows split by ';'", ko: "입력 (행은 ';'로 구분)")
    static let kernel = Param.matrix("kernel", maxSide: 7, default: [[1]], required: true, en: "the kernel", ko: "kernel")
    static let stride = Param.int("stride", 1...5, default: 1, en: "how far the window jumps", ko: "window가 움직이는 칸 수")
    static let padding = Param<ScenePadding>("padding", .padding(0...6), default: .int(0), text: "0", en: "zeros added around the input", ko: "입력 둘레에 붙이는 0")
    static let dilation = Param.int("dilation", 1...4, default: 1, en: "spacing between kernel taps", ko: "kernel 칸 사이 간격")
    static let bias = Param<Double?>("bias", .number(-SceneParamKind.maxMagnitude...SceneParamKind.maxMagnitude), default: nil, text: "",
                                     en: "added to every output cell (none when absent)", ko: "출력 칸마다 더하는 값 (없으면 bias 없음)")
    static let step = Param.int("step", 0...9999, default: 1, en: "output cells already computed when the page opens (at most their number)",
                                ko: "쪽을 열 때 이미 계산된 출력 칸 수 (출력 칸 수까지)")
    public static let parameters = [input.info, kernel.info, stride.info, padding.info, dilation.info, bias.info, step.info]

    public var input: [[Double]], kernel: [[Double]]
    public var stride: Int, padding: ScenePadding, dilation: Int
    public var bias: Double?
    /// The stepper's position: output cells computed (checked against the trace's cell count).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        input = r.rows(Self.input); kernel = r.rows(Self.kernel)
        stride = r.int(Self.stride); padding = r.padding(Self.padding); dilation = r.int(Self.dilation)
        bias = r.optionalNumber(Self.bias); step = r.int(Self.step)
        guard r.problems.isEmpty else { return }
        do {
            let (_, trace) = try conv2dTraced(inputTensor, weight: weightTensor, bias: biasTensor, options: options)
            if step > trace.cells.count { r.report(RangeMessage.wholeNumber("'step'", 0...trace.cells.count, got: step)) }
        } catch { r.report(error.message) }
    }

    /// The input as a 1×H×W tensor.
    public var inputTensor: Tensor { SceneTensors.plane(input) }
    /// The kernel as a 1×1×kH×kW weight.
    public var weightTensor: Tensor { SceneTensors.weight(kernel) }
    public var biasTensor: Tensor? { bias.map { SceneTensors.vector([$0]) } }
    public var options: Conv2DOptions {
        Conv2DOptions(stride: .square(stride), padding: padding.conv, dilation: .square(dilation))
    }
}

/// `pool-stepper`: max or average pooling stepped window by window.
public struct PoolStepperParams: SceneParameters, Equatable {
    public static let type = "pool-stepper"
    public static let summary = LocalizedText(en: "Max or average pooling stepped window by window, with ceil mode and overlapping windows.",
                                              ko: "max/average pooling을 window마다 보기 (ceil mode, 겹치는 window 포함).")
    static let input = Param.matrix("input", maxSide: 12, default: [[0]], required: true, en: "the input map", ko: "입력 map")
    static let kernel = Param.int("kernel", 1...5, default: 2, en: "window size", ko: "window 크기")
    static let stride = Param<Int?>("stride", .int(1...5), default: nil, text: "kernel", en: "how far the window jumps (the kernel size when absent)", ko: "window가 움직이는 칸 수 (없으면 kernel 크기)")
    static let padding = Param.int("padding", 0...2, default: 0, en: "padding on each side", ko: "각 변의 padding")
    static let mode = Param.choice("mode", default: PoolKind.max, en: "max or average", ko: "max 또는 average")
    static let ceil = Param.bool("ceil", default: false, en: "ceil mode: keep a partial last window", ko: "ceil mode: 끝에 걸친 window도 계산")
    static let step = Param.int("step", 1...9999, default: 1, en: "windows already computed when the page opens (at most their number)",
                                ko: "쪽을 열 때 이미 계산된 window 수 (window 수까지)")
    public static let parameters = [input.info, kernel.info, stride.info, padding.info, mode.info, ceil.info, step.info]

    public var input: [[Double]]
    public var kernel: Int, stride: Int?, padding: Int
    public var mode: PoolKind
    public var ceil: Bool
    /// The stepper's position: windows computed (checked against the trace's cell count).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        input = r.rows(Self.input); kernel = r.int(Self.kernel); stride = r.optionalInt(Self.stride)
        padding = r.int(Self.padding); mode = r.choice(Self.mode); ceil = r.bool(Self.ceil); step = r.int(Self.step)
        guard r.problems.isEmpty else { return }
        do throws(EngineError) {
            let cells: Int
            switch mode {
            case .max: cells = try maxPool2dTraced(inputTensor, options: options).trace.cells.count
            case .avg: cells = try avgPool2dTraced(inputTensor, options: options).1.cells.count
            }
            if step > cells { r.report(RangeMessage.wholeNumber("'step'", 1...cells, got: step)) }
        } catch { r.report(error.message) }
    }

    public var inputTensor: Tensor { SceneTensors.plane(input) }
    public var options: Pool2DOptions {
        Pool2DOptions(kernelSize: .square(kernel), stride: stride.map { .square($0) }, padding: .square(padding), ceilMode: ceil)
    }
}

/// `conv-explorer`: output size as input size, kernel, stride, padding and dilation change.
public struct ConvExplorerParams: SceneParameters, Equatable {
    public static let type = "conv-explorer"
    public static let summary = LocalizedText(en: "Stride, padding and dilation explorer: output size with the formula filled in, floor cases dimmed.",
                                              ko: "stride, padding, dilation 탐색: 공식과 함께 출력 크기, 버려지는 칸은 흐리게.")
    public static let sizeRange = 1...16, kernelRange = 1...7, strideRange = 1...5, paddingRange = 0...6, dilationRange = 1...4
    static let size = Param.int("size", sizeRange, default: 5, en: "input side N", ko: "입력 한 변 N")
    static let kernel = Param.int("kernel", kernelRange, default: 3, en: "kernel side k", ko: "kernel 한 변 k")
    static let stride = Param.int("stride", strideRange, default: 1, en: "stride s", ko: "stride s")
    static let padding = Param.int("padding", paddingRange, default: 0, en: "padding p per side", ko: "한 변의 padding p")
    static let dilation = Param.int("dilation", dilationRange, default: 1, en: "dilation d", ko: "dilation d")
    public static let parameters = [size.info, kernel.info, stride.info, padding.info, dilation.info]

    public var size: Int, kernel: Int, stride: Int, padding: Int, dilation: Int

    public init(reading r: inout SceneParamReader) {
        size = r.int(Self.size); kernel = r.int(Self.kernel); stride = r.int(Self.stride)
        padding = r.int(Self.padding); dilation = r.int(Self.dilation)
        guard r.problems.isEmpty else { return }
        do {
            _ = try conv2d(Tensor(zeros: [1, size, size]), weight: SceneTensors.weight(Array(repeating: Array(repeating: 1, count: kernel), count: kernel)),
                           options: Conv2DOptions(stride: .square(stride), padding: .int(padding), dilation: .square(dilation)))
        } catch { r.report(error.message) }
    }
}

/// `conv-channels`: C_in channels times their kernel slices summed into one output cell, n filters.
public struct ConvChannelsParams: SceneParameters, Equatable {
    public static let type = "conv-channels"
    public static let summary = LocalizedText(en: "Channels and filters: each filter spans all input channels; n filters give n output channels.",
                                              ko: "채널과 filter: filter 하나는 입력 채널 전체를 보고, filter n개가 출력 채널 n개를 만들어요.")
    public static let channelRange = 1...4, kernelRange = 1...3, sizeRange = 2...6
    static let inChannels = Param.int("in_channels", channelRange, default: 3, en: "input channels C_in", ko: "입력 채널 수 C_in")
    static let outChannels = Param.int("out_channels", channelRange, default: 2, en: "filters = output channels C_out", ko: "filter 수 = 출력 채널 수 C_out")
    static let kernel = Param.int("kernel", kernelRange, default: 2, en: "kernel side k (at most size)", ko: "kernel 한 변 k (size 이하)")
    static let size = Param.int("size", sizeRange, default: 3, en: "input side", ko: "입력 한 변")
    static let step = Param.int("step", 1...9999, default: 1, en: "output cells already computed when the page opens (at most their number)",
                                ko: "쪽을 열 때 이미 계산된 출력 칸 수 (출력 칸 수까지)")
    public static let parameters = [inChannels.info, outChannels.info, kernel.info, size.info, step.info]

    public var inChannels: Int, outChannels: Int, kernel: Int, size: Int
    /// The stepper's position: output cells computed (at most C_out × side², the trace's cells).
    public var step: Int

    public init(reading r: inout SceneParamReader) {
        inChannels = r.int(Self.inChannels); outChannels = r.int(Self.outChannels)
        kernel = r.int(Self.kernel); size = r.int(Self.size); step = r.int(Self.step)
        if kernel > size { r.report("'kernel' \(kernel) is larger than 'size' \(size)") }
        guard r.problems.isEmpty, let side = SizeArithmetic.convOutput(input: size, kernel: kernel, stride: 1, padTotal: 0) else { return }
        let cells = outChannels * side * side
        if step > cells { r.report(RangeMessage.wholeNumber("'step'", 1...cells, got: step)) }
    }
}

/// `conv-1x1`: a 1×1 convolution mixing channels pixel by pixel, and the bottleneck savings.
public struct OneByOneParams: SceneParameters, Equatable {
    public static let type = "conv-1x1"
    public static let summary = LocalizedText(en: "1×1 convolution: each output pixel mixes the channels of one input pixel; the bottleneck's savings.",
                                              ko: "1×1 convolution: 출력 픽셀은 입력 픽셀 하나의 채널들을 섞어요. bottleneck의 절약도.")
    public static let channelRange = 1...4
    static let inChannels = Param.int("in_channels", channelRange, default: 3, en: "input channels", ko: "입력 채널 수")
    static let outChannels = Param.int("out_channels", channelRange, default: 2, en: "output channels", ko: "출력 채널 수")
    static let bottleneck = Param.bool("bottleneck", default: false, en: "start on the bottleneck comparison", ko: "bottleneck 비교 화면으로 시작")
    static let step = Param.int("step", 1...9999, default: 1, en: "output cells already computed when the page opens (at most out_channels·\(size)·\(size))",
                                ko: "쪽을 열 때 이미 계산된 출력 칸 수 (out_channels·\(size)·\(size)까지)")
    /// The bottleneck's middle widths `w`/`W` step through (halving and doubling from 64).
    public static let middleWidths = [16, 32, 64, 128, 256]
    static let middle = Param.int("middle", 16...256, default: 64, en: "the bottleneck's middle width (16, 32, 64, 128 or 256)",
                                  ko: "bottleneck 가운데 채널 수 (16, 32, 64, 128, 256)")
    public static let parameters = [inChannels.info, outChannels.info, bottleneck.info, step.info, middle.info]
    /// Side of the scene's input and output maps (a 1×1 convolution keeps it).
    public static let size = 3

    public var inChannels: Int, outChannels: Int, bottleneck: Bool
    /// The stepper's position: output cells computed (checked against C_out × size²).
    public var step: Int
    /// The bottleneck's middle width.
    public var middle: Int

    public init(reading r: inout SceneParamReader) {
        inChannels = r.int(Self.inChannels); outChannels = r.int(Self.outChannels); bottleneck = r.bool(Self.bottleneck)
        step = r.int(Self.step); middle = r.int(Self.middle)
        let cells = outChannels * Self.size * Self.size
        if r.problems.isEmpty, step > cells { r.report(RangeMessage.wholeNumber("'step'", 1...cells, got: step)) }
        if r.problems.isEmpty, !Self.middleWidths.contains(middle) {
            r.report(RangeMessage.text("'middle'", mustBe: "one of 16, 32, 64, 128, 256", got: String(middle)))
        }
    }
}

/// The hand-made kernels of the `feature-maps` scene.
public enum FeatureKernel: String, CaseIterable, Sendable {
    case verticalEdge = "vertical-edge", horizontalEdge = "horizontal-edge", sobelX = "sobel-x", sobelY = "sobel-y", blur, sharpen

    /// The 3×3 weights.
    public var rows: [[Double]] {
        switch self {
        case .verticalEdge: return [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
        case .horizontalEdge: return [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]
        case .sobelX: return [[1, 0, -1], [2, 0, -2], [1, 0, -1]]
        case .sobelY: return [[1, 2, 1], [0, 0, 0], [-1, -2, -1]]
        case .blur: return Array(repeating: Array(repeating: 1.0 / 9, count: 3), count: 3)
        case .sharpen: return [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
        }
    }
}

/// `feature-maps`: a kernel and ReLU on a small built-in picture.
public struct FeatureMapsParams: SceneParameters, Equatable {
    public static let type = "feature-maps"
    public static let summary = LocalizedText(en: "Feature maps: a hand-made kernel, then ReLU, on a small picture.",
                                              ko: "feature map: 직접 만든 kernel과 ReLU를 작은 그림에 적용.")
    static let kernel = Param.choice("kernel", default: FeatureKernel.verticalEdge, en: "the kernel to start with", ko: "처음 보여 줄 kernel")
    static let relu = Param.bool("relu", default: true, en: "apply ReLU after the convolution", ko: "convolution 뒤에 ReLU 적용")
    public static let parameters = [kernel.info, relu.info]

    public var kernel: FeatureKernel, relu: Bool

    public init(reading r: inout SceneParamReader) {
        kernel = r.choice(Self.kernel); relu = r.bool(Self.relu)
    }
}

/// Tensors built from already-validated scene numbers (shapes are consistent by construction).
public enum SceneTensors {
    /// Rows as a 1×H×W tensor.
    public static func plane(_ rows: [[Double]]) -> Tensor {
        (try? Tensor(shape: [1, rows.count, rows.first?.count ?? 0], data: rows.flatMap { $0 })) ?? Tensor(zeros: [1, 1, 1])
    }
    /// Rows as a 1×1×kH×kW weight.
    public static func weight(_ rows: [[Double]]) -> Tensor {
        (try? Tensor(shape: [1, 1, rows.count, rows.first?.count ?? 0], data: rows.flatMap { $0 })) ?? Tensor(zeros: [1, 1, 1, 1])
    }
    /// Numbers as a 1-D tensor.
    public static func vector(_ values: [Double]) -> Tensor {
        (try? Tensor(shape: [values.count], data: values)) ?? Tensor(zeros: [1])
    }
}
