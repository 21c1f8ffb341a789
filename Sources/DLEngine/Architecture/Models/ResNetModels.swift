/// ResNet 18/34 (basic blocks) and 50 (bottlenecks, torchvision's v1.5: the stride sits in the 3×3
/// conv rather than the first 1×1, which changes the receptive field from the TF-Slim v1 figures).
enum ResNetModels {
    static func basicBlock(_ n: String, _ width: Int, stride: Int, downsample: Bool) -> Layer {
        let body = [
            L.conv("\(n).conv1", width, 3, s: stride, p: 1, bias: false), L.bn("\(n).bn1"), L.relu("\(n).relu"),
            L.conv("\(n).conv2", width, 3, p: 1, bias: false), L.bn("\(n).bn2"),
        ]
        return block(n, "basicblock", body, shortcut(n, width, stride, downsample))
    }

    static func bottleneck(_ n: String, _ width: Int, stride: Int, downsample: Bool) -> Layer {
        let body = [
            L.conv("\(n).conv1", width, 1, bias: false), L.bn("\(n).bn1"), L.relu("\(n).relu"),
            L.conv("\(n).conv2", width, 3, s: stride, p: 1, bias: false), L.bn("\(n).bn2"), L.relu("\(n).relu"),
            L.conv("\(n).conv3", width * 4, 1, bias: false), L.bn("\(n).bn3"),
        ]
        return block(n, "bottleneck", body, shortcut(n, width * 4, stride, downsample))
    }

    static func shortcut(_ n: String, _ out: Int, _ stride: Int, _ downsample: Bool) -> [Layer] {
        guard downsample else { return [] }
        return [Layer("\(n).downsample", .sequence(kind: "downsample", [
            L.conv("\(n).downsample.0", out, 1, s: stride, bias: false), L.bn("\(n).downsample.1"),
        ]))]
    }

    static func block(_ n: String, _ kind: String, _ body: [Layer], _ shortcut: [Layer]) -> Layer {
        Layer(n, .sequence(kind: kind, [Layer("", .residual(body: body, shortcut: shortcut)), L.relu("\(n).relu")]))
    }

    static func make(_ name: String, blocks: [Int], bottleneck useBottleneck: Bool) -> Network {
        var layers: [Layer] = [
            L.conv("conv1", 64, 7, s: 2, p: 3, bias: false), L.bn("bn1"), L.relu("relu"), L.maxPool("maxpool", 3, s: 2, p: 1),
        ]
        let expansion = useBottleneck ? 4 : 1
        var channels = 64
        for (stage, count) in blocks.enumerated() {
            let width = 64 << stage
            for b in 0..<count {
                let stride = (b == 0 && stage > 0) ? 2 : 1
                let downsample = b == 0 && (stride != 1 || channels != width * expansion)
                let n = "layer\(stage + 1).\(b)"
                layers.append(useBottleneck ? bottleneck(n, width, stride: stride, downsample: downsample)
                                            : basicBlock(n, width, stride: stride, downsample: downsample))
                channels = width * expansion
            }
        }
        layers += [L.adaptive("avgpool", 1, 1), L.flatten(), L.linear("fc", 1000)]
        return Network(name: name, input: FeatureShape(channels: 3, height: 224, width: 224), layers: layers)
    }
}
