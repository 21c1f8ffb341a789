import DLEngine

/// `receptive-field`: a stack of layers whose receptive field lights up unit by unit.
public struct ReceptiveFieldParams: SceneParameters, Equatable {
    public static let type = "receptive-field"
    public static let summary = LocalizedText(en: "A layer stack from input to output: pick a unit and see the region it depends on in every map below.",
                                              ko: "입력부터 출력까지 layer 쌓기: unit 하나를 고르면 아래 map마다 그 unit이 보는 영역이 보여요.")
    public static let inputRange = 3...32
    static let preset = Param.choice("preset", default: ReceptiveFieldStack.Preset.twoThree, en: "the stack to start with", ko: "처음 쌓아 둘 layer")
    static let input = Param.int("input", inputRange, default: 7, en: "input side", ko: "입력 한 변")
    /// Most layers the stack holds (the scene refuses to add more).
    public static let maxLayers = 8
    static let layers = Param<String?>("layers", .text(maxLength: 80), default: nil, text: "",
                                       en: "the layers from the input up, comma-separated (\(ReceptiveFieldStack.Kind.allCases.map(\.rawValue).joined(separator: ", ")); none for an empty stack); default: the preset's",
                                       ko: "입력부터 위로 쌓을 layer, 쉼표로 구분 (\(ReceptiveFieldStack.Kind.allCases.map(\.rawValue).joined(separator: ", ")); 비우려면 none); 기본값: 프리셋의 layer")
    /// Whether the convs are padded: as the preset says, or on / off.
    public enum Padding: String, CaseIterable, Sendable { case preset, on, off }
    static let padding = Param.choice("padding", default: Padding.preset, en: "padding of the convs (the preset's, on or off)", ko: "conv의 padding (프리셋대로, on, off)")
    static let level = Param<Int?>("level", .int(0...maxLayers), default: nil, text: "",
                                   en: "the selected map (0 the input); default: the top", ko: "고른 map (0이 입력); 기본값: 맨 위")
    static let row = Param<Int?>("row", .int(0...(inputRange.upperBound - 1)), default: nil, text: "",
                                 en: "the selected unit's row; default: the centre", ko: "고른 unit의 행; 기본값: 가운데")
    static let col = Param<Int?>("col", .int(0...(inputRange.upperBound - 1)), default: nil, text: "",
                                 en: "the selected unit's column; default: the centre", ko: "고른 unit의 열; 기본값: 가운데")
    public static let parameters = [preset.info, input.info, layers.info, padding.info, level.info, row.info, col.info]

    public var preset: ReceptiveFieldStack.Preset, input: Int
    /// The stack's layers and padding (the preset's unless the spec says otherwise).
    public var layers: [ReceptiveFieldStack.Kind], padded: Bool
    /// The selected unit, when the spec names it.
    public var level: Int?, row: Int?, col: Int?

    public init(reading r: inout SceneParamReader) {
        preset = r.choice(Self.preset); input = r.int(Self.input)
        let names = r.text(Self.layers)
        let padding = r.choice(Self.padding)
        level = r.optionalInt(Self.level); row = r.optionalInt(Self.row); col = r.optionalInt(Self.col)
        layers = preset.layers
        padded = padding == .preset ? preset.padded : padding == .on
        if let names {
            let parts = names == "none" ? [] : names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var kinds: [ReceptiveFieldStack.Kind] = []
            for part in parts {
                guard let kind = ReceptiveFieldStack.Kind(rawValue: part) else {
                    r.report("'layers': '\(part)' is not a layer (\(ReceptiveFieldStack.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                kinds.append(kind)
            }
            if kinds.count > Self.maxLayers {
                r.report(RangeMessage.text("'layers'", mustBe: "at most \(Self.maxLayers) layers", got: "\(kinds.count)"))
            }
            layers = kinds
        }
        guard r.problems.isEmpty else { return }
        let stack = ReceptiveFieldStack(layers: layers, padded: padded, inputSize: input)
        do { _ = try stack.network.analyze() } catch {
            r.report("the stack does not fit a \(input)×\(input) input: \(error.message)")
            return
        }
        let top = stack.sizes.count - 1
        if let level, level > top { r.report(RangeMessage.wholeNumber("'level'", 0...top, got: level)); return }
        let side = stack.sizes[level ?? top]
        if let row, row >= side { r.report(RangeMessage.wholeNumber("'row'", 0...(side - 1), got: row)) }
        if let col, col >= side { r.report(RangeMessage.wholeNumber("'col'", 0...(side - 1), got: col)) }
    }
}

/// `network-table`: a built-in model's per-layer table.
public struct NetworkTableParams: SceneParameters, Equatable {
    public static let type = "network-table"
    public static let summary = LocalizedText(en: "A built-in model's layer table (output, parameters, receptive field), searchable.",
                                              ko: "내장 모델의 layer 표 (출력, 파라미터, receptive field), 검색 가능.")
    /// The models the table cycles through with `[`/`]`, in that order.
    public enum Model: String, CaseIterable, Sendable {
        case alexnet, alexnet2012 = "alexnet-2012", vgg11, vgg16, vgg19, googlenet, resnet18, resnet34, resnet50, densenet121
        case mobilenetV2 = "mobilenet_v2"
    }
    static let model = Param.choice("model", default: Model.alexnet, en: "the model", ko: "모델")
    static let layer = Param<String?>("layer", .text(maxLength: 64), default: nil, text: "",
                                      en: "the layer to select first (a name from the table)", ko: "처음 고를 layer (표의 이름)")
    public static let parameters = [model.info, layer.info]

    public var model: Model, layer: String?

    public init(reading r: inout SceneParamReader) {
        model = r.choice(Self.model); layer = r.text(Self.layer)
        guard r.problems.isEmpty else { return }
        guard let report = BuiltInModelReports.analysed(model.rawValue) else {
            r.report("the calculator cannot analyse \(model.rawValue)")
            return
        }
        if let layer, report.layer(named: layer) == nil {
            let names = report.layers.map(\.name)
            r.report("\(model.rawValue) has no layer '\(layer)'\(ContentIDs.suggestion(layer, among: names))")
        }
    }
}

/// `alexnet-walkthrough`: the 2012 AlexNet layer by layer.
public struct AlexNetWalkthroughParams: SceneParameters, Equatable {
    public static let type = "alexnet-walkthrough"
    public static let summary = LocalizedText(en: "AlexNet layer by layer: shapes, weights, the notes' figures, totals compared.",
                                              ko: "AlexNet을 layer마다: 크기, weight 수, 노트의 숫자, 합계 비교.")
    public static let stepRange = 1...9
    static let step = Param.int("step", stepRange, default: 1, en: "the step to open (1–8 layers, 9 totals)", ko: "처음 열 단계 (1–8 layer, 9 합계)")
    public static let parameters = [step.info]

    public var step: Int
    /// The eight layers, each with the notes' figure for it (`AlexNetWalkthroughParams+Figures.swift`).
    public var layers: [Layer]
    /// The notes' figure for the whole network.
    public var total: NotesFigure

    public init(reading r: inout SceneParamReader) {
        step = r.int(Self.step)
        (layers, total) = Self.readFigures(&r)
    }
}

/// The blocks the `block-diagram` scene draws.
public enum BlockKind: String, CaseIterable, Sendable {
    case inception, resnetBasic = "resnet-basic", resnetBottleneck = "resnet-bottleneck", densenet, transition
}

/// `block-diagram`: inception, ResNet, DenseNet and transition blocks with their numbers.
public struct BlockDiagramParams: SceneParameters, Equatable {
    public static let type = "block-diagram"
    public static let summary = LocalizedText(en: "Block diagrams with numbers from the calculator: inception, ResNet basic/bottleneck, DenseNet, transition.",
                                              ko: "계산기 숫자가 붙은 block 그림: inception, ResNet basic/bottleneck, DenseNet, transition.")
    static let block = Param.choice("block", default: BlockKind.inception, en: "the block to show", ko: "보여 줄 block")
    public static let parameters = [block.info]

    public var block: BlockKind

    public init(reading r: inout SceneParamReader) { block = r.choice(Self.block) }
}

/// `skip-gradient`: the gradient through a deep stack with and without identity skips.
public struct SkipGradientParams: SceneParameters, Equatable {
    public static let type = "skip-gradient"
    public static let summary = LocalizedText(en: "Why the skip helps the gradient: per-layer factors multiplied through a deep stack; activation derivatives.",
                                              ko: "skip이 gradient를 살리는 이유: 깊은 stack에서 곱해지는 층별 인수, 활성화 함수의 미분.")
    public enum View: String, CaseIterable, Sendable { case gradient, derivatives }
    public static let depthRange = 2...30
    static let view = Param.choice("view", default: View.gradient, en: "gradient plot or activation derivatives", ko: "gradient 그래프 또는 활성화 함수 미분")
    static let depth = Param.int("depth", depthRange, default: 20, en: "layers in the stack", ko: "stack의 layer 수")
    public static let parameters = [view.info, depth.info]

    public var view: View, depth: Int

    public init(reading r: inout SceneParamReader) { view = r.choice(Self.view); depth = r.int(Self.depth) }
}
