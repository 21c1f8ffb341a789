/// VGG 11/16/19 without batch norm, as torchvision defines them.
enum VGGModels {
    /// Channel lists; 0 stands for a 2×2 max pool.
    static let configs: [String: [Int]] = [
        "vgg11": [64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0],
        "vgg16": [64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0],
        "vgg19": [64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0],
    ]

    static func make(_ name: String, config: [Int]) -> Network {
        var layers: [Layer] = []
        var i = 0
        for c in config {
            if c == 0 {
                layers.append(L.maxPool("features.\(i)", 2, s: 2)); i += 1
            } else {
                layers.append(L.conv("features.\(i)", c, 3, p: 1))
                layers.append(L.relu("features.\(i + 1)")); i += 2
            }
        }
        layers += [
            L.adaptive("avgpool", 7, 7), L.flatten(),
            L.linear("classifier.0", 4096), L.relu("classifier.1"), L.dropout("classifier.2"),
            L.linear("classifier.3", 4096), L.relu("classifier.4"), L.dropout("classifier.5"),
            L.linear("classifier.6", 1000),
        ]
        return Network(name: name, input: FeatureShape(channels: 3, height: 224, width: 224), layers: layers)
    }
}
