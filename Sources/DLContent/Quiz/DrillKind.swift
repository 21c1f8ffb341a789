/// The kinds of generated numeric drill, each tied to the concept and lesson page it practises.
public enum DrillKind: String, CaseIterable, Sendable, Codable {
    case convOut = "conv-out"
    case convParams = "conv-params"
    case poolOut = "pool-out"
    case convTransposeOut = "convT-out"
    case receptiveField = "rf"
    case bottleneckSavings = "bottleneck-savings"
    case fcnParams = "fcn-params"
    case yoloOut = "yolo-out"
    case lstmParams = "lstm-params"
    case gruParams = "gru-params"

    /// The syllabus concept the drill practises.
    public var concept: String {
        switch self {
        case .convOut: "output-size"
        case .convParams: "conv-params"
        case .poolOut: "pooling"
        case .convTransposeOut: "transposed-conv"
        case .receptiveField: "receptive-field"
        case .bottleneckSavings: "bottleneck"
        case .fcnParams: "fcn-convolutionalization"
        case .yoloOut: "yolo"
        case .lstmParams: "lstm-gates"
        case .gruParams: "gru"
        }
    }

    /// The lesson page that teaches it (`lesson#page`).
    public var lesson: String {
        switch self {
        case .convOut: "l4-stride-padding#output-size"
        case .convParams: "l4-parameters#conv-params"
        case .poolOut: "l4-pooling#pooling"
        case .convTransposeOut: "l6-transposed-conv#transposed-conv"
        case .receptiveField: "l5-vgg-receptive-field#receptive-field"
        case .bottleneckSavings: "l5-googlenet#bottleneck"
        case .fcnParams: "l6-segmentation#fcn-convolutionalization"
        case .yoloOut: "l6-yolo#yolo"
        case .lstmParams: "l7-lstm#lstm-gates"
        case .gruParams: "l7-gru#gru"
        }
    }

    /// The lecture of its concept.
    public var lecture: Int { Syllabus.concept(concept)?.lecture ?? 4 }
}

extension DrillKind {
    /// The generator's name in the quiz menu.
    public var name: LocalizedText {
        switch self {
        case .convOut: LocalizedText(en: "Output size (convolution)", ko: "출력 크기 (convolution)")
        case .convParams: LocalizedText(en: "Convolution parameters", ko: "convolution 파라미터 수")
        case .poolOut: LocalizedText(en: "Pooling output size", ko: "pooling 출력 크기")
        case .convTransposeOut: LocalizedText(en: "Transposed convolution output size", ko: "transposed convolution 출력 크기")
        case .receptiveField: LocalizedText(en: "Receptive field", ko: "receptive field")
        case .bottleneckSavings: LocalizedText(en: "1×1 bottleneck savings", ko: "1×1 bottleneck으로 줄어드는 파라미터")
        case .fcnParams: LocalizedText(en: "FCN: dense layer as convolution", ko: "FCN: dense layer를 convolution으로")
        case .yoloOut: LocalizedText(en: "YOLO output size", ko: "YOLO 출력 크기")
        case .lstmParams: LocalizedText(en: "LSTM parameters", ko: "LSTM 파라미터 수")
        case .gruParams: LocalizedText(en: "GRU parameters", ko: "GRU 파라미터 수")
        }
    }
}
