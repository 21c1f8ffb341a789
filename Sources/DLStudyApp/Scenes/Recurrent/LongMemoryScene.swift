import DLContent
import DLEngine
import TUIKit

/// The long-memory race of lecture 7: an RNN, an LSTM and a GRU of the same hidden size train side by
/// side on the same seeded sequences (`SequenceTrainer`, the run `dlstudy train-seq` prints), one
/// mini-batch each per timer tick. ←→ change T (restart), space pauses, s shows one BPTT step of the
/// RNN with its numbers. In the app (`boundsWork`) a tick's training and a restart are done a bounded
/// slice per frame (`LongMemoryWork`) and shown when complete, so keys stay responsive.
public struct LongMemoryScene: LessonScene {
    /// The cells in drawing order.
    public static let cells: [RecurrentKind] = [.rnn, .lstm, .gru]
    /// The sequence length T (one of `LongMemoryParams.lengths`) of the run shown.
    public internal(set) var length: Int
    public let seed: Int
    /// One trainer per cell, same data (same seed), as shown (empty until the first restart is done).
    public internal(set) var trainers: [SequenceTrainer] = []
    /// Test accuracy per cell: index 0 before training, then after every epoch.
    public internal(set) var curves: [[Double]] = []
    /// ‖∂ℓ/∂h_t‖ for t = 1…T per cell (mean over the probe sequences), for the current weights.
    public internal(set) var profiles: [[Double]] = []
    /// The LSTM's forget gate f_t, t = 1…T, on the first test sequence, in the unit its read-out weighs most.
    public internal(set) var forgetGates: [Double] = []
    public private(set) var paused = false
    /// Step mode: one BPTT step of the RNN, at `stepT` (the gradient goes from h_t to h_{t−1}).
    public private(set) var stepMode = false
    public internal(set) var stepT: Int
    /// An engine failure to show instead of the plot.
    public internal(set) var failure: String?
    /// The restart or tick begun and not yet shown.
    var work: LongMemoryWork?
    /// When true, keys and ticks leave their work pending and each tick does one slice of it.
    public var boundsWork = false

    public init(length: Int = 40, seed: Int = 1) {
        self.init(deferred: length, seed: seed)
        finishWork()
    }

    /// The scene of a lesson page's typed parameters, its trainers not yet built (`SceneFactory` finishes
    /// or bounds the work).
    init(_ p: LongMemoryParams) { self.init(deferred: p.length, seed: p.seed) }

    private init(deferred length: Int, seed: Int) {
        self.length = LongMemoryParams.lengths.contains(length) ? length : 40
        self.seed = max(0, seed)
        stepT = self.length
        work = LongMemoryWork(restartAt: self.length)
    }

    /// The training settings: `train-seq`'s defaults for this T and seed.
    static func config(_ cell: RecurrentKind, length: Int, seed: Int) -> SequenceTrainingConfig {
        SequenceTrainingConfig(cell: cell, length: length, seed: UInt64(seed))
    }

    /// Starts again at T = `newLength`, by default the T shown or, during a restart, the one coming
    /// (the run shown stays until the new one is ready).
    mutating func restart(length newLength: Int? = nil) {
        work = LongMemoryWork(restartAt: newLength ?? comingLength)
        if !boundsWork { finishWork() }
    }

    /// The T of the run shown or, during a restart, of the one coming.
    var comingLength: Int { work.map { $0.restarting ? $0.length : length } ?? length }

    /// True when every cell has trained all its epochs.
    public var isFinished: Bool { !trainers.isEmpty && trainers.allSatisfy(\.isFinished) }

    public var hasPendingWork: Bool { work != nil }

    /// A timer tick: one mini-batch per cell begins (unless paused, in step mode, failed or finished);
    /// the work pending is then done, all of it or (`boundsWork`) one slice.
    public mutating func tick() -> Bool {
        if work == nil {
            guard !paused, !stepMode, failure == nil, !isFinished else { return false }
            work = LongMemoryWork(tickOf: trainers, curves: curves, length: length)
        }
        if boundsWork { advanceWork() } else { finishWork() }
        return true
    }

    /// Training: `←→` sequence length, Space pause, `s` BPTT step view, `r` restart; in the step view `←→` move t.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let pause = paused ? t("resume", "계속") : t("pause", "일시정지")
        let restart = B([.char("r")], { $0.restart() }, help: t("restart", "다시 시작"), footer: ("r", t("restart", "다시 시작")))
        if stepMode {
            return KeyTable([
                B([.left, .char("h")], { $0.stepT = max(2, $0.stepT - 1) }, help: t("earlier / later step t", "이전 / 다음 스텝 t"),
                  footer: ("←→", t("step t", "스텝 t"))),
                B([.right, .char("l")], { $0.stepT = min($0.length, $0.stepT + 1) }),
                B([.char("s")], { $0.stepMode.toggle(); $0.stepT = $0.length }, help: t("back to training", "학습으로"),
                  footer: ("s", t("back to training", "학습으로"))),
                restart,
                B([.char(" ")], { $0.paused.toggle() }, help: pause),
            ])
        }
        return KeyTable([
            B([.left, .char("h")], { $0.changeLength(by: -1) }, help: t("shorter / longer sequence T", "시퀀스 길이 T 줄이기 / 늘리기"),
              footer: ("←→", t("T", "T"))),
            B([.right, .char("l")], { $0.changeLength(by: 1) }),
            B([.char(" ")], { $0.paused.toggle() }, help: pause, footer: ("space", pause)),
            B([.char("s")], { $0.stepMode.toggle(); $0.stepT = $0.length }, help: t("BPTT step", "BPTT 한 스텝"),
              footer: ("s", t("BPTT step", "BPTT 한 스텝"))),
            restart,
        ])
    }

    /// The next or previous T after the one shown or, during a restart, the one coming.
    mutating func changeLength(by delta: Int) {
        let all = LongMemoryParams.lengths
        let i = (all.firstIndex(of: comingLength) ?? 3) + delta
        guard all.indices.contains(i) else { return }
        restart(length: all[i])
    }

    /// Parameter counts from each model's own buffers: (recurrent layer, with the read-out).
    public var parameterCounts: [(layer: Int, total: Int)] {
        trainers.map { t in (t.model.parameters.prefix(4).reduce(0) { $0 + $1.count }, t.model.parameterCount) }
    }

    static func name(_ kind: RecurrentKind) -> String { kind == .rnn ? "RNN" : kind.rawValue.uppercased() }
}
