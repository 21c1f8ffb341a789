import DLContent
import DLEngine
import TUIKit

/// The CNN and a dense MLP (64 → hidden → 10) train with the same optimiser, batch size and data; both
/// test-accuracy curves share one plot, beside the parameter counts. Space pauses, `r` restarts with a
/// new seed.
struct DigitsCompareScene: DigitsTrainingScene {
    static let batchesPerTick = 2
    /// The seed of the runs coming (`r` changes it); the runs shown have their own.
    var seed: Int
    let hidden: Int
    /// The two runs shown.
    var cnn: DigitsLiveRun, mlp: DigitsLiveRun
    var work: DigitsWork?
    var boundsWork = false
    var running = true

    init(_ p: DigitsCompareParams) throws(EngineError) {
        seed = p.seed
        hidden = p.hidden
        (cnn, mlp) = try Self.runs(seed: p.seed, hidden: p.hidden)
        work = DigitsWork(runs: [cnn, mlp], stepsLeft: [0, 0])
    }

    var shownRuns: [DigitsLiveRun] { [cnn, mlp] }
    mutating func show(_ runs: [DigitsLiveRun]) { (cnn, mlp) = (runs[0], runs[1]) }

    static func runs(seed: Int, hidden: Int) throws(EngineError) -> (DigitsLiveRun, DigitsLiveRun) {
        (try DigitsLiveRun(config: DigitsTrainingConfig(seed: UInt64(seed))),
         try DigitsLiveRun(config: DigitsTrainingConfig(architecture: .mlp(hidden: hidden), seed: UInt64(seed))))
    }

    /// Space pauses, `s` trains one batch, `r` starts again with a new seed.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.char(" ")], { $0.running.toggle() }, help: t("pause / resume", "일시정지 / 계속"), footer: ("Space", t("pause", "일시정지"))),
            B([.char("s")], { $0.running = false; $0.train(steps: 1) }, help: t("one batch", "배치 하나"),
              footer: ("s", t("one batch", "배치 하나"))),
            B([.char("r")], { scene in
                let next = scene.seed % 9999 + 1
                guard let runs = try? Self.runs(seed: next, hidden: scene.hidden) else { return }
                scene.start([runs.0, runs.1])
                scene.seed = next
            }, help: t("train again with a new seed", "새 seed로 다시 학습"), footer: ("r", t("new seed", "새 seed"))),
        ])
    }

    mutating func tick() -> Bool {
        if work != nil {
            advanceWork()
            return true
        }
        guard running, cnn.failure == nil, mlp.failure == nil else { return false }
        train(steps: Self.batchesPerTick)
        workOnTick()
        return true
    }

    func lines(_ context: SceneContext, width: Int, height: Int) -> [(String, StyleRole)] {
        guard cnn.isReady && mlp.isReady || cnn.failure != nil || mlp.failure != nil else {
            return [(context.tr("preparing the two networks…", "두 네트워크를 준비하고 있어요…"), .heading)]
        }
        let seed = cnn.trainer.config.seed
        let cnnCount = cnn.trainer.model.architecture.parameterCount, mlpCount = mlp.trainer.model.architecture.parameterCount
        var out: [(String, StyleRole)] = [(context.tr(
            "same data, optimiser and batch size · epoch \(cnn.trainer.epochInProgress.epoch) · seed \(seed) · \(running ? "training" : "paused")",
            "같은 데이터, 옵티마이저, 배치 크기 · 에폭 \(cnn.trainer.epochInProgress.epoch) · seed \(seed) · \(running ? "학습 중" : "일시정지")"), .heading)]
        if let failure = cnn.failure ?? mlp.failure { return out + [(failure, .error)] }
        let plot = DigitsDrawing.plot([(mlp.points.map(\.testAccuracy), context.ascii ? "o" : "○"), (cnn.points.map(\.testAccuracy), context.ascii ? "*" : "●")],
                                      width: max(20, width - 36), height: min(12, max(5, height - 4)), ascii: context.ascii)
        let shapes = cnn.trainer.model.architecture.parameterShapes
        let convLayer = shapes[0].reduce(1, *) + shapes[1].reduce(1, *), fcLayer = shapes[2].reduce(1, *) + shapes[3].reduce(1, *)
        let denseLayer = 64 * 512 + 512
        let facts = [
            context.tr("● CNN  \(NumberFormat.grouped(cnnCount)) parameters", "● CNN  파라미터 \(NumberFormat.grouped(cnnCount))개"),
            context.tr("   test \(DigitsDrawing.percent(cnn.testAccuracy))", "   테스트 \(DigitsDrawing.percent(cnn.testAccuracy))"),
            context.tr("○ MLP 64→\(hidden)→10  \(NumberFormat.grouped(mlpCount))", "○ MLP 64→\(hidden)→10  \(NumberFormat.grouped(mlpCount))개"),
            context.tr("   test \(DigitsDrawing.percent(mlp.testAccuracy))", "   테스트 \(DigitsDrawing.percent(mlp.testAccuracy))"),
            "",
            context.tr("the conv layer: 8·3·3 + 8 = \(convLayer)", "conv layer: 8·3·3 + 8 = \(convLayer)"),
            context.tr("a dense layer to the same", "같은 8×8×8 map을 만드는"),
            context.tr("8×8×8 maps: 64·512 + 512", "dense layer: 64·512 + 512"),
            "   = \(NumberFormat.grouped(denseLayer))",
            context.tr("the FC layer 128→10 holds", "FC layer 128→10이"),
            context.tr("\(NumberFormat.grouped(fcLayer)) of the CNN's \(NumberFormat.grouped(cnnCount))", "CNN의 \(NumberFormat.grouped(cnnCount))개 중 \(NumberFormat.grouped(fcLayer))개"),
        ]
        out += DigitsDrawing.sideBySide([plot, facts], gap: 3).map { ($0, StyleRole.normal) }
        out.append((context.tr("x: digits seen (\(cnn.points.last?.samples ?? 0)); y: test accuracy",
                               "x: 본 숫자 수 (\(cnn.points.last?.samples ?? 0)), y: 테스트 정확도"), .dim))
        return out
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        DigitsDrawing.draw(lines(context, width: area.width, height: area.height), into: &frame, area: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        lines(context, width: width, height: 16).map(\.0)
    }
}
