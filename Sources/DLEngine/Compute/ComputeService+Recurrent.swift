/// The `rnn`, `lstm` and `gru` ops: every step's gates, optionally the ∂h_T/∂h_t Jacobians (`bptt`)
/// and, with `grad_output`, the gradients `torch.autograd` gives for `output.backward(grad_output)`.
extension ComputeService {
    static func recurrent(
        _ weights: RecurrentWeights, input: Tensor, h0: [Double]?, c0: [Double]?, bptt: Bool, gradOutput: Tensor?
    ) throws(EngineError) -> JSONValue {
        let tape = try recordRecurrent(weights, input: input, h0: h0, c0: c0)
        let run = RecurrentRun(tape: tape)
        var o = recurrentResult(run)
        let (H, T, I) = (weights.hiddenSize, run.steps.count, weights.inputSize)
        if bptt {
            try Check.work([H, H, H, T, 4], "bptt")
            let grads = backpropThroughTime(run, weights: weights)
            o["dhT_dh"] = .array(grads.hiddenJacobians.map(matrix))
            if let cj = grads.cellJacobians { o["dhT_dc"] = .array(cj.map(matrix)) }
        }
        if let gradOutput {
            guard gradOutput.shape == [T, H] else {
                throw EngineError("grad_output must be T×H = \(T)×\(H) (one gradient per step's h, like the input's \(T) rows), got \(describe(shape: gradOutput.shape))")
            }
            let g = recurrentBackward(weights, tape: tape, gradOutput: gradOutput.data)
            let rows = weights.kind.gateCount * H
            o["grad_input"] = rowsJSON(g.input, columns: I)
            o["grad_weight_ih"] = rowsJSON(g.weightIH, columns: I)
            o["grad_weight_hh"] = rowsJSON(g.weightHH, columns: H)
            if let b = g.biasIH, b.count == rows { o["grad_bias_ih"] = vector(b) }
            if let b = g.biasHH, b.count == rows { o["grad_bias_hh"] = vector(b) }
            o["grad_h0"] = vector(g.h0)
            if let c0 = g.c0 { o["grad_c0"] = vector(c0) }
        }
        return .object(o)
    }

    /// A flat row-major buffer as a JSON list of rows.
    private static func rowsJSON(_ flat: [Double], columns: Int) -> JSONValue {
        .array(stride(from: 0, to: flat.count, by: max(1, columns)).map { vector(Array(flat[$0..<($0 + columns)])) })
    }

    private static func recurrentResult(_ run: RecurrentRun) -> [String: JSONValue] {
        let steps: [JSONValue] = run.steps.map { step in
            var o: [String: JSONValue] = ["h": vector(step.h)]
            if run.kind != .rnn {
                for gate in step.gates { o[gate.name] = vector(gate.activation) }
            }
            if let c = step.c { o["c"] = vector(c) }
            return .object(o)
        }
        var result: [String: JSONValue] = ["steps": .array(steps), "h": vector(run.h)]
        if let c = run.c { result["c"] = vector(c) }
        return result
    }
}
