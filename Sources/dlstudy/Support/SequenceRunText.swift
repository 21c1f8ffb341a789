import DLEngine

/// The text and JSON that `dlstudy train-seq` prints for a run (same run, same bytes).
enum SequenceRunText {
    static func header(_ trainer: SequenceTrainer) -> String {
        let c = trainer.config
        let clip = c.clip.map { "clip ‖g‖ ≤ \(NumberFormat.decimal($0, digits: 3))" } ?? "no clipping"
        let (layer, total) = counts(trainer)
        return """
            \(c.cell.rawValue) on the long-memory task: T = \(c.length), H = \(c.hidden), \(c.trainCount) training / \(c.testCount) test sequences, \
            noise ±\(NumberFormat.decimal(c.noise, digits: 2)), Adam lr \(number(c.learningRate)), \(clip), seed \(c.seed)
            parameters: \(NumberFormat.grouped(layer)) in the \(c.cell.rawValue) layer + \(NumberFormat.grouped(total - layer)) in the read-out = \(NumberFormat.grouped(total))
            """
    }

    static func line(_ e: SequenceEpoch, of epochs: Int) -> String {
        let n = String(e.epoch), width = String(epochs).count
        return "epoch \(String(repeating: " ", count: max(0, width - n.count)))\(n)/\(epochs)  loss \(NumberFormat.decimal(e.trainLoss, digits: 4))  "
            + "test accuracy \(percent(e.testAccuracy))"
    }

    static func footer(_ trainer: SequenceTrainer) -> String {
        "final test accuracy \(percent(trainer.history.last?.testAccuracy ?? 0)) (chance 50.0 %)"
    }

    static func progress(_ trainer: SequenceTrainer) -> String {
        let done = trainer.batchesDone, all = max(1, trainer.batchesPerEpoch), width = 20
        let filled = done * width / all
        return "epoch \(trainer.epochsDone + 1)/\(trainer.config.epochs) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(all) batches"
    }

    static func json(_ trainer: SequenceTrainer) -> JSONValue {
        let c = trainer.config
        let (layer, total) = counts(trainer)
        func list(_ v: [Double]) -> JSONValue { .array(v.map { .number($0) }) }
        var weights: [String: JSONValue] = [:]
        for (name, p) in zip(SequenceClassifier.parameterNames, trainer.model.parameters) { weights[name] = list(p) }
        return .object([
            "cell": .string(c.cell.rawValue), "length": .number(Double(c.length)), "hidden": .number(Double(c.hidden)),
            "learning_rate": .number(c.learningRate), "clip": c.clip.map { .number($0) } ?? .null,
            "seed": .number(Double(c.seed)), "noise": .number(c.noise),
            "train_sequences": .number(Double(c.trainCount)), "test_sequences": .number(Double(c.testCount)),
            "batch_size": .number(Double(c.batchSize)),
            "epochs": .array(trainer.history.map { e in
                .object(["epoch": .number(Double(e.epoch)), "train_loss": .number(e.trainLoss), "test_accuracy": .number(e.testAccuracy)])
            }),
            "final_test_accuracy": .number(trainer.history.last?.testAccuracy ?? 0),
            "parameters": .number(Double(total)), "recurrent_parameters": .number(Double(layer)),
            "grad_norms": .object([
                "first_epoch": list(trainer.history.first?.gradientNorms ?? []),
                "last_epoch": list(trainer.history.last?.gradientNorms ?? []),
            ]),
            "weights": .object(weights),
        ])
    }

    /// (recurrent layer, layer + read-out), counted from the model's own buffers.
    private static func counts(_ trainer: SequenceTrainer) -> (Int, Int) {
        let p = trainer.model.parameters
        return (p.prefix(4).reduce(0) { $0 + $1.count }, trainer.model.parameterCount)
    }

    private static func percent(_ x: Double) -> String { NumberFormat.decimal(100 * x, digits: 1) + " %" }

    private static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)" }
}
