/// The `--json` document of a finished `dlstudy train` run (same run, same bytes).
extension DigitsTrainer {
    /// `config`, `epochs`, `weights` (state_dict names, nested like the tensors), `train_indices`,
    /// `test_indices`, `predictions` (one per test index, in order) and `confusion` (row = true digit).
    public func reportJSON() throws(EngineError) -> JSONValue {
        let epochs: [JSONValue] = history.map { r in
            .object([
                "epoch": .number(Double(r.epoch)), "loss": .number(r.loss),
                "train_accuracy": .number(r.trainAccuracy), "test_accuracy": .number(r.testAccuracy),
            ])
        }
        var weights: [String: JSONValue] = [:]
        for (name, t) in zip(model.architecture.parameterNames, model.parameters) { weights[name] = ComputeService.tensor(t) }
        let ints = { (v: [Int]) in JSONValue.array(v.map { .number(Double($0)) }) }
        var channels = 0
        if case .cnn(let c) = model.architecture { channels = c }
        let config: JSONValue = .object([
            "channels": .number(Double(channels)), "optimizer": .string(config.optimizer.rawValue),
            "lr": .number(config.learningRate), "batch": .number(Double(config.batchSize)),
            "seed": .number(Double(config.seed)), "epochs": .number(Double(history.count)),
        ])
        return .object([
            "config": config,
            "epochs": .array(epochs),
            "weights": .object(weights),
            "train_indices": ints(dataset.trainIndices),
            "test_indices": ints(dataset.testIndices),
            "predictions": ints(try predictions(dataset.testIndices)),
            "confusion": .array(try confusion(dataset.testIndices).map(ints)),
        ])
    }
}
