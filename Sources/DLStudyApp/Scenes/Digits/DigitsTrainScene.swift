import DLContent
import DLEngine
import TUIKit

/// The small CNN trains live: Space pauses, `s` trains one mini-batch, `v` switches between the curves
/// with the learned filters, one test digit's feature maps (←→ picks it) and the confusion matrix with
/// the misclassified digits; `+`/`-` learning rate, `c` channels, `o` optimiser, `r` restart with a new seed.
struct DigitsTrainScene: DigitsTrainingScene {
    /// Mini-batches per 100 ms tick.
    static let batchesPerTick = 2
    /// The settings of the run coming (the keys change them); the run shown has its own.
    var config: DigitsTrainingConfig
    /// The run shown.
    var run: DigitsLiveRun
    var work: DigitsWork?
    var boundsWork = false
    var running = true
    var view: DigitsTrainParams.View
    /// Position in the test set of the digit whose feature maps are shown.
    var digit: Int
    /// The first feature map shown when they do not all fit (`f` pages through them).
    var firstMap = 0

    init(_ p: DigitsTrainParams) throws(EngineError) {
        config = p.config
        run = try DigitsLiveRun(config: config)
        view = p.view
        digit = p.digit
        work = DigitsWork(runs: [run], stepsLeft: [0])
    }

    var shownRuns: [DigitsLiveRun] { [run] }
    mutating func show(_ runs: [DigitsLiveRun]) { run = runs[0] }

    private mutating func restart() {
        do { start([try DigitsLiveRun(config: config)]) } catch { config = comingRuns[0].trainer.config }
    }

    /// Space pauses, `s` one batch, `v` the view, `←→` the test digit, `f` the maps, `+`/`-` the learning
    /// rate, `c` channels, `o` optimiser, `r` a new seed (the last four restart training).
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let testCount = run.trainer.dataset.testIndices.count
        return KeyTable([
            B([.char(" ")], { $0.running.toggle() }, help: t("pause / resume", "일시정지 / 계속"), footer: ("Space", t("pause", "일시정지"))),
            B([.char("s")], { $0.running = false; $0.train(steps: 1) }, help: t("one batch", "배치 하나"), footer: ("s", t("one batch", "배치 하나"))),
            B([.char("v")], { scene in
                let all = DigitsTrainParams.View.allCases
                scene.view = all[((all.firstIndex(of: scene.view) ?? 0) + 1) % all.count]
            }, help: t("next view", "다음 보기"), footer: ("v", t("view", "보기"))),
            B([.left, .char("h")], { $0.digit = ($0.digit + testCount - 1) % testCount }, help: t("previous / next test digit", "이전 / 다음 테스트 숫자"),
              footer: ("←→", t("digit", "숫자"))),
            B([.right, .char("l")], { $0.digit = ($0.digit + 1) % testCount }),
            B([.char("f")], { $0.firstMap = $0.firstMap + 4 < $0.channels ? $0.firstMap + 4 : 0 }, help: t("next feature maps", "다음 feature map"),
              footer: ("f", t("maps", "map"))),
            B([.char("+"), .char("=")], { $0.config.learningRate = min(2, $0.config.learningRate * 2); $0.restart() },
              help: t("learning rate ×2 / ÷2 (restarts)", "학습률 ×2 / ÷2 (다시 학습)"), footer: ("+/-", t("lr", "lr"))),
            B([.char("-")], { $0.config.learningRate = max(0.0005, $0.config.learningRate / 2); $0.restart() }),
            B([.char("c")], { scene in
                let options = [4, 8, 16]
                if case .cnn(let c) = scene.config.architecture {
                    scene.config.architecture = .cnn(channels: options[((options.firstIndex(of: c) ?? 1) + 1) % options.count])
                }
                scene.restart()
            }, help: t("channels 4 / 8 / 16 (restarts)", "채널 4 / 8 / 16 (다시 학습)"), footer: ("c", t("channels", "채널"))),
            B([.char("o")], { scene in
                let all = DigitsOptimizerChoice.allCases
                scene.config.optimizer = all[((all.firstIndex(of: scene.config.optimizer) ?? 0) + 1) % all.count]
                scene.config.learningRate = scene.config.optimizer.defaultLearningRate
                scene.restart()
            }, help: t("next optimiser (restarts)", "다음 옵티마이저 (다시 학습)"), footer: ("o", t("optimiser", "옵티마이저"))),
            B([.char("r")], { $0.config.seed = $0.config.seed % 9999 + 1; $0.restart() }, help: t("train again with a new seed", "새 seed로 다시 학습"),
              footer: ("r", t("new seed", "새 seed"))),
        ])
    }

    mutating func tick() -> Bool {
        if work != nil {
            advanceWork()
            return true
        }
        guard running, run.failure == nil else { return false }
        train(steps: Self.batchesPerTick)
        workOnTick()
        return true
    }

    /// The filters of the run shown.
    var channels: Int { if case .cnn(let c) = run.trainer.config.architecture { c } else { 0 } }

    func statusLine(_ context: SceneContext) -> String {
        let t = run.trainer, config = t.config
        guard run.isReady else { return context.tr("preparing the network…", "네트워크를 준비하고 있어요…") }
        let (epoch, done) = t.epochInProgress
        let state = running ? context.tr("training", "학습 중") : context.tr("paused", "일시정지")
        return context.tr("epoch \(epoch), \(done)/\(t.samplesPerEpoch) digits · test accuracy \(DigitsDrawing.percent(run.testAccuracy)) · \(state)",
                          "에폭 \(epoch), 숫자 \(done)/\(t.samplesPerEpoch) · 테스트 정확도 \(DigitsDrawing.percent(run.testAccuracy)) · \(state)")
            + " · \(config.optimizer.rawValue) lr \(config.learningRate) · " + context.tr("\(channels) filters", "필터 \(channels)개") + " · seed \(config.seed)"
    }

    func lines(_ context: SceneContext, width: Int, height: Int) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = [(statusLine(context), .heading)]
        if let failure = run.failure { return out + [(failure, .error)] }
        guard run.isReady else { return out }
        switch view {
        case .curves: out += curves(context, width: width, height: height - 1)
        case .maps: out += maps(context, perPage: height >= 20 ? 8 : 4)
        case .confusion:
            // The matrix needs 11 rows: on a small screen the status line gives way.
            return height >= 12 ? out + confusion(context) : confusion(context)
        }
        return out
    }

    func curves(_ context: SceneContext, width: Int, height: Int) -> [(String, StyleRole)] {
        let acc = run.points.map(\.testAccuracy)
        let losses = run.points.compactMap(\.loss)
        let top = max(losses.max() ?? 1, 1e-9)
        let plotWidth = max(20, width - 32)
        let plot = DigitsDrawing.plot([(losses.map { $0 / top }, context.ascii ? "." : "·"), (acc, context.ascii ? "*" : "●")],
                                      width: plotWidth, height: min(12, max(5, height - 3)), ascii: context.ascii)
        let weights = run.trainer.model.parameters[0].data
        let m = max(weights.map(abs).max() ?? 1, 1e-9)
        var filters: [String] = [context.tr("learned 3×3 filters", "학습된 3×3 필터")]
        let perRow = 4
        for start in stride(from: 0, to: min(channels, 8), by: perRow) {
            let blocks = (start..<min(start + perRow, min(channels, 8))).map { f in
                DigitsDrawing.grid(Array(weights[(9 * f)..<(9 * f + 9)]), side: 3, low: -m, high: m, ascii: context.ascii)
            }
            filters += DigitsDrawing.sideBySide(blocks, gap: 1) + [""]
        }
        let (low, high) = context.ascii ? ("' '", "'#'") : ("' '", "'█'")
        filters.append("\(low) −\(NumberFormat.decimal(m, digits: 2)) … \(high) +\(NumberFormat.decimal(m, digits: 2))")
        var out = DigitsDrawing.sideBySide([plot, filters], gap: 3).map { ($0, StyleRole.normal) }
        out.append((context.tr("● test accuracy   · loss (÷ \(NumberFormat.decimal(top, digits: 2)))   x: digits seen (\(run.points.last?.samples ?? 0))",
                               "● 테스트 정확도   · loss (÷ \(NumberFormat.decimal(top, digits: 2)))   x: 본 숫자 수 (\(run.points.last?.samples ?? 0))"), .dim))
        if let last = run.trainer.history.last {
            out.append((context.tr("epoch \(last.epoch): loss \(NumberFormat.decimal(last.loss, digits: 4)), train \(DigitsDrawing.percent(last.trainAccuracy)), test \(DigitsDrawing.percent(last.testAccuracy))",
                                   "epoch \(last.epoch): loss \(NumberFormat.decimal(last.loss, digits: 4)), 학습 \(DigitsDrawing.percent(last.trainAccuracy)), 테스트 \(DigitsDrawing.percent(last.testAccuracy))"), .accent))
        }
        return out
    }

    func maps(_ context: SceneContext, perPage: Int) -> [(String, StyleRole)] {
        let d = run.trainer.dataset
        let index = d.testIndices[digit]
        var tape = Tape()
        let x = tape.leaf(d.batch([index]))
        let p = run.trainer.model.parameters.map { tape.leaf($0) }
        let forward: DigitsModel.Forward
        do { forward = try run.trainer.model.forward(x, parameters: p, on: &tape) } catch { return [(error.message, .error)] }
        guard let fm = forward.featureMaps else { return [] }
        let maps = tape.value(fm).data
        let logits = tape.value(forward.logits)
        let predicted = DigitsModel.predictions(logits)[0]
        let top = max(maps.max() ?? 1, 1e-9)
        let picture = [context.tr("test digit \(digit + 1)", "테스트 숫자 \(digit + 1)")]
            + DigitsDrawing.grid(d.images[index], side: 8, low: 0, high: 1, ascii: context.ascii)
            + [context.tr("true \(d.labels[index]), predicted \(predicted)", "정답 \(d.labels[index]), 예측 \(predicted)")]
        var mapBlocks: [[String]] = []
        let first = perPage >= channels ? 0 : min(firstMap, channels - 1)
        for f in first..<min(channels, first + perPage) {
            mapBlocks.append(["map \(f + 1)"] + DigitsDrawing.grid(Array(maps[(64 * f)..<(64 * f + 64)]), side: 8, low: 0, high: top, ascii: context.ascii, wide: false))
        }
        var right = DigitsDrawing.sideBySide(Array(mapBlocks.prefix(4)), gap: 2)
        if mapBlocks.count > 4 { right += [""] + DigitsDrawing.sideBySide(Array(mapBlocks.dropFirst(4)), gap: 2) }
        if perPage < channels {
            right.append(context.tr("maps \(first + 1)–\(first + mapBlocks.count) of \(channels) (f: more)", "map \(first + 1)–\(first + mapBlocks.count) / \(channels) (f: 더 보기)"))
        }
        var out = DigitsDrawing.sideBySide([picture, right], gap: 3).map { ($0, StyleRole.normal) }
        out.append((context.tr("ReLU(conv) of this digit, one map per filter: bright where the filter's pattern is found",
                               "이 숫자의 ReLU(conv), 필터마다 map 하나: 필터의 무늬가 있는 곳이 밝아요"), .dim))
        return out
    }

    func confusion(_ context: SceneContext) -> [(String, StyleRole)] {
        let t = run.trainer
        let test = t.dataset.testIndices
        let predicted: [Int]
        do { predicted = try t.predictions(test) } catch { return [(error.message, .error)] }
        var m = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for (p, i) in zip(predicted, test) { m[t.dataset.labels[i]][p] += 1 }
        var table = [" t\\p" + (0..<10).map { DisplayWidth.padLeft("\($0)", to: 4) }.joined()]
        for r in 0..<10 { table.append(DisplayWidth.padLeft("\(r)", to: 4) + m[r].map { DisplayWidth.padLeft($0 == 0 ? "·" : "\($0)", to: 4) }.joined()) }
        let wrong = zip(predicted, test).filter { $0 != t.dataset.labels[$1] }
        var tiles: [[String]] = []
        for (p, i) in wrong.prefix(3) {
            tiles.append(["\(t.dataset.labels[i])→\(p)"] + DigitsDrawing.grid(t.dataset.images[i], side: 8, low: 0, high: 1, ascii: context.ascii, wide: false))
        }
        let now = DigitsDrawing.percent(Double(test.count - wrong.count) / Double(test.count))
        let misses = [context.tr("test \(now), \(wrong.count) wrong", "테스트 \(now), 틀림 \(wrong.count)개")] + DigitsDrawing.sideBySide(tiles, gap: 2)
            + ["", context.tr("t\\p: rows true digit,", "t\\p: 행은 정답,"), context.tr("columns predicted", "열은 예측")]
        return DigitsDrawing.sideBySide([table, misses], gap: 3).map { ($0, StyleRole.normal) }
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        DigitsDrawing.draw(lines(context, width: area.width, height: area.height), into: &frame, area: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        // The starting state (training happens live; `dlstudy train` prints whole runs).
        DigitsTrainParams.View.allCases.flatMap { v -> [String] in
            var s = self
            s.view = v
            return s.lines(context, width: width, height: 24).map(\.0) + [""]
        }
    }
}
