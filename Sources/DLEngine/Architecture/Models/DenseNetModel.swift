/// DenseNet-121 as torchvision defines it (growth rate 32, bottleneck width 4·32, compression ½).
enum DenseNetModel {
    static func make(blocks: [Int] = [6, 12, 24, 16], growth: Int = 32, initial: Int = 64) -> Network {
        var layers: [Layer] = [
            L.conv("features.conv0", initial, 7, s: 2, p: 3, bias: false), L.bn("features.norm0"),
            L.relu("features.relu0"), L.maxPool("features.pool0", 3, s: 2, p: 1),
        ]
        var channels = initial
        for (i, count) in blocks.enumerated() {
            for j in 1...count {
                let n = "features.denseblock\(i + 1).denselayer\(j)"
                layers.append(Layer(n, .concat(kind: "denselayer", branches: [[], [
                    L.bn("\(n).norm1"), L.relu("\(n).relu1"), L.conv("\(n).conv1", 4 * growth, 1, bias: false),
                    L.bn("\(n).norm2"), L.relu("\(n).relu2"), L.conv("\(n).conv2", growth, 3, p: 1, bias: false),
                ]])))
                channels += growth
            }
            if i != blocks.count - 1 {
                let n = "features.transition\(i + 1)"
                channels /= 2
                layers.append(Layer(n, .sequence(kind: "transition", [
                    L.bn("\(n).norm"), L.relu("\(n).relu"), L.conv("\(n).conv", channels, 1, bias: false),
                    L.avgPool("\(n).pool", 2, s: 2),
                ])))
            }
        }
        layers += [L.bn("features.norm5"), L.relu("relu"), L.adaptive("avgpool", 1, 1), L.flatten(),
                   L.linear("classifier", 1000)]
        return Network(name: "densenet121", input: FeatureShape(channels: 3, height: 224, width: 224), layers: layers)
    }
}
