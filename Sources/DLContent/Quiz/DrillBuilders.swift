import DLEngine

/// Turns a drill's numbers into its question: the engine computes the answer and the explanation
/// fills the formula in with the same numbers.
extension DrillGenerator {
    static func build(_ kind: DrillKind, _ q: DrillParameters) -> Drill? {
        switch kind {
        case .convOut: convOut(q)
        case .convParams: convParams(q)
        case .poolOut: poolOut(q)
        case .convTransposeOut: convTransposeOut(q)
        case .receptiveField: receptiveField(q)
        case .bottleneckSavings: bottleneck(q)
        case .fcnParams: fcnParams(q)
        case .yoloOut: yoloOut(q)
        case .lstmParams: recurrent(.lstm, q)
        case .gruParams: recurrent(.gru, q)
        }
    }

    static func convOut(_ q: DrillParameters) -> Drill? {
        guard let i = q["i"], let k = q["k"], let s = q["s"], let p = q["p"], let d = q["d"],
              let out = EngineSizes.convOut(i: i, k: k, s: s, p: p, d: d) else { return nil }
        let dil = d == 1 ? "" : ", dilation \(d)"
        return Drill(
            prompt: LocalizedText(
                en: "A \(i)×\(i) input goes through a \(k)×\(k) convolution with stride \(s), padding \(p)\(dil). What is the output height?",
                ko: "\(i)×\(i) 입력에 \(k)×\(k) convolution을 stride \(s), padding \(p)\(dil)로 적용해요. 출력의 높이는 얼마일까요?"),
            answer: out, formula: "⌊(\(i) + 2·\(p) − \(d)·(\(k)−1) − 1)/\(s)⌋ + 1",
            note: LocalizedText(en: "The division rounds down: a window that would run past the padded edge is dropped.",
                                ko: "나눗셈은 내림이에요. 패딩된 가장자리를 넘어가는 window는 버려져요."))
    }

    static func convParams(_ q: DrillParameters) -> Drill? {
        guard let k = q["k"], let cin = q["cin"], let cout = q["cout"], let b = q["bias"],
              let params = try? LayerCalc.convParams(k: k, cin: cin, cout: cout, bias: b == 1), let answer = params.intValue else { return nil }
        let bias = b == 1
        return Drill(
            prompt: LocalizedText(
                en: "A \(k)×\(k) convolution maps \(cin) channels to \(cout) channels \(bias ? "with" : "without") bias. How many parameters does it have?",
                ko: "\(k)×\(k) convolution이 채널 \(cin)개를 \(cout)개로 바꿔요 (bias \(bias ? "있음" : "없음")). 파라미터는 몇 개일까요?"),
            answer: answer, formula: params.formula,
            note: LocalizedText(
                en: "One \(k)×\(k)×\(cin) kernel per output channel\(bias ? ", plus one bias each" : ""); the input's height and width do not matter.",
                ko: "출력 채널마다 \(k)×\(k)×\(cin) 커널이 하나씩\(bias ? ", bias도 하나씩" : "") 있어요. 입력의 높이와 너비는 상관없어요."))
    }

    static func poolOut(_ q: DrillParameters) -> Drill? {
        guard let i = q["i"], let k = q["k"], let s = q["s"],
              let out = EngineSizes.poolOut(i: i, k: k, s: s) else { return nil }
        return Drill(
            prompt: LocalizedText(
                en: "Max pooling with a \(k)×\(k) window and stride \(s) on a \(i)×\(i) map (no padding). What is the output height?",
                ko: "\(i)×\(i) 특징 맵에 \(k)×\(k) window, stride \(s)로 max pooling을 해요 (padding 없음). 출력 높이는 얼마일까요?"),
            answer: out, formula: "⌊(\(i) − \(k))/\(s)⌋ + 1",
            note: LocalizedText(en: "Pooling uses the same size formula as convolution, and it has no parameters.",
                                ko: "pooling도 convolution과 같은 크기 공식을 쓰고, 파라미터는 없어요."))
    }

    static func convTransposeOut(_ q: DrillParameters) -> Drill? {
        guard let i = q["i"], let k = q["k"], let s = q["s"], let p = q["p"], let op = q["op"],
              let out = EngineSizes.convTOut(i: i, k: k, s: s, p: p, op: op) else { return nil }
        return Drill(
            prompt: LocalizedText(
                en: "A transposed convolution (kernel \(k), stride \(s), padding \(p), output_padding \(op)) upsamples a \(i)×\(i) map. What is the output height?",
                ko: "transposed convolution(kernel \(k), stride \(s), padding \(p), output_padding \(op))으로 \(i)×\(i) 맵을 키워요. 출력 높이는 얼마일까요?"),
            answer: out, formula: "(\(i)−1)·\(s) − 2·\(p) + (\(k)−1) + \(op) + 1",
            note: LocalizedText(en: "It runs the convolution size formula backwards: stride multiplies, padding crops.",
                                ko: "convolution 크기 공식을 거꾸로 푼 것이에요. stride는 곱해지고 padding만큼 잘려 나가요."))
    }

    static func receptiveField(_ q: DrillParameters) -> Drill? {
        guard let count = q["n"], count > 0 else { return nil }
        var layers: [(k: Int, s: Int, d: Int)] = []
        for n in 1...count {
            guard let k = q["k\(n)"], let s = q["s\(n)"] else { return nil }
            layers.append((k, s, 1))
        }
        let result = EngineSizes.receptiveField(layers)
        let list = layers.map { "\($0.k)×\($0.k)/\($0.s)" }.joined(separator: " → ")
        var jump = 1
        var terms: [String] = []
        for layer in layers {
            terms.append(jump == 1 ? "(\(layer.k)−1)" : "(\(layer.k)−1)·\(jump)")
            jump *= layer.s
        }
        return Drill(
            prompt: LocalizedText(
                en: "Layers (kernel/stride): \(list). How many input pixels wide is the receptive field of one output cell?",
                ko: "레이어(kernel/stride): \(list). 마지막 출력 한 칸의 receptive field는 입력 픽셀 몇 칸 너비일까요?"),
            answer: result.field, formula: "1 + " + terms.joined(separator: " + "),
            note: LocalizedText(en: "Each layer adds (k−1) times the product of the strides before it.",
                                ko: "각 레이어는 (k−1)에 그 앞 레이어들의 stride 곱을 곱한 만큼 넓혀요."))
    }

    static func bottleneck(_ q: DrillParameters) -> Drill? {
        guard let cin = q["cin"], let mid = q["mid"], let cout = q["cout"], let k = q["k"] else { return nil }
        let direct = k * k * cin * cout
        let reduced = cin * mid + k * k * mid * cout
        guard direct > reduced else { return nil }
        return Drill(
            prompt: LocalizedText(
                en: "A \(k)×\(k) conv maps \(cin)→\(cout) channels. Putting a 1×1 conv to \(mid) channels in front of it (no bias anywhere), how many parameters are saved?",
                ko: "\(k)×\(k) conv가 채널 \(cin)개를 \(cout)개로 바꿔요. 앞에 채널을 \(mid)개로 줄이는 1×1 conv를 넣으면 (bias 없음) 파라미터가 몇 개 줄어들까요?"),
            answer: direct - reduced, formula: "\(k)·\(k)·\(cin)·\(cout) − (\(cin)·\(mid) + \(k)·\(k)·\(mid)·\(cout))",
            note: LocalizedText(en: "Direct: \(direct); with the 1×1 bottleneck: \(reduced).",
                                ko: "바로 하면 \(direct)개, 1×1 bottleneck을 거치면 \(reduced)개예요."))
    }

    static func fcnParams(_ q: DrillParameters) -> Drill? {
        guard let c = q["c"], let h = q["h"], let out = q["out"], let b = q["bias"],
              let params = try? LayerCalc.fcnParams(c: c, h: h, w: h, out: out, bias: b == 1), let answer = params.intValue else { return nil }
        let bias = b == 1
        return Drill(
            prompt: LocalizedText(
                en: "FCN replaces a dense layer on a \(c)×\(h)×\(h) feature map (\(out) outputs, \(bias ? "with" : "no") bias) by an equivalent convolution. How many parameters does that convolution have?",
                ko: "FCN은 \(c)×\(h)×\(h) 특징 맵 위의 dense layer(출력 \(out)개, bias \(bias ? "있음" : "없음"))를 같은 일을 하는 convolution으로 바꿔요. 그 convolution의 파라미터는 몇 개일까요?"),
            answer: answer, formula: params.formula,
            note: LocalizedText(en: "It is a \(h)×\(h) conv with \(out) filters: exactly the dense layer's weights, rearranged.",
                                ko: "필터 \(out)개짜리 \(h)×\(h) conv이고, dense layer의 가중치를 모양만 바꾼 것이라 개수가 같아요."))
    }

    static func yoloOut(_ q: DrillParameters) -> Drill? {
        guard let s = q["s"], let b = q["b"], let c = q["c"], let size = try? LayerCalc.yoloOut(s: s, b: b, c: c), let answer = size.intValue else { return nil }
        return Drill(
            prompt: LocalizedText(
                en: "YOLO splits the image into an \(s)×\(s) grid, each cell predicting \(b) boxes and \(c) class scores. How many numbers does the output tensor hold?",
                ko: "YOLO가 이미지를 \(s)×\(s) 격자로 나누고, 칸마다 box \(b)개와 class 점수 \(c)개를 예측해요. 출력 텐서에는 숫자가 몇 개 있을까요?"),
            answer: answer, formula: size.formula,
            note: LocalizedText(en: "Each box is x, y, w, h and a confidence (5 numbers); the class scores are shared by the cell.",
                                ko: "box 하나는 x, y, w, h, confidence의 5개 숫자이고, class 점수는 칸마다 한 번만 있어요."))
    }

    static func recurrent(_ kind: RecurrentKind, _ q: DrillParameters) -> Drill? {
        guard let i = q["i"], let h = q["h"], let answer = EngineSizes.recurrentParams(kind, input: i, hidden: h) else { return nil }
        let g = kind.gateCount
        let name = kind == .lstm ? "LSTM" : "GRU"
        return Drill(
            prompt: LocalizedText(
                en: "A one-layer PyTorch nn.\(name) has input size \(i) and hidden size \(h). How many parameters (weights and both biases)?",
                ko: "입력 크기가 \(i), hidden 크기가 \(h)인 한 층짜리 PyTorch nn.\(name)의 파라미터(가중치와 bias 두 벌)는 몇 개일까요?"),
            answer: answer, formula: "\(g)·\(h)·(\(i) + \(h)) + 2·\(g)·\(h)",
            note: LocalizedText(
                en: "\(g) gate blocks (\(kind.gateNames.joined(separator: ", "))), each with an input and a hidden weight matrix and PyTorch's two bias vectors.",
                ko: "게이트 블록 \(g)개(\(kind.gateNames.joined(separator: ", ")))마다 입력·hidden 가중치 행렬과 PyTorch의 bias 벡터 두 개가 있어요."))
    }
}
