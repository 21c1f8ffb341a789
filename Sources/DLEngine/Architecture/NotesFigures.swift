/// Every figure the lecture notes state, next to the value the calculator computes.
///
/// Lessons and quizzes quote `calc` (a calc expression) rather than a number, so the value shown
/// always comes from the engine; `explanation` says kindly why the notes' figure differs.
public struct NotesFigure: Sendable {
    /// How the notes' figure compares with the computed value.
    public enum Verdict: String, Sendable {
        /// The notes give the exact value.
        case exact
        /// The notes round the value (e.g. "~ 35k" for 34,848).
        case rounded
        /// The notes' figure is wrong; `explanation` says why.
        case differs
    }

    public var id: String
    public var lecture: Int
    /// The notes' words (Korean as in the notes).
    public var quote: String
    /// The number the notes state; nil when they make a claim without a number.
    public var stated: Double?
    /// The calc expression lessons use for the right value.
    public var calc: String
    public var verdict: Verdict
    public var explanationEnglish: String
    public var explanationKorean: String
    /// Computes the value with the engine.
    public var compute: @Sendable () -> Double

    /// The computed value.
    public var value: Double { compute() }
}

/// The table of the notes' figures.
public enum NotesFigures {
    static func alexnet2012(_ layer: String) -> Double {
        guard let row = try? ModelCatalog.model(named: "alexnet-2012")?.analyze().layer(named: layer) else { return .nan }
        return Double(row.weightParams)
    }

    static func total(_ model: String) -> Double {
        guard let r = try? ModelCatalog.model(named: model)?.analyze() else { return .nan }
        return Double(r.totalParams)
    }

    static func weights(_ model: String) -> Double {
        guard let r = try? ModelCatalog.model(named: model)?.analyze() else { return .nan }
        return Double(r.totalParamsWithoutBias)
    }

    static func depth(_ model: String) -> Double {
        guard let network = ModelCatalog.model(named: model) else { return .nan }
        return Double(NetworkDepth.weightLayers(network))
    }

    static func alexnetLayer(_ id: String, _ layer: String, _ quote: String, _ stated: Double) -> NotesFigure {
        NotesFigure(
            id: id, lecture: 4, quote: quote, stated: stated,
            calc: "model-layer-params name=alexnet-2012 layer=\(layer) bias=0", verdict: .rounded,
            explanationEnglish: "The notes count weights only and round; the 2012 two-GPU AlexNet's \(layer) has this many weights (its biases add a few hundred more).",
            explanationKorean: "노트는 bias를 빼고 반올림한 값입니다. 2012년 두 GPU AlexNet의 \(layer) 가중치 수는 이 값입니다 (bias는 따로 몇백 개).",
            compute: { alexnet2012(layer) })
    }

    public static let all: [NotesFigure] = [
        NotesFigure(
            id: "conv-example-params", lecture: 4, quote: "3 × 3 × 128 × 64 = 73,728", stated: 73_728,
            calc: "conv-params k=3 cin=128 cout=64 bias=0", verdict: .exact,
            explanationEnglish: "Exact for the weights; with one bias per filter it is 73,792.",
            explanationKorean: "가중치만 세면 정확합니다. 필터마다 bias 하나를 더하면 73,792입니다.",
            compute: { Double(3 * 3 * 128 * 64) }),
        NotesFigure(
            id: "conv-example-output-width", lecture: 4, quote: "Output : W:40, H: 50, C: 64", stated: 40,
            calc: "conv-out i=40 k=3 s=1 p=1", verdict: .exact,
            explanationEnglish: "A 3×3 kernel with padding 1 and stride 1 keeps the size.",
            explanationKorean: "3×3 커널, padding 1, stride 1이면 크기가 그대로입니다.",
            compute: { Double(SizeArithmetic.convOutput(input: 40, kernel: 3, stride: 1, padTotal: 2) ?? -1) }),
        alexnetLayer("alexnet-conv1", "conv1", "(11 * 11 * 3 * 48) * 2 ~ 35k", 35_000),
        alexnetLayer("alexnet-conv2", "conv2", "(5 * 5 * 48 * 128) * 2 ~ 307k", 307_000),
        alexnetLayer("alexnet-conv3", "conv3", "(3 * 3 * 128 * 2 * 192) * 2 ~ 884k", 884_000),
        alexnetLayer("alexnet-conv4", "conv4", "(3 * 3 * 192 * 192) * 2 ~ 663k", 663_000),
        alexnetLayer("alexnet-conv5", "conv5", "(3 * 3 * 192 * 128) * 2 ~ 442k", 442_000),
        NotesFigure(
            id: "alexnet-fc6", lecture: 4, quote: "(13 * 13 * 128 * 2) * 2048 * 2 ~ 177M", stated: 177_000_000,
            calc: "model-layer-params name=alexnet-2012 layer=fc6 bias=0", verdict: .differs,
            explanationEnglish: "After the third max pooling (pool5) the map is 6×6, not 13×13: FC6 has 6·6·256·4096 = 37,748,736 weights (+4,096 biases), not 177M. 13×13 is the size before that pooling.",
            explanationKorean: "세 번째 max pooling(pool5) 뒤의 크기는 13×13이 아니라 6×6입니다. 그래서 FC6는 177M이 아니라 6·6·256·4096 = 37,748,736개 가중치(+bias 4,096개)입니다. 13×13은 pooling 전의 크기예요.",
            compute: { alexnet2012("fc6") }),
        NotesFigure(
            id: "alexnet-fc7", lecture: 4, quote: "번째 레이어 = (2048 * 2 * 2048 * 2) ~ 16M", stated: 16_000_000,
            calc: "model-layer-params name=alexnet-2012 layer=fc7 bias=0", verdict: .rounded,
            explanationEnglish: "This line lost its number: it is layer 7 (FC7), 4096·4096 = 16,777,216 weights.",
            explanationKorean: "이 줄은 번호가 빠졌는데 7번째 레이어(FC7)입니다: 4096·4096 = 16,777,216개 가중치.",
            compute: { alexnet2012("fc7") }),
        NotesFigure(
            id: "alexnet-fc8", lecture: 4, quote: "마지막 레이어 = 2048 * 2 * 1000 ~ 4M", stated: 4_000_000,
            calc: "model-layer-params name=alexnet-2012 layer=fc8 bias=0", verdict: .rounded,
            explanationEnglish: "4096·1000 = 4,096,000 weights, plus 1,000 biases.",
            explanationKorean: "4096·1000 = 4,096,000개 가중치에 bias 1,000개가 더해집니다.",
            compute: { alexnet2012("fc8") }),
        NotesFigure(
            id: "vgg-3x3-vs-5x5", lecture: 5, quote: "약 1.5배로 3 x 3 이 더 적다", stated: 1.5,
            calc: "stack-ratio big=5 small=3", verdict: .differs,
            explanationEnglish: "Two 3×3 convs have 2·9·C² = 18C² weights, one 5×5 has 25C²: the ratio is 25/18 ≈ 1.39, i.e. 28% fewer — less than 1.5×.",
            explanationKorean: "3×3 두 층은 2·9·C² = 18C², 5×5 한 층은 25C²입니다. 비율은 25/18 ≈ 1.39배(28% 적음)로, 1.5배보다 조금 작습니다.",
            compute: { weights("one-5x5") / weights("two-3x3") }),
        NotesFigure(
            id: "vgg-two-3x3-rf", lecture: 5, quote: "3 x 3 Conv. 를 두 번 했다고 해보면, Receptive Field는 5 x 5가 된다.", stated: 5,
            calc: "rf layers=3/1,3/1", verdict: .exact,
            explanationEnglish: "Each 3×3 layer adds 2 to the receptive field: 1 + 2 + 2 = 5.",
            explanationKorean: "3×3 층마다 receptive field가 2씩 늘어납니다: 1 + 2 + 2 = 5.",
            compute: { Double(Footprint.ofStack([(3, 1, 1), (3, 1, 1)])?.receptiveField ?? -1) }),
        NotesFigure(
            id: "alexnet-total", lecture: 5, quote: "Alexnet (8-layers) - 60M parameters", stated: 60_000_000,
            calc: "model-params name=alexnet-2012", verdict: .rounded,
            explanationEnglish: "The 2012 network has 60,965,224 parameters (≈ 61M); torchvision's single-GPU alexnet has 61,100,840.",
            explanationKorean: "2012년 네트워크는 60,965,224개(약 61M)이고, torchvision의 단일 GPU alexnet은 61,100,840개입니다.",
            compute: { total("alexnet-2012") }),
        NotesFigure(
            id: "alexnet-depth", lecture: 5, quote: "총 8개의 Layer로 되어있는 NN", stated: 8,
            calc: "model-depth name=alexnet-2012", verdict: .exact,
            explanationEnglish: "5 conv + 3 fully connected layers have weights.",
            explanationKorean: "가중치가 있는 층은 conv 5개 + FC 3개입니다.",
            compute: { depth("alexnet-2012") }),
        NotesFigure(
            id: "vgg19-total", lecture: 5, quote: "VGGNet (19-lyaers) - 110M parameters", stated: 110_000_000,
            calc: "model-params name=vgg19", verdict: .differs,
            explanationEnglish: "VGG-19 has 143,667,240 parameters (≈ 143.7M) and VGG-16 138,357,544; most sit in the first FC layer (25088·4096 ≈ 102.8M).",
            explanationKorean: "VGG-19는 143,667,240개(약 143.7M), VGG-16은 138,357,544개입니다. 대부분은 첫 FC 층(25088·4096 ≈ 102.8M)에 있어요.",
            compute: { total("vgg19") }),
        NotesFigure(
            id: "vgg19-depth", lecture: 5, quote: "VGGNet (19-lyaers)", stated: 19,
            calc: "model-depth name=vgg19", verdict: .exact,
            explanationEnglish: "16 conv + 3 fully connected layers.",
            explanationKorean: "conv 16개 + FC 3개입니다.",
            compute: { depth("vgg19") }),
        NotesFigure(
            id: "googlenet-total", lecture: 5, quote: "GoogLeNet (22-layers) - 4M", stated: 4_000_000,
            calc: "model-params name=googlenet", verdict: .differs,
            explanationEnglish: "torchvision's GoogLeNet has 6,624,904 parameters without the auxiliary classifiers (13,004,888 with them). The \"about 4M\" figure repeats the paper's rough claim (12× fewer than AlexNet); still, it is about 9× fewer than AlexNet.",
            explanationKorean: "torchvision의 GoogLeNet은 보조 분류기 없이 6,624,904개(보조 분류기 포함 13,004,888개)입니다. \"4M\"은 논문의 대략적인 주장(AlexNet보다 12배 적음)에서 온 숫자이고, 실제로도 AlexNet보다 약 9배 적습니다.",
            compute: { total("googlenet") }),
        NotesFigure(
            id: "googlenet-depth", lecture: 5, quote: "총 22개의 Layer로 되어있다.", stated: 22,
            calc: "model-depth name=googlenet", verdict: .exact,
            explanationEnglish: "Counting layers with weights along the deepest path: 3 stem convs, 2 per inception block (9 blocks), 1 FC.",
            explanationKorean: "가장 깊은 경로에서 가중치가 있는 층: 앞단 conv 3개, inception 블록(9개)마다 2개, FC 1개.",
            compute: { depth("googlenet") }),
        NotesFigure(
            id: "fcn-same-params", lecture: 6, quote: "Flatten 해서 벡터를 만드는 대신, convolutional filter를 만드는 것 (파라미터 수는 똑같다.)", stated: nil,
            calc: "fcn-params c=512 h=7 w=7 out=4096 bias=0", verdict: .exact,
            explanationEnglish: "A dense layer on a 512×7×7 map and a 7×7 conv with 4096 filters both have 512·7·7·4096 weights.",
            explanationKorean: "512×7×7 맵 위의 dense 층과 4096개 필터의 7×7 conv는 둘 다 512·7·7·4096개 가중치입니다.",
            compute: {
                let conv = Network(name: "fcn", input: FeatureShape(channels: 512, height: 7, width: 7),
                                   layers: [Layer("fc6-as-conv", .conv(ConvSpec(out: 4096, kernel: 7, bias: false)))])
                return (try? conv.analyze()).map { Double($0.totalParams) } ?? .nan
            }),
        NotesFigure(
            id: "densenet-channel-growth", lecture: 5, quote: "Concat 할수록 채널의 수가 기하급수적으로 커진다", stated: nil,
            calc: "densenet-channels c0=64 k=32 l=6", verdict: .differs,
            explanationEnglish: "Channels grow linearly, not exponentially: c0 + l·k (64 + 6·32 = 256 after DenseNet-121's first block). The cost still grows fast (each layer's 1×1 conv sees all earlier maps), hence the transition blocks.",
            explanationKorean: "채널 수는 기하급수가 아니라 선형으로 늘어납니다: c0 + l·k (DenseNet-121 첫 블록 뒤 64 + 6·32 = 256). 그래도 각 층이 앞의 모든 맵을 보므로 비용이 빨리 커져서 transition block이 필요합니다.",
            compute: {
                guard let r = try? ModelCatalog.model(named: "densenet121")?.analyze(),
                      let row = r.layer(named: "features.denseblock1.denselayer6") else { return .nan }
                return Double(row.output.channels)
            }),
        NotesFigure(
            id: "yolo-output", lecture: 6, quote: "In total, it becomes a tensor with SxSx(B*5+C) Size", stated: 1_470,
            calc: "yolo-out s=7 b=2 c=20", verdict: .exact,
            explanationEnglish: "With the paper's S = 7, B = 2, C = 20: 7·7·(2·5 + 20) = 1,470 numbers.",
            explanationKorean: "논문의 S = 7, B = 2, C = 20이면 7·7·(2·5 + 20) = 1,470개입니다.",
            compute: { Double(7 * 7 * (2 * 5 + 20)) }),
    ]

    /// The figure with `id`.
    public static func figure(_ id: String) -> NotesFigure? { all.first { $0.id == id } }
}
