/// GoogLeNet (Inception v1) as torchvision defines it: batch norm after every conv, and its
/// "5×5" branch uses a 3×3 kernel (a known quirk torchvision keeps for its weights).
enum GoogLeNetModel {
    /// (name, 1×1, 3×3 reduce, 3×3, "5×5" reduce, "5×5", pool proj)
    static let inceptions: [(String, Int, Int, Int, Int, Int, Int)] = [
        ("inception3a", 64, 96, 128, 16, 32, 32), ("inception3b", 128, 128, 192, 32, 96, 64),
        ("inception4a", 192, 96, 208, 16, 48, 64), ("inception4b", 160, 112, 224, 24, 64, 64),
        ("inception4c", 128, 128, 256, 24, 64, 64), ("inception4d", 112, 144, 288, 32, 64, 64),
        ("inception4e", 256, 160, 320, 32, 128, 128), ("inception5a", 256, 160, 320, 32, 128, 128),
        ("inception5b", 384, 192, 384, 48, 128, 128),
    ]

    static func inception(_ spec: (String, Int, Int, Int, Int, Int, Int)) -> Layer {
        let (n, c1, r3, c3, r5, c5, pp) = spec
        return Layer(n, .concat(kind: "inception", branches: [
            [L.basicConv("\(n).branch1", c1, 1)],
            [L.basicConv("\(n).branch2.0", r3, 1), L.basicConv("\(n).branch2.1", c3, 3, p: 1)],
            [L.basicConv("\(n).branch3.0", r5, 1), L.basicConv("\(n).branch3.1", c5, 3, p: 1)],
            [L.maxPool("\(n).branch4.0", 3, s: 1, p: 1, ceil: true), L.basicConv("\(n).branch4.1", pp, 1)],
        ]))
    }

    /// torchvision's `InceptionAux`: 4×4 average pool, 1×1 conv to 128, fc 2048→1024, fc →1000.
    static func auxClassifier(_ name: String) -> Layer {
        Layer(name, .sideBranch(kind: "aux-classifier", [
            L.adaptive("\(name).pool", 4, 4), L.basicConv("\(name).conv", 128, 1), L.flatten("\(name).flatten"),
            L.linear("\(name).fc1", 1024), L.relu("\(name).relu"), L.dropout("\(name).dropout", 0.7),
            L.linear("\(name).fc2", 1000),
        ]))
    }

    static func make(aux: Bool) -> Network {
        let blocks = inceptions.map(inception)
        var layers: [Layer] = [
            L.basicConv("conv1", 64, 7, s: 2, p: 3), L.maxPool("maxpool1", 3, s: 2, ceil: true),
            L.basicConv("conv2", 64, 1), L.basicConv("conv3", 192, 3, p: 1), L.maxPool("maxpool2", 3, s: 2, ceil: true),
            blocks[0], blocks[1], L.maxPool("maxpool3", 3, s: 2, ceil: true), blocks[2],
        ]
        if aux { layers.append(auxClassifier("aux1")) }
        layers += [blocks[3], blocks[4], blocks[5]]
        if aux { layers.append(auxClassifier("aux2")) }
        layers += [
            blocks[6], L.maxPool("maxpool4", 2, s: 2, ceil: true), blocks[7], blocks[8],
            L.adaptive("avgpool", 1, 1), L.flatten(), L.dropout("dropout", 0.2), L.linear("fc", 1000),
        ]
        return Network(name: aux ? "googlenet+aux" : "googlenet",
                       input: FeatureShape(channels: 3, height: 224, width: 224), layers: layers)
    }
}
