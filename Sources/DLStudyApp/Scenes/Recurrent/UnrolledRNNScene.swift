import DLContent
import DLEngine
import Foundation
import TUIKit

/// The RNN rolled and unrolled: `h_t = tanh(W_hh·h_{t−1} + W_xh·x_t + b)` stepped with the engine's
/// numbers; the unrolled copies all use the same weights (a deep network with shared weights).
public struct UnrolledRNNScene: LessonScene {
    public let setup: RecurrentSetup
    public let run: RecurrentRun?
    /// Steps through time (auto-play, speed, reset): the shared player; at least step 1 is shown.
    var player: StepPlayer
    /// How many steps are computed (1…T).
    public var computed: Int { max(1, player.step) }

    public init(setup: RecurrentSetup) {
        self.setup = setup
        run = try? setup.run()
        player = StepPlayer(count: run?.steps.count ?? 0, step: 1, speed: 1)
    }

    /// The scene of a lesson page's typed parameters (shapes fit the example cell: checked by the parse).
    init(_ p: RNNUnrolledParams) throws(EngineError) {
        guard let w = ExampleCells.rnn(scale: 1) else { throw EngineError("the example RNN cell could not be built") }
        self.init(setup: RecurrentSetup(weights: w, input: p.input, h0: p.h0))
        player = StepPlayer(count: player.count, step: p.step, speed: 1)
    }

    var stepCount: Int { run?.steps.count ?? 0 }

    /// The shared player's keys; at least step 1 stays shown.
    public var keys: KeyTable<SceneAction<Self>> {
        KeyTable(StepPlayer.keys(\Self.player, playing: player.playing).all).map { action -> SceneAction<Self> in
            { scene in
                action(&scene)
                if scene.player.step < 1 { scene.player.step = min(1, scene.player.count) }
            }
        }
    }

    public mutating func tick() -> Bool { player.tick() }

    static let rolled = [
        "      hₜ",
        "      ▲",
        "  ┌───┴──┐",
        "┌▶│ tanh ├┐",
        "│ └───▲──┘│",
        "└─W_hh┼───┘",
        "      │W_xh",
        "      xₜ",
    ]

    /// The shared weights as text.
    func weightsLine(_ context: SceneContext) -> String {
        let w = setup.weights
        let H = w.hiddenSize, I = w.inputSize
        func matrix(_ t: Tensor, cols: Int) -> String {
            stride(from: 0, to: t.data.count, by: cols).map { r in
                t.data[r..<(r + cols)].map { NumberFormat.text($0, ascii: true) }.joined(separator: " ")
            }.joined(separator: "; ")
        }
        var line = "W_hh=[\(matrix(w.weightHH, cols: H))]  W_xh=[\(matrix(w.weightIH, cols: I))]"
        let bias = zip(w.biasIH?.data ?? [], w.biasHH?.data ?? []).map { $0 + $1 }
        if !bias.isEmpty { line += "  b=[\(bias.map { NumberFormat.text($0, ascii: true) }.joined(separator: " "))]" }
        return line
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        guard let run else { return [] }
        return ([context.tr("Same weights at every step: ", "모든 스텝에서 같은 weight: ") + weightsLine(context)]
            + RecurrentPlain.lines(run, weights: setup.weights, context: context)).map { VectorText.fold($0, ascii: context.ascii) }
    }
}

extension UnrolledRNNScene {
    /// The time steps computed.
    public var shareValues: [String: ContentValue] { ["step": .number(Double(player.step))] }
}
