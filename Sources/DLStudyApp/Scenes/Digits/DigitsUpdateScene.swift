import DLContent
import DLEngine
import TUIKit

/// One weight update by hand: the terms of ∂L/∂w for one 3×3 weight of the first layer on one training
/// digit, their sum next to the tape's value, and w ← w − lr·∂L/∂w with the loss before and after.
/// ←→↑↓ pick the weight in the 3×3 kernel, `f` the filter, `n` the next digit, Enter applies the update.
struct DigitsUpdateScene: LessonScene {
    var model: DigitsModel
    let dataset: DigitsDataset
    var position: Int, filter: Int, row: Int, column: Int
    let lr: Double
    var update: DigitsWeightUpdate
    var applied = 0

    init(_ p: DigitsUpdateParams) throws(EngineError) {
        dataset = try DigitsDataset.shared.get()
        // The network as `dlstudy train --seed` starts it (PyTorch-default initialisation).
        model = try DigitsTrainer(config: DigitsTrainingConfig(seed: UInt64(p.seed)), dataset: dataset).model
        position = p.digit; filter = p.filter; row = p.row; column = p.column; lr = p.lr
        update = try DigitsWeightUpdate(model: model, dataset: dataset, trainPosition: p.digit, filter: p.filter, row: p.row, column: p.column, lr: p.lr)
    }

    private mutating func refresh() {
        do {
            update = try DigitsWeightUpdate(model: model, dataset: dataset, trainPosition: position, filter: filter, row: row, column: column, lr: lr)
        } catch {
            (filter, row, column) = (update.filter, update.row, update.column)
        }
    }

    /// Arrows / hjkl pick the weight, `f` the filter, `n` the next digit, Enter applies the update.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let filters = model.parameters[0].shape[0]
        let table = KeyTable<SceneAction<Self>>([
            B([.left, .char("h")], { $0.column = max(0, $0.column - 1) }, help: t("choose the weight", "weight 고르기"),
              footer: ("←↑↓→", t("weight", "weight"))),
            B([.right, .char("l")], { $0.column = min(2, $0.column + 1) }),
            B([.up, .char("k")], { $0.row = max(0, $0.row - 1) }),
            B([.down, .char("j")], { $0.row = min(2, $0.row + 1) }),
            B([.char("f")], { $0.filter = ($0.filter + 1) % filters }, help: t("next filter", "다음 filter"), footer: ("f", t("filter", "filter"))),
            B([.char("n")], { $0.position += 1 }, help: t("next digit", "다음 숫자"), footer: ("n", t("next digit", "다음 숫자"))),
            B([.enter], { scene in
                // Apply this weight's update; the terms are then recomputed with the new weight.
                let u = scene.update
                scene.model.parameters[0].data[u.filter * 9 + u.row * 3 + u.column] = u.newWeight
                scene.applied += 1
            }, help: t("apply the update to the weight", "이 weight에 업데이트 적용"), footer: ("Enter", t("apply update", "업데이트 적용"))),
        ])
        return table.map { action -> SceneAction<Self> in { action(&$0); $0.refresh() } }
    }

    func lines(_ context: SceneContext, width: Int) -> [(String, StyleRole)] {
        let u = update
        let w = "w[\(u.filter),0,\(u.row),\(u.column)]"
        var out: [(String, StyleRole)] = [(context.tr(
            "training digit #\(u.digitIndex) (a \(u.label)), filter \(u.filter + 1), weight \(w) = \(fmt(u.weight))",
            "학습 숫자 #\(u.digitIndex) (\(u.label)), 필터 \(u.filter + 1), weight \(w) = \(fmt(u.weight))"), .heading)]
        out.append((context.tr("∂L/∂w = Σ over the 8×8 positions of input × upstream gradient g = ∂L/∂conv:",
                               "∂L/∂w = 8×8 위치마다 입력 × 위에서 온 gradient g = ∂L/∂conv 의 합:"), .normal))
        let live = u.terms.filter { $0.upstream != 0 }
        let shown = live.filter { $0.input != 0 }
        var row: [String] = []
        for t in shown {
            row.append("\(fmt(t.input))·\(fmt(t.upstream))")
        }
        let joined = row.isEmpty ? "0" : row.joined(separator: " + ")
        for chunk in Self.wrap(joined, width: max(20, width - 4)).prefix(5) { out.append(("  " + chunk, .code)) }
        out.append((context.tr(
            "  \(live.count) of 64 positions have g ≠ 0 (ReLU off or not the pool's maximum send 0); \(shown.count) of them read ink",
            "  64개 위치 중 \(live.count)곳만 g ≠ 0 (ReLU가 꺼졌거나 pool의 최댓값이 아니면 0), 그중 \(shown.count)곳이 잉크를 읽어요"), .dim))
        out.append((context.tr("  = \(fmt(u.sum))   (the tape's backward: \(fmt(u.tapeGradient)))",
                               "  = \(fmt(u.sum))   (tape의 backward: \(fmt(u.tapeGradient)))"), .accent))
        out.append(("w ← w − lr·∂L/∂w = \(fmt(u.weight)) − \(fmt(u.lr))·\(fmt(u.tapeGradient)) = \(fmt(u.newWeight))", .strong))
        out.append((context.tr("loss on this digit: \(loss(u.lossBefore)) → \(loss(u.lossAfter)) after changing only this weight",
                               "이 숫자의 loss: 이 weight 하나만 바꾸면 \(loss(u.lossBefore)) → \(loss(u.lossAfter))"), .normal))
        out.append((context.tr(
            "The sum is a convolution of the input with g; ∂L/∂input is conv_transpose2d(g, W) (lecture 6): max difference \(fmt(u.transposedDifference))",
            "이 합은 입력과 g의 convolution이고, ∂L/∂입력은 conv_transpose2d(g, W)예요 (6강): 최대 차이 \(fmt(u.transposedDifference))"), .dim))
        if applied > 0 {
            out.append((context.tr("updates applied: \(applied)", "적용한 업데이트: \(applied)"), .dim))
        }
        return out
    }

    private func loss(_ x: Double) -> String { NumberFormat.decimal(x, digits: 6) }

    private func fmt(_ x: Double) -> String {
        x == 0 ? "0" : NumberFormat.decimal(x, digits: abs(x) < 0.001 ? 6 : 4)
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if DisplayWidth.of(current) + word.count + 1 > width, !current.isEmpty { lines.append(current); current = "" }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        DigitsDrawing.draw(lines(context, width: area.width), into: &frame, area: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] { lines(context, width: width).map(\.0) }
}
