import DLContent
import DLEngine
import Foundation
import TUIKit

/// What each sequence model conditions on when it predicts x_t: everything before (naive), a window
/// of τ (autoregressive), only x_{t−1} (Markov), or a hidden state carried along (latent autoregressive, with
/// the hidden state computed by the engine's RNN over the sequence).
public struct SequenceModelsScene: LessonScene {
    public typealias Model = SequenceModelsParams.Model

    public let sequence: [Double]
    /// The step being predicted (2…T).
    public private(set) var t: Int
    public private(set) var model: Model
    public private(set) var tau: Int
    /// Hidden states of a one-unit RNN over the sequence; `hidden[t − 1]` has read x_1…x_{t−1}, which the
    /// notes call h_t (the latent model's summary used to predict x_t).
    public let hidden: [Double]

    public init(sequence: [Double], model: Model = .full, tau: Int = 2) {
        self.sequence = sequence.isEmpty ? [1] : sequence
        self.model = model
        self.tau = min(6, max(1, tau))
        t = max(2, min(self.sequence.count, 6))
        if let w = ExampleCells.rnn(scale: 0.5, hidden: 1), let run = try? RecurrentSetup(weights: w, input: self.sequence.map { [$0 / 10] }).run() {
            hidden = run.hiddenStates.map { $0.first ?? 0 }
        } else {
            hidden = []
        }
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: SequenceModelsParams) { self.init(sequence: p.sequence, model: p.model, tau: p.tau) }

    /// The time steps model `m` reads when predicting x_t (the latent model reads x_{t−1} and h_{t−1}).
    public func conditioned(_ m: Model) -> [Int] {
        switch m {
        case .full: return Array(1..<t)
        case .window: return Array(max(1, t - tau)..<t)
        case .markov, .latent: return [t - 1]
        }
    }

    func formula(_ m: Model) -> String {
        let s = VectorText.sub
        switch m {
        case .full: return t > 2 ? "p(x\(s(t)) | x\(s(t - 1)), …, x₁)" : "p(x\(s(t)) | x₁)"
        case .window:
            let reads = conditioned(.window).reversed().map { "x\(s($0))" }
            return "p(x\(s(t)) | " + (reads.count > 3 ? "\(reads[0]), …, \(reads[reads.count - 1])" : reads.joined(separator: ", ")) + ")  τ=\(tau)"
        case .markov: return "p(x\(s(t)) | x\(s(t - 1)))"
        case .latent: return "p(x\(s(t)) | h\(s(t))), h\(s(t)) = g(h\(s(t - 1)), x\(s(t - 1)))"
        }
    }

    func name(_ m: Model, _ context: SceneContext) -> String {
        switch m {
        case .full: "naive"
        case .window: "autoregressive"
        case .markov: "Markov"
        case .latent: "latent AR"
        }
    }

    func explanation(_ m: Model, _ context: SceneContext) -> String {
        switch m {
        case .full: context.tr("Reads the whole past: the input grows with t.", "과거 전체를 읽어요. t가 커질수록 입력도 길어져요.")
        case .window: context.tr("Autoregressive: only the last τ values, a fixed-size input.", "autoregressive: 마지막 τ개만 읽어서 입력 크기가 고정돼요.")
        case .markov: context.tr("First-order Markov: the last value alone (τ = 1).", "1차 Markov: 바로 전 값 하나만 봐요 (τ = 1).")
        case .latent: context.tr("A hidden state summarises the past and is carried along.", "hidden state가 과거를 요약해 들고 다녀요.")
        }
    }

    /// `←→` time step, `↑↓` model, `+`/`-` τ.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let all = Model.allCases
        let index = all.firstIndex(of: model) ?? 0
        return KeyTable([
            B([.right, .char("l")], { $0.t = min($0.sequence.count, $0.t + 1) }, help: t("later / earlier time step t", "다음 / 이전 시점 t"),
              footer: ("←→", t("t", "t"))),
            B([.left, .char("h")], { $0.t = max(2, $0.t - 1) }),
            B([.down, .char("j")], { $0.model = all[min(all.count - 1, index + 1)] }, help: t("next / previous model", "다음 / 이전 모델"),
              footer: ("↑↓", t("model", "모델"))),
            B([.up, .char("k")], { $0.model = all[max(0, index - 1)] }),
            B([.char("+"), .char("=")], { $0.tau = min(6, $0.tau + 1) }, help: t("longer / shorter window τ", "window τ 늘리기 / 줄이기"),
              footer: ("+/-", t("τ", "τ"))),
            B([.char("-")], { $0.tau = max(1, $0.tau - 1) }),
        ])
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out = ["x = " + sequence.map { NumberFormat.text($0, ascii: true) }.joined(separator: ", ") + context.tr(", predicting x\(VectorText.sub(t))", ", x\(VectorText.sub(t)) 예측")]
        for m in Model.allCases {
            out.append("  \(name(m, context)): \(formula(m))")
        }
        return out.map { VectorText.fold($0, ascii: context.ascii) }
    }
}

extension SequenceModelsScene {
    public var shareValues: [String: ContentValue] { ["model": .string(model.rawValue), "tau": .number(Double(tau))] }
}
