extension SceneCatalog {
    /// Parameter validators of the ModernCNN scene family.
    static let modernCNN: [String: Validator] = [
        "receptive-field": { spec in
            var problems = unknownKeys(spec, ["preset", "input"])
            problems += choice(spec, "preset", ["two-3x3", "one-5x5", "three-3x3", "one-7x7", "vgg16"])
            if let v = spec.params["input"], !(v.int.map { (3...32).contains($0) } ?? false) {
                problems.append("input must be a whole number in 3…32")
            }
            return problems
        },
        "network-table": { spec in
            unknownKeys(spec, ["model", "layer"]) + choice(spec, "model", modernModelNames)
        },
        "alexnet-walkthrough": { spec in
            unknownKeys(spec, ["step"]) + (spec.params["step"].map { $0.int.map { (1...9).contains($0) } ?? false } == false
                ? ["step must be a whole number in 1…9"] : [])
        },
        "block-diagram": { spec in
            unknownKeys(spec, ["block"]) + choice(spec, "block", ["inception", "resnet-basic", "resnet-bottleneck", "densenet", "transition"])
        },
        "skip-gradient": { spec in
            var problems = unknownKeys(spec, ["view", "depth"]) + choice(spec, "view", ["gradient", "derivatives"])
            if let v = spec.params["depth"], !(v.int.map { (2...30).contains($0) } ?? false) {
                problems.append("depth must be a whole number in 2…30")
            }
            return problems
        },
    ]

    /// The built-in model names a `network-table` may show.
    static let modernModelNames = [
        "alexnet", "vgg11", "vgg16", "vgg19", "googlenet", "resnet18", "resnet34", "resnet50",
        "densenet121", "mobilenet_v2", "alexnet-2012",
    ]

    static func unknownKeys(_ spec: SceneSpec, _ known: [String]) -> [String] {
        spec.params.keys.sorted().filter { !known.contains($0) }
            .map { "unknown parameter \($0) (known: \(known.joined(separator: ", ")))" }
    }

    static func choice(_ spec: SceneSpec, _ key: String, _ allowed: [String]) -> [String] {
        guard let value = spec.params[key] else { return [] }
        guard let text = value.string, allowed.contains(text) else {
            return ["\(key) must be one of \(allowed.joined(separator: ", "))"]
        }
        return []
    }
}
