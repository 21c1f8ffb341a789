/// AlexNet: torchvision's single-GPU variant and the original two-GPU network of the 2012 paper.
enum AlexNetModels {
    /// torchvision's `alexnet` (64-192-384-256-256 channels), 61,100,840 parameters.
    static func torchvision() -> Network {
        Network(name: "alexnet", input: FeatureShape(channels: 3, height: 224, width: 224), layers: [
            L.conv("features.0", 64, 11, s: 4, p: 2), L.relu("features.1"), L.maxPool("features.2", 3, s: 2),
            L.conv("features.3", 192, 5, p: 2), L.relu("features.4"), L.maxPool("features.5", 3, s: 2),
            L.conv("features.6", 384, 3, p: 1), L.relu("features.7"),
            L.conv("features.8", 256, 3, p: 1), L.relu("features.9"),
            L.conv("features.10", 256, 3, p: 1), L.relu("features.11"), L.maxPool("features.12", 3, s: 2),
            L.adaptive("avgpool", 6, 6), L.flatten(),
            L.dropout("classifier.0"), L.linear("classifier.1", 4096), L.relu("classifier.2"),
            L.dropout("classifier.3"), L.linear("classifier.4", 4096), L.relu("classifier.5"),
            L.linear("classifier.6", 1000),
        ])
    }

    /// The 2012 paper's network (96-256-384-384-256 channels split over two GPUs: conv2, conv4 and
    /// conv5 only see their own GPU's half, i.e. groups = 2) on a 3×227×227 input.
    static func paper2012() -> Network {
        Network(name: "alexnet-2012", input: FeatureShape(channels: 3, height: 227, width: 227), layers: [
            L.conv("conv1", 96, 11, s: 4), L.relu("relu1"), L.lrn("norm1"), L.maxPool("pool1", 3, s: 2),
            L.conv("conv2", 256, 5, p: 2, groups: 2), L.relu("relu2"), L.lrn("norm2"), L.maxPool("pool2", 3, s: 2),
            L.conv("conv3", 384, 3, p: 1), L.relu("relu3"),
            L.conv("conv4", 384, 3, p: 1, groups: 2), L.relu("relu4"),
            L.conv("conv5", 256, 3, p: 1, groups: 2), L.relu("relu5"), L.maxPool("pool5", 3, s: 2),
            L.flatten(),
            L.linear("fc6", 4096), L.relu("relu6"), L.dropout("drop6"),
            L.linear("fc7", 4096), L.relu("relu7"), L.dropout("drop7"),
            L.linear("fc8", 1000),
        ])
    }
}
