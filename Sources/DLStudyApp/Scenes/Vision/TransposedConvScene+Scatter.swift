import DLContent
import DLEngine
import TUIKit

/// View (a): each INPUT cell stamps a scaled copy of the kernel onto the OUTPUT, from the engine's trace.
extension TransposedConvScene {
    func drawScatter(_ frame: inout Frame, _ area: Rect, _ context: SceneContext) {
        let step = player.step
        let input = VisionDraw.plane(model.params.input)
        let kernel = VisionDraw.plane(model.params.kernel)
        let current = step > 0 ? model.scatter.inputs[step - 1] : nil
        let values = model.scatterOutput(afterInputs: step)
        let oh = model.output.shape[1], ow = model.output.shape[2]
        var touched = Set<Int>()
        var contribution = [Double?](repeating: nil, count: model.kernelH * model.kernelW)
        for stamp in current?.stamps ?? [] {
            contribution[stamp.kernelY * model.kernelW + stamp.kernelX] = stamp.contribution
            if !stamp.isCropped { touched.insert(stamp.outY * ow + stamp.outX) }
        }
        let inCW = VisionDraw.cellWidth(model.params.input.data)
        let kCW = VisionDraw.cellWidth(model.params.kernel.data)
        let cCW = VisionDraw.cellWidth(model.scatter.inputs.flatMap { $0.stamps.map(\.contribution) })
        let oCW = VisionDraw.cellWidth(model.output.data + model.scatter.inputs.flatMap { $0.stamps.map(\.runningValue) })
        let currentIndex = current.map { $0.y * input.cols + $0.x }
        let dot = context.ascii ? "." : "·"
        let scaledLabel = current.map { "\(VisionDraw.number($0.inputValue)) \(VisionDraw.times(context)) \(context.tr("KERNEL", "커널"))" }
            ?? "v \(VisionDraw.times(context)) \(context.tr("KERNEL", "커널"))"
        let panels = [
            GridPanel(label: "\(Self.inputLabel(context)) \(size(model.params.input, context))", rows: input.rows, cols: input.cols,
                      cellWidth: inCW, text: { r, c in VisionDraw.number(input.value(r, c)) },
                      role: { r, c in
                          let i = r * input.cols + c
                          return i == currentIndex ? .highlight : (i < step ? .normal : .dim)
                      }),
            GridPanel(label: "\(context.tr("KERNEL", "커널")) \(size(model.params.kernel, context))", rows: kernel.rows, cols: kernel.cols,
                      cellWidth: kCW, text: { r, c in VisionDraw.number(kernel.value(r, c)) }, role: { _, _ in .normal }),
            GridPanel(label: scaledLabel, rows: kernel.rows, cols: kernel.cols, cellWidth: cCW,
                      text: { r, c in contribution[r * kernel.cols + c].map(VisionDraw.number) ?? dot },
                      role: { _, _ in current == nil ? .dim : .accent }),
            GridPanel(label: "\(Self.outputLabel(context)) \(size(model.output, context))", rows: oh, cols: ow, cellWidth: oCW,
                      text: { r, c in values[r * ow + c].map(VisionDraw.number) ?? dot },
                      role: { r, c in
                          let i = r * ow + c
                          return touched.contains(i) ? .highlight : (values[i] == nil ? .dim : .output)
                      }),
        ]
        let used = GridPanel.row(panels, into: &frame, x: area.x, y: area.y, clip: area)
        drawStatus(&frame, area, gridRows: used, scatterStatus(step: step, context))
    }

    func scatterStatus(step: Int, _ context: SceneContext) -> [(String, StyleRole)] {
        let n = model.scatter.inputs.count
        let counter = "\(context.tr("step", "단계")) \(step)/\(n): "
        guard step > 0 else {
            return [(counter + context.tr("each INPUT cell stamps the KERNEL, scaled by its value, into the OUTPUT; overlaps are summed. Space steps.",
                                          "입력 칸 하나하나가 자기 값만큼 곱한 커널을 출력에 찍고, 겹치는 곳은 더해요. Space로 진행해요."), .normal)]
        }
        let cell = model.scatter.inputs[step - 1]
        let kept = cell.stamps.filter { !$0.isCropped }
        let cropped = cell.stamps.count - kept.count
        let rows = kept.map(\.outY), cols = kept.map(\.outX)
        var where_ = ""
        if let r0 = rows.min(), let r1 = rows.max(), let c0 = cols.min(), let c1 = cols.max() {
            where_ = context.tr(" into OUTPUT rows \(r0)–\(r1), cols \(c0)–\(c1)", " → 출력 \(r0)–\(r1)행, \(c0)–\(c1)열")
        }
        var first = counter + context.tr(
            "INPUT (\(cell.y),\(cell.x)) = \(VisionDraw.number(cell.inputValue)) stamps \(VisionDraw.number(cell.inputValue))×KERNEL",
            "입력 (\(cell.y),\(cell.x)) = \(VisionDraw.number(cell.inputValue)), \(VisionDraw.number(cell.inputValue))×커널을 찍음") + where_
        if cropped > 0 { first += context.tr(" (\(cropped) cut off by padding)", " (\(cropped)칸은 padding으로 잘림)") }
        // A stamp overlaps when an earlier input cell already wrote its output cell; the value before
        // it is the running value the earlier stamps left (both from the trace).
        let before = model.scatterOutput(afterInputs: step - 1)
        let ow = model.output.shape[2]
        let allOverlaps = kept.filter { before[$0.outY * ow + $0.outX] != nil }
        let nonzero = allOverlaps.filter { $0.contribution != 0 }
        let overlaps = nonzero.isEmpty ? allOverlaps : nonzero
        var second = ""
        if !overlaps.isEmpty {
            let shown = overlaps.prefix(4).map { s in
                "(\(s.outY),\(s.outX)) \(VisionDraw.number(before[s.outY * ow + s.outX] ?? 0)) + \(VisionDraw.number(s.contribution)) = \(VisionDraw.number(s.runningValue))"
            }
            second = context.tr("overlap summed: ", "겹친 칸 합: ") + shown.joined(separator: ", ") + (overlaps.count > 4 ? " …" : "")
        }
        var lines: [(String, StyleRole)] = [(first, .normal)]
        if !second.isEmpty { lines.append((second, .accent)) }
        if step == n {
            lines.append((context.tr("OUTPUT complete: the engine's conv_transpose2d.", "출력 완성: 엔진의 conv_transpose2d와 같아요."), .success))
        }
        return lines
    }
}
