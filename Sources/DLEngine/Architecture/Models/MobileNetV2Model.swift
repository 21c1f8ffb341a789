/// MobileNetV2 (width 1.0) as torchvision defines it: inverted residuals with depthwise 3×3 convs.
enum MobileNetV2Model {
    /// (expansion t, output channels c, repeats n, first stride s)
    static let settings: [(Int, Int, Int, Int)] = [
        (1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1),
    ]

    /// torchvision's `Conv2dNormActivation`: conv (no bias), batch norm, ReLU6.
    static func cna(_ n: String, _ out: Int, _ k: Int, s: Int = 1, groups: Int = 1) -> Layer {
        Layer(n, .sequence(kind: "conv-bn-relu6", [
            L.conv("\(n).0", out, k, s: s, p: (k - 1) / 2, groups: groups, bias: false), L.bn("\(n).1"), L.relu6("\(n).2"),
        ]))
    }

    static func invertedResidual(_ n: String, inp: Int, out: Int, stride: Int, t: Int) -> Layer {
        let hidden = inp * t
        var body: [Layer] = []
        if t != 1 { body.append(cna("\(n).conv.\(body.count)", hidden, 1)) }
        body.append(cna("\(n).conv.\(body.count)", hidden, 3, s: stride, groups: hidden))
        body.append(L.conv("\(n).conv.\(body.count)", out, 1, bias: false))
        body.append(L.bn("\(n).conv.\(body.count)"))
        if stride == 1 && inp == out {
            return Layer(n, .sequence(kind: "inv-residual", [Layer("", .residual(body: body, shortcut: []))]))
        }
        return Layer(n, .sequence(kind: "inv-residual", body))
    }

    static func make() -> Network {
        var layers: [Layer] = [cna("features.0", 32, 3, s: 2)]
        var channels = 32
        for (t, c, n, s) in settings {
            for i in 0..<n {
                layers.append(invertedResidual("features.\(layers.count)", inp: channels, out: c, stride: i == 0 ? s : 1, t: t))
                channels = c
            }
        }
        layers.append(cna("features.\(layers.count)", 1280, 1))
        layers += [L.adaptive("avgpool", 1, 1), L.flatten(), L.dropout("classifier.0", 0.2), L.linear("classifier.1", 1000)]
        return Network(name: "mobilenet_v2", input: FeatureShape(channels: 3, height: 224, width: 224), layers: layers)
    }
}
