/// The built-in models by name, with closest-name suggestions for typos.
public enum ModelCatalog {
    /// The ten torchvision models, then the paper AlexNet and the small lesson networks.
    public static let names: [String] = [
        "alexnet", "vgg11", "vgg16", "vgg19", "googlenet", "resnet18", "resnet34", "resnet50",
        "densenet121", "mobilenet_v2", "alexnet-2012", "lenet5", "conv-example", "two-3x3", "one-5x5",
    ]

    /// The ten models whose totals equal torchvision's.
    public static let torchvisionNames: [String] = Array(names.prefix(10))

    /// The model called `name` (`auxiliary` adds GoogLeNet's auxiliary classifiers), or nil.
    public static func model(named name: String, auxiliary: Bool = false) -> Network? {
        switch name.lowercased() {
        case "alexnet": return AlexNetModels.torchvision()
        case "alexnet-2012": return AlexNetModels.paper2012()
        case "vgg11", "vgg16", "vgg19":
            return VGGModels.configs[name.lowercased()].map { VGGModels.make(name.lowercased(), config: $0) }
        case "googlenet": return GoogLeNetModel.make(aux: auxiliary)
        case "resnet18": return ResNetModels.make("resnet18", blocks: [2, 2, 2, 2], bottleneck: false)
        case "resnet34": return ResNetModels.make("resnet34", blocks: [3, 4, 6, 3], bottleneck: false)
        case "resnet50": return ResNetModels.make("resnet50", blocks: [3, 4, 6, 3], bottleneck: true)
        case "densenet121": return DenseNetModel.make()
        case "mobilenet_v2", "mobilenet-v2", "mobilenetv2": return MobileNetV2Model.make()
        case "lenet5", "lenet-5": return SmallModels.lenet5()
        case "conv-example": return SmallModels.convExample()
        case "two-3x3": return SmallModels.twoThreeByThree()
        case "one-5x5": return SmallModels.oneFiveByFive()
        default: return nil
        }
    }

    /// The built-in name closest to `name` (edit distance), for "did you mean" messages.
    public static func closest(to name: String) -> String {
        NameSuggestion.closest(to: name.lowercased(), among: names) ?? names[0]
    }
}
