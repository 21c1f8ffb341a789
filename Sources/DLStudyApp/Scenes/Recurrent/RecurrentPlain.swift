import DLEngine
import TUIKit

/// A recurrent run as plain text: per time step, each gate's formula and the engine's vector
/// (used by the scenes' `--plain` output and by `dlstudy lstm|gru|rnn --plain`).
public enum RecurrentPlain {
    /// The lines for `run` of a cell with `weights`, in the context's language.
    public static func lines(_ run: RecurrentRun, weights: RecurrentWeights, context: SceneContext, digits: Int = 4) -> [String] {
        let tr = context.tr
        let name = run.kind.rawValue.uppercased()
        var out = [tr("\(name): input size \(weights.inputSize), hidden size \(weights.hiddenSize), \(run.steps.count) step\(run.steps.count == 1 ? "" : "s")",
                      "\(name): 입력 크기 \(weights.inputSize), hidden 크기 \(weights.hiddenSize), \(run.steps.count) 스텝")]
        var start = "h₀ = \(VectorText.vector(run.h0, digits: digits))"
        if let c0 = run.c0 { start += "   C₀ = \(VectorText.vector(c0, digits: digits))" }
        out.append(start)
        let stages = GateStage.stages(run.kind)
        let width = run.steps.isEmpty ? 0 : stages.map { DisplayWidth.of($0.formula(run.steps.count)) }.max() ?? 0
        for step in run.steps {
            out.append("t=\(step.t)  x\(VectorText.sub(step.t)) = \(VectorText.vector(step.input, digits: digits))")
            for stage in stages {
                let formula = DisplayWidth.pad(stage.formula(step.t), to: width)
                out.append("  \(formula)  = \(VectorText.vector(stage.values(step), digits: digits))")
            }
        }
        return out.map { VectorText.fold($0, ascii: context.ascii) }
    }
}
