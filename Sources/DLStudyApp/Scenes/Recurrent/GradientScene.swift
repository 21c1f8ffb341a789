import DLContent
import DLEngine
import Foundation
import TUIKit

/// Vanishing and exploding gradients on real numbers: the engine's backprop through time gives
/// ‖∂h_T/∂h_t‖ for t = T…1 of a tanh RNN whose recurrent weights are `scale` × a rotation; keys
/// change the scale. Beside it, an LSTM's ‖∂h_T/∂C_t‖ along the cell state, with the forget gate
/// near 1 keeping the gradient alive (f cycles the forget preset).
public struct GradientScene: LessonScene {
    /// The recurrent weight scale (0.1…2.0).
    public private(set) var scale: Double
    public let steps: Int
    public private(set) var preset: ForgetPreset = .remember
    /// The engine's norms, index t = 0…T: RNN ‖∂h_T/∂h_t‖ and LSTM ‖∂h_T/∂C_t‖.
    public private(set) var rnnNorms: [Double] = []
    public private(set) var lstmNorms: [Double] = []
    /// The LSTM's forget-gate values, averaged over units, per step (from the engine's run).
    public private(set) var forgetMeans: [Double] = []
    let initialScale: Double

    public init(scale: Double = 0.5, steps: Int = 8) {
        self.scale = min(2, max(0.1, scale))
        initialScale = self.scale
        self.steps = min(30, max(2, steps))
        recompute()
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: RNNGradientsParams) { self.init(scale: p.scale, steps: p.steps) }

    /// The input sequence both cells read: small alternating values, so the RNN stays out of saturation
    /// and its Jacobians are governed by W_hh.
    var input: [[Double]] { (0..<steps).map { [$0 % 2 == 0 ? 0.01 : -0.01] } }

    mutating func recompute() {
        rnnNorms = []; lstmNorms = []; forgetMeans = []
        if let w = ExampleCells.rnn(scale: scale, bias: false), let run = try? RecurrentSetup(weights: w, input: input).run() {
            rnnNorms = backpropThroughTime(run, weights: w).hiddenNorms
        }
        if let w = ExampleCells.lstm(preset), let run = try? RecurrentSetup(weights: w, input: input).run() {
            lstmNorms = backpropThroughTime(run, weights: w).cellNorms ?? []
            forgetMeans = run.steps.map { step in
                let f = step.gate("f")?.activation ?? []
                return f.isEmpty ? 0 : f.reduce(0, +) / Double(f.count)
            }
        }
    }

    /// `←→` (or `+`/`-`, `↑↓`) the RNN weight scale, `1`/`2`/`3` set it, `f` the LSTM forget preset, `r` reset.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.right, .up, .char("l"), .char("k"), .char("+"), .char("=")], { $0.setScale($0.scale + 0.1) },
              help: t("larger / smaller W_hh scale", "W_hh 크기 키우기 / 줄이기"), footer: ("←→", t("scale", "크기"))),
            B([.left, .down, .char("h"), .char("j"), .char("-")], { $0.setScale($0.scale - 0.1) }),
            B([.char("1")], { $0.setScale(0.5) }, help: t("scale 0.5 / 1 / 1.5", "크기 0.5 / 1 / 1.5"), footer: ("1/2/3", t("0.5/1/1.5", "0.5/1/1.5"))),
            B([.char("2")], { $0.setScale(1.0) }),
            B([.char("3")], { $0.setScale(1.5) }),
            B([.char("f")], { scene in
                scene.preset = scene.preset == .remember ? .normal : (scene.preset == .normal ? .forget : .remember)
                scene.recompute()
            }, help: t("LSTM forget gate: remember / normal / forget", "LSTM forget gate: 기억 / 보통 / 망각"),
              footer: ("f", t("LSTM forget", "LSTM forget"))),
            B([.char("r")], { $0.setScale($0.initialScale); $0.preset = .remember; $0.recompute() },
              help: t("reset", "처음으로"), footer: ("r", t("reset", "처음으로"))),
        ])
    }

    mutating func setScale(_ value: Double) {
        scale = min(2, max(0.1, (value * 10).rounded() / 10))
        recompute()
    }

    /// Where the gradient is heading from t = T back to t = 1, judged from the engine's norms (index t = 0…T).
    static func verdict(_ norms: [Double], context: SceneContext) -> String {
        guard norms.count >= 2, let last = norms.last, last > 0 else { return "" }
        let ratio = norms[1] / last
        let word: String
        if ratio < 0.1 { word = context.tr("vanishing", "소실") }
        else if ratio > 10 { word = context.tr("exploding", "폭발") }
        else { word = context.tr("kept", "유지") }
        return "×\(format(ratio)) (\(word))"
    }

    /// A norm in 3 significant digits (`0.00195`, `38.4`).
    static func format(_ v: Double) -> String {
        v.isFinite ? String(format: "%.3g", v) : "inf"
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out = [context.tr("‖∂h_T/∂h_t‖ of a tanh RNN, W_hh = \(NumberFormat.text(scale, ascii: true)) × rotation, T = \(steps):",
                              "tanh RNN의 ‖∂h_T/∂h_t‖, W_hh = \(NumberFormat.text(scale, ascii: true)) × 회전, T = \(steps):")]
        for t in stride(from: steps, through: 1, by: -1) where t < rnnNorms.count {
            out.append("  t=\(t)  \(Self.format(rnnNorms[t]))")
        }
        out.append(context.tr("‖∂h_T/∂C_t‖ of an LSTM along the cell state (forget gate ≈ \(String(format: "%.3f", forgetMeans.last ?? 0))):",
                              "LSTM cell state를 따라간 ‖∂h_T/∂C_t‖ (forget gate ≈ \(String(format: "%.3f", forgetMeans.last ?? 0))):"))
        for t in stride(from: steps, through: 1, by: -1) where t < lstmNorms.count {
            out.append("  t=\(t)  \(Self.format(lstmNorms[t]))")
        }
        return out.map { VectorText.fold($0, ascii: context.ascii) }
    }
}

extension GradientScene {
    public var shareValues: [String: ContentValue] { ["scale": .number(scale), "steps": .number(Double(steps))] }
}
