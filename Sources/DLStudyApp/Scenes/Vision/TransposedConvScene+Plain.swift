import DLContent
import DLEngine
import TUIKit

/// The scene as plain text (`--plain`).
extension TransposedConvScene {
    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out: [String] = []
        let rows: (Tensor) -> [String] = { t in
            let p = VisionDraw.plane(t)
            let cw = VisionDraw.cellWidth(t.data)
            return (0..<p.rows).map { r in (0..<p.cols).map { c in DisplayWidth.padLeft(VisionDraw.number(p.value(r, c)), to: cw) }.joined() }
        }
        out.append("\(Self.inputLabel(context)) \(size(model.params.input, context)):")
        out += rows(model.params.input).map { "  " + $0 }
        out.append("\(context.tr("KERNEL", "커널")) \(size(model.params.kernel, context)), stride \(model.params.stride), padding \(model.params.padding), output_padding \(model.params.outputPadding), dilation \(model.params.dilation)")
        out.append("\(Self.outputLabel(context)) \(context.tr("rows", "행")): " + model.formula(rows: true, style: 0))
        out.append("\(Self.outputLabel(context)) \(context.tr("columns", "열")): " + model.formula(rows: false, style: 0))
        out.append(context.tr("(a) scatter, one input cell per step:", "(a) 흩뿌리기, 입력 칸 하나씩:"))
        var player = StepPlayer(count: model.scatter.inputs.count)
        for step in 1...max(1, model.scatter.inputs.count) where step <= model.scatter.inputs.count {
            player.step = step
            var scene = self
            scene.player = player
            out += scene.scatterStatus(step: step, context).map { "  " + $0.0 }
        }
        out.append("\(Self.outputLabel(context)) \(size(model.output, context)):")
        out += rows(model.output).map { "  " + $0 }
        out.append(context.tr("(b) zero-insertion + padding \(model.equivalentPadding.top) + conv with the flipped kernel gives:",
                              "(b) 0 끼우기 + 패딩 \(model.equivalentPadding.top) + 뒤집은 커널로 conv 결과:"))
        out += rows(model.equivalent).map { "  " + $0 }
        out.append(model.equivalent == model.output ? context.tr("  identical to (a)", "  (a)와 같음") : context.tr("  DIFFERENT from (a)", "  (a)와 다름"))
        if case .success(let trip) = model.roundTrip {
            out.append(context.tr("(c) conv then transposed conv (not an inverse):", "(c) conv 후 transposed conv (역연산 아님):"))
            out.append("  x:"); out += rows(trip.original).map { "    " + $0 }
            out.append("  y = conv(x):"); out += rows(trip.down).map { "    " + $0 }
            out.append("  x' = conv_transpose(y):"); out += rows(trip.back).map { "    " + $0 }
        }
        return out
    }
}
