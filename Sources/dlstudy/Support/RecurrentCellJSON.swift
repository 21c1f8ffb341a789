import DLEngine

/// The JSON document of `dlstudy lstm|gru|rnn --json`: the weights used (PyTorch names) and every step's gates.
enum RecurrentCellJSON {
    static func document(_ run: RecurrentRun, weights w: RecurrentWeights) -> JSONValue {
        func vector(_ v: [Double]) -> JSONValue { .array(v.map { .number($0) }) }
        func matrix(_ t: Tensor, cols: Int) -> JSONValue {
            .array(stride(from: 0, to: t.data.count, by: cols).map { vector(Array(t.data[$0..<($0 + cols)])) })
        }
        var weights: [String: JSONValue] = ["weight_ih": matrix(w.weightIH, cols: w.inputSize), "weight_hh": matrix(w.weightHH, cols: w.hiddenSize)]
        if let b = w.biasIH { weights["bias_ih"] = vector(b.data) }
        if let b = w.biasHH { weights["bias_hh"] = vector(b.data) }
        let steps: [JSONValue] = run.steps.map { step in
            var o: [String: JSONValue] = ["t": .number(Double(step.t)), "x": vector(step.input), "h": vector(step.h)]
            for gate in step.gates where run.kind != .rnn {
                o[gate.name] = vector(gate.activation)
                o[gate.name + "_pre"] = vector(gate.preActivation)
            }
            if run.kind == .rnn, let g = step.gate("h") { o["h_pre"] = vector(g.preActivation) }
            if let c = step.c { o["c"] = vector(c) }
            return .object(o)
        }
        var doc: [String: JSONValue] = [
            "kind": .string(run.kind.rawValue), "input_size": .number(Double(w.inputSize)), "hidden_size": .number(Double(w.hiddenSize)),
            "weights": .object(weights), "h0": vector(run.h0), "steps": .array(steps), "h": vector(run.h),
        ]
        if let c0 = run.c0 { doc["c0"] = vector(c0) }
        if let c = run.c { doc["c"] = vector(c) }
        return .object(doc)
    }
}
