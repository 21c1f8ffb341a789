import DLContent
import DLEngine
import TUIKit

/// An 8×8 canvas that the CNN classifies live: arrows (or hjkl) move, Space toggles ink, 0–9 set the
/// ink level (9 = full), `x` clears, `t` puts the next test digit on the canvas. The network trains in
/// the background for the page's `epochs`, so the probabilities sharpen while you watch.
struct DigitsDrawScene: DigitsTrainingScene {
    static let batchesPerTick = 2
    /// The network shown (classifying the canvas).
    var run: DigitsLiveRun
    var work: DigitsWork?
    var boundsWork = false
    /// Pixel values 0…16, row by row, as the digits data stores them.
    var canvas: [Int]
    var cursor = (x: 3, y: 3)
    /// Position in the test set of the digit last put on the canvas.
    var shown: Int

    init(_ p: DigitsDrawParams) throws(EngineError) {
        run = try DigitsLiveRun(config: DigitsTrainingConfig(seed: UInt64(p.seed)), maxEpochs: p.epochs)
        shown = p.start
        canvas = []
        work = DigitsWork(runs: [run], stepsLeft: [0])
        load(p.start)
    }

    var shownRuns: [DigitsLiveRun] { [run] }
    mutating func show(_ runs: [DigitsLiveRun]) { run = runs[0] }

    private mutating func load(_ position: Int) {
        let d = run.trainer.dataset
        shown = position % d.testIndices.count
        canvas = d.images[d.testIndices[shown]].map { Int(($0 * 16).rounded()) }
    }

    /// Arrows / hjkl move the cursor, Space toggles ink, `0`-`9` set its level, `x` clears, `t` the next test digit.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.left, .char("h")], { $0.cursor.x = max(0, $0.cursor.x - 1) }, help: t("move the cursor", "커서 이동"),
              footer: ("←↑↓→", t("move", "이동"))),
            B([.right, .char("l")], { $0.cursor.x = min(7, $0.cursor.x + 1) }),
            B([.up, .char("k")], { $0.cursor.y = max(0, $0.cursor.y - 1) }),
            B([.down, .char("j")], { $0.cursor.y = min(7, $0.cursor.y + 1) }),
            B([.char(" ")], { s in s.canvas[s.cursor.y * 8 + s.cursor.x] = s.canvas[s.cursor.y * 8 + s.cursor.x] > 0 ? 0 : 16 },
              help: t("ink on / off", "잉크 칠하기 / 지우기"), footer: ("Space", t("ink", "잉크"))),
        ] + (0...9).map { level in
            B([.char(Character(String(level)))], { s in s.canvas[s.cursor.y * 8 + s.cursor.x] = (level * 16 + 4) / 9 },
              help: level == 0 ? t("ink level (9 = full)", "잉크 세기 (9 = 가득)") : nil,
              footer: level == 0 ? ("0-9", t("ink level", "잉크 세기")) : nil)
        } + [
            B([.char("x")], { $0.canvas = Array(repeating: 0, count: 64) }, help: t("clear", "지우기"), footer: ("x", t("clear", "지우기"))),
            B([.char("t")], { $0.load($0.shown + 1) }, help: t("next test digit", "다음 테스트 숫자"),
              footer: ("t", t("next test digit", "다음 테스트 숫자"))),
        ])
    }

    mutating func tick() -> Bool {
        if work != nil {
            advanceWork()
            return true
        }
        guard !run.finished, run.failure == nil else { return false }
        train(steps: Self.batchesPerTick)
        workOnTick()
        return true
    }

    /// The ten class probabilities of the canvas (softmax of the logits).
    func probabilities() throws(EngineError) -> [Double] {
        let image = try Tensor(shape: [1, 1, 8, 8], data: canvas.map { Double($0) / 16 })
        return try softmax(try run.trainer.model.logits(image), dim: -1).data
    }

    /// Each frame draws the scene twice (once to measure it), and a key that only moves the cursor
    /// changes neither the canvas nor the network: the forward pass is remembered by what decides
    /// it — the run's configuration (same configuration, same weights after the same number of
    /// mini-batches), that number, and the canvas.
    private static let predictions = TextKeyedMemo<Result<[Double], EngineError>>(limit: 256)

    /// `probabilities()`, computed once per network state and canvas.
    func rememberedProbabilities() throws(EngineError) -> [Double] {
        let key = "\(run.trainer.config)|\(run.trainer.steps)|\(canvas)"
        let result = Self.predictions.value(key) {
            do throws(EngineError) { return .success(try probabilities()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    func lines(_ context: SceneContext) -> [(String, StyleRole)] {
        let t = run.trainer
        let state = run.finished ? context.tr("trained", "학습 끝") : context.tr("training", "학습 중")
        var out: [(String, StyleRole)] = [(context.tr(
            "network: epoch \(t.history.count)/\(run.maxEpochs ?? 0) (\(state)), test accuracy \(DigitsDrawing.percent(run.testAccuracy))",
            "네트워크: epoch \(t.history.count)/\(run.maxEpochs ?? 0) (\(state)), 테스트 정확도 \(DigitsDrawing.percent(run.testAccuracy))"), .heading)]
        if let failure = run.failure { return out + [(failure, .error)] }
        guard run.isReady else { return [(context.tr("preparing the network…", "네트워크를 준비하고 있어요…"), .heading)] }
        let probs: [Double]
        do { probs = try rememberedProbabilities() } catch { return out + [(error.message, .error)] }
        var rows = DigitsDrawing.grid(canvas.map { Double($0) }, side: 8, low: 0, high: 16, ascii: context.ascii)
        // The cursor cell shows brackets around its shade.
        var chars = Array(rows[cursor.y])
        let at = 2 * cursor.x
        if at + 1 < chars.count { chars[at] = "["; chars[at + 1] = "]" }
        rows[cursor.y] = String(chars)
        let border = context.ascii ? ("+", "-", "|") : ("┌", "─", "│")
        let boxed = [border.0 + String(repeating: border.1, count: 16) + (context.ascii ? "+" : "┐")]
            + rows.map { border.2 + $0 + border.2 }
            + [(context.ascii ? "+" : "└") + String(repeating: border.1, count: 16) + (context.ascii ? "+" : "┘")]
            + [context.tr("ink at cursor: \(canvas[cursor.y * 8 + cursor.x])/16", "커서의 잉크: \(canvas[cursor.y * 8 + cursor.x])/16")]
        let best = probs.indices.max { probs[$0] < probs[$1] } ?? 0
        let bars = [context.tr("prediction: \(best)", "예측: \(best)")] + DigitsDrawing.bars(probs, width: 24, ascii: context.ascii)
        out += DigitsDrawing.sideBySide([boxed, bars], gap: 4).map { ($0, StyleRole.normal) }
        out.append((context.tr("the same network as dlstudy train; pixels enter as ink / 16",
                               "dlstudy train과 같은 네트워크예요. 픽셀은 잉크 / 16으로 들어가요"), .dim))
        return out
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        DigitsDrawing.draw(lines(context), into: &frame, area: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        lines(context).map(\.0)
    }
}
