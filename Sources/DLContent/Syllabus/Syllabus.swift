/// One concept of the course syllabus (DESIGN §9), the tag lessons and quiz items carry.
public struct Concept: Equatable, Sendable {
    public var id: String
    public var lecture: Int
    public var name: LocalizedText
}

/// The 44 concepts of lectures 4–7, in syllabus order.
public enum Syllabus {
    /// The lectures the course covers, with their titles.
    public static let lectures: [(number: Int, title: LocalizedText)] = [
        (4, LocalizedText(en: "Lecture 4 · Convolutional Neural Networks", ko: "4강 · 합성곱 신경망 (CNN)")),
        (5, LocalizedText(en: "Lecture 5 · Modern CNN", ko: "5강 · Modern CNN")),
        (6, LocalizedText(en: "Lecture 6 · Computer Vision Applications", ko: "6강 · 컴퓨터 비전 응용")),
        (7, LocalizedText(en: "Lecture 7 · Recurrent Neural Networks", ko: "7강 · 순환 신경망 (RNN)")),
    ]

    /// Every concept id with its lecture and a short name.
    public static let concepts: [Concept] = [
        c("conv-elementwise", 4, "Convolution as a sum of elementwise products", "성분곱의 합으로 보는 합성곱"),
        c("conv-activation-stack", 4, "Conv → activation stacks", "Conv → 활성화 함수 쌓기"),
        c("filters-channels", 4, "Filters and output channels", "필터 수와 출력 채널"),
        c("multi-channel-why", 4, "Why several channels", "여러 채널을 쓰는 이유"),
        c("feature-vs-decision", 4, "Features vs decision layers", "특징 추출(conv)과 결정(FC)"),
        c("fc-shrinking", 4, "Shrinking fully connected layers", "작아지는 FC 레이어"),
        c("stride", 4, "Stride", "Stride"),
        c("padding", 4, "Zero padding", "제로 패딩"),
        c("output-size", 4, "Output size formula", "출력 크기 공식"),
        c("conv-params", 4, "Convolution parameters", "합성곱 파라미터 수"),
        c("alexnet-params", 4, "AlexNet parameter count", "AlexNet 파라미터 계산"),
        c("one-by-one-conv", 4, "1×1 convolution", "1×1 합성곱"),
        c("pooling", 4, "Pooling", "풀링"),
        c("learned-features", 4, "Filters learned from data", "데이터로 학습되는 필터"),
        c("conv-backprop", 4, "How a filter is updated (backprop through conv)", "필터가 업데이트되는 방법 (conv의 역전파)"),
        c("ilsvrc", 5, "The ImageNet challenge", "ImageNet 대회 (ILSVRC)"),
        c("alexnet", 5, "AlexNet", "AlexNet"),
        c("relu-vanishing", 5, "ReLU and vanishing gradients", "ReLU와 그래디언트 소실"),
        c("vgg-3x3", 5, "VGG's 3×3 stacks", "VGG의 3×3 conv 쌓기"),
        c("receptive-field", 5, "Receptive field", "수용 영역 (receptive field)"),
        c("googlenet-inception", 5, "GoogLeNet and the inception block", "GoogLeNet과 인셉션 블록"),
        c("bottleneck", 5, "1×1 bottleneck savings", "1×1 bottleneck의 파라미터 절약"),
        c("param-trend", 5, "Parameter totals compared", "파라미터 수 비교"),
        c("resnet-skip", 5, "ResNet's identity skip", "ResNet의 스킵 연결"),
        c("skip-gradient", 5, "How the skip carries the gradient", "스킵 연결과 그래디언트"),
        c("batchnorm", 5, "Batch normalisation", "배치 정규화"),
        c("densenet-concat", 5, "DenseNet concatenation", "DenseNet의 concat"),
        c("densenet-transition", 5, "DenseNet transition block", "DenseNet 전이 블록"),
        c("semantic-segmentation", 6, "Semantic segmentation", "시맨틱 세그멘테이션"),
        c("fcn-convolutionalization", 6, "Fully convolutional networks", "FCN과 convolutionalization"),
        c("transposed-conv", 6, "Transposed convolution", "전치 합성곱 (deconvolution)"),
        c("rcnn", 6, "R-CNN", "R-CNN"),
        c("sppnet", 6, "SPPNet", "SPPNet"),
        c("fast-rcnn-roi-pooling", 6, "Fast R-CNN and RoI pooling", "Fast R-CNN과 RoI 풀링"),
        c("faster-rcnn-rpn", 6, "Faster R-CNN and the RPN", "Faster R-CNN과 RPN"),
        c("yolo", 6, "YOLO", "YOLO"),
        c("sequence-models", 7, "Sequence models", "시퀀스 모델"),
        c("autoregressive", 7, "Autoregressive models", "자기회귀 모델"),
        c("markov", 7, "Markov models", "마르코프 모델"),
        c("latent-autoregressive", 7, "Latent autoregressive models", "잠재 자기회귀 모델"),
        c("rnn-unrolled", 7, "The RNN unrolled", "펼친 RNN"),
        c("vanishing-exploding", 7, "Vanishing and exploding gradients", "그래디언트 소실과 폭주"),
        c("lstm-cell-state", 7, "LSTM cell state", "LSTM의 셀 상태"),
        c("lstm-gates", 7, "LSTM gates", "LSTM의 게이트"),
        c("lstm-long-memory", 7, "Why LSTM: long memory an RNN cannot learn", "왜 LSTM인가: RNN이 못 배우는 긴 기억"),
        c("gru", 7, "GRU", "GRU"),
        c("transformers-trend", 7, "From RNNs to Transformers", "RNN에서 Transformer로"),
    ]

    /// The concept with this id, if it is in the syllabus.
    public static func concept(_ id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Whether `id` is a syllabus concept.
    public static func contains(_ id: String) -> Bool { concept(id) != nil }

    private static func c(_ id: String, _ lecture: Int, _ en: String, _ ko: String) -> Concept {
        Concept(id: id, lecture: lecture, name: LocalizedText(en: en, ko: ko))
    }
}
