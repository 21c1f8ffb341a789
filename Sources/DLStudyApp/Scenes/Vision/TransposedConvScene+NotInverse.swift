import DLContent
import DLEngine
import TUIKit

/// View (c): conv then transposed conv restores the shape, not the values.
extension TransposedConvScene {
    func drawNotInverse(_ frame: inout Frame, _ area: Rect, _ context: SceneContext) {
        switch model.roundTrip {
        case .failure(let error):
            VisionDraw.wrapped(&frame, context.tr("conv then transposed conv cannot run here: ", "여기서는 conv 뒤에 transposed conv를 할 수 없어요: ") + error.message,
                               x: area.x, y: area.y, width: area.width, clip: area)
        case .success(let trip):
            let x = VisionDraw.plane(trip.original), y = VisionDraw.plane(trip.down), back = VisionDraw.plane(trip.back)
            let step = player.step
            let dot = context.ascii ? "." : "·"
            let s = model.params.stride
            let differs = Set(trip.original.data.indices.filter { trip.original.data[$0] != trip.back.data[$0] })
            let panels = [
                GridPanel(label: "x (\(Self.inputLabel(context)))", rows: x.rows, cols: x.cols, cellWidth: VisionDraw.cellWidth(trip.original.data),
                          text: { r, c in VisionDraw.number(x.value(r, c)) }, role: { _, _ in .strong }),
                GridPanel(label: "y = conv(x), s=\(s)", rows: y.rows, cols: y.cols, cellWidth: VisionDraw.cellWidth(trip.down.data),
                          text: { r, c in step >= 1 ? VisionDraw.number(y.value(r, c)) : dot }, role: { _, _ in step >= 1 ? .output : .dim }),
                GridPanel(label: "x' = convT(y) (\(Self.outputLabel(context)))", rows: back.rows, cols: back.cols,
                          cellWidth: VisionDraw.cellWidth(trip.back.data),
                          text: { r, c in step >= 2 ? VisionDraw.number(back.value(r, c)) : dot },
                          role: { r, c in step >= 2 ? (differs.contains(r * back.cols + c) ? .error : .success) : .dim }),
            ]
            let used = GridPanel.row(panels, into: &frame, x: area.x, y: area.y, clip: area)
            drawStatus(&frame, area, gridRows: used, notInverseStatus(trip, differs: differs, context))
        }
    }

    func notInverseStatus(_ trip: TransposedConvModel.RoundTrip, differs: Set<Int>, _ context: SceneContext) -> [(String, StyleRole)] {
        let step = player.step
        let xs = size(trip.original, context), ys = size(trip.down, context)
        switch step {
        case 0:
            return [(context.tr("Space: shrink x with a conv (same kernel, stride \(model.params.stride), padding \(model.params.padding)).",
                                "Space: 같은 커널로 conv(stride \(model.params.stride), padding \(model.params.padding))해서 x를 줄여요."), .normal)]
        case 1:
            return [(context.tr("conv: \(xs) → \(ys). Space: transposed conv with the same kernel (output_padding \(trip.outputPadding)).",
                                "conv: \(xs) → \(ys). Space: 같은 커널로 transposed conv (output_padding \(trip.outputPadding))."), .normal)]
        default:
            let w = trip.original.shape[2]
            let example = differs.sorted().first.map { i in
                context.tr(" e.g. x(\(i / w),\(i % w)) = \(VisionDraw.number(trip.original.data[i])) but x'(\(i / w),\(i % w)) = \(VisionDraw.number(trip.back.data[i])).",
                           " 예: x(\(i / w),\(i % w)) = \(VisionDraw.number(trip.original.data[i])), x'(\(i / w),\(i % w)) = \(VisionDraw.number(trip.back.data[i])).")
            } ?? ""
            return [(context.tr("x' has x's shape \(xs) but \(differs.count) of \(trip.original.count) values differ:",
                                "x'은 x와 모양(\(xs))은 같지만 값은 \(trip.original.count)개 중 \(differs.count)개가 달라요:") + example, .error),
                    (context.tr("A transposed conv undoes the shape change, not the conv itself: it is not an inverse.",
                                "transposed conv는 크기 변화만 되돌릴 뿐, conv의 역연산이 아니에요."), .accent)]
        }
    }
}
