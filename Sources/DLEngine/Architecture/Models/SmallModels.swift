/// Small networks the lessons use.
enum SmallModels {
    /// LeNet-5 (1998) on 1×32×32: two 5×5 convs with average pooling, then 120-84-10.
    static func lenet5() -> Network {
        Network(name: "lenet5", input: FeatureShape(channels: 1, height: 32, width: 32), layers: [
            L.conv("conv1", 6, 5), Layer("tanh1", .activation("tanh")), L.avgPool("pool1", 2),
            L.conv("conv2", 16, 5), Layer("tanh2", .activation("tanh")), L.avgPool("pool2", 2),
            L.flatten(), L.linear("fc1", 120), Layer("tanh3", .activation("tanh")),
            L.linear("fc2", 84), Layer("tanh4", .activation("tanh")), L.linear("fc3", 10),
        ])
    }

    /// The lecture's convolution example: 128×50×40 input, 3×3 conv, padding 1, 64 filters.
    static func convExample() -> Network {
        Network(name: "conv-example", input: FeatureShape(channels: 128, height: 50, width: 40), layers: [
            L.conv("conv", 64, 3, p: 1),
        ])
    }

    /// VGG's argument: two stacked 3×3 convs (64→64) see 5×5, like one 5×5 conv.
    static func twoThreeByThree() -> Network {
        Network(name: "two-3x3", input: FeatureShape(channels: 64, height: 32, width: 32), layers: [
            L.conv("conv1", 64, 3, p: 1), L.relu("relu1"), L.conv("conv2", 64, 3, p: 1), L.relu("relu2"),
        ])
    }

    /// One 5×5 conv (64→64), to compare with `two-3x3`.
    static func oneFiveByFive() -> Network {
        Network(name: "one-5x5", input: FeatureShape(channels: 64, height: 32, width: 32), layers: [
            L.conv("conv1", 64, 5, p: 2), L.relu("relu1"),
        ])
    }
}
