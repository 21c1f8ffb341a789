import DLContent
import DLEngine
import TUIKit

/// View (b): zero insertion and padding, then an ordinary convolution with the flipped kernel.
extension TransposedConvScene {
    func drawZeroInsertion(_ frame: inout Frame, _ area: Rect, _ context: SceneContext) {
        let step = player.step
        let cell = step > 0 ? model.equivalentTrace.cells[step - 1] : nil
        let pad = model.equivalentPadding
        var window = Set<Int>()
        let (pr, pc) = model.paddedSize
        for term in cell?.terms ?? [] { window.insert((term.inputY + pad.top) * pc + term.inputX + pad.left) }
        let values = model.equivalentOutput(afterCells: step)
        let oh = model.equivalent.shape[1], ow = model.equivalent.shape[2]
        let flipped = VisionDraw.plane(model.flipped)
        let input = VisionDraw.plane(model.params.input)
        let dot = context.ascii ? "." : "·"
        let pCW = VisionDraw.cellWidth(model.params.input.data)
        let oCW = VisionDraw.cellWidth(model.equivalent.data)
        let model = self.model
        let panels = [
            GridPanel(label: "\(Self.inputLabel(context)) \(size(model.params.input, context))", rows: input.rows, cols: input.cols,
                      cellWidth: pCW, text: { r, c in VisionDraw.number(input.value(r, c)) }, role: { _, _ in .strong }),
            GridPanel(label: context.tr("zeros in + pad \(pad.top)", "0 끼움 + pad \(pad.top)"), rows: pr, cols: pc, cellWidth: pCW,
                      text: { r, c in
                          switch model.paddedCell(r, c) {
                          case .padding: return dot
                          case .inserted: return "0"
                          case .input(let v): return VisionDraw.number(v)
                          }
                      },
                      role: { r, c in
                          if window.contains(r * pc + c) { return .highlight }
                          switch model.paddedCell(r, c) {
                          case .padding: return .padding
                          case .inserted: return .dim
                          case .input: return .strong
                          }
                      }),
            GridPanel(label: context.tr("KERNEL flipped", "뒤집은 커널"), rows: flipped.rows, cols: flipped.cols,
                      cellWidth: VisionDraw.cellWidth(model.flipped.data), text: { r, c in VisionDraw.number(flipped.value(r, c)) },
                      role: { _, _ in .normal }),
            GridPanel(label: "\(Self.outputLabel(context)) \(size(model.equivalent, context))", rows: oh, cols: ow, cellWidth: oCW,
                      text: { r, c in values[r * ow + c].map(VisionDraw.number) ?? dot },
                      role: { r, c in
                          if let cell, cell.y == r, cell.x == c { return .highlight }
                          return values[r * ow + c] == nil ? .dim : .output
                      }),
        ]
        let used = GridPanel.row(panels, into: &frame, x: area.x, y: area.y, gap: 2, clip: area)
        var lines: [(String, StyleRole)] = []
        let s = model.params.stride, d = model.params.dilation, k = model.kernelH, p = model.params.padding
        let recipe = context.tr(
            "insert s−1 = \(s - 1) zeros between cells, pad d·(k−1)−p = \(d)·(\(k)−1)−\(p) = \(pad.top)",
            "칸 사이에 s−1 = \(s - 1)개의 0, 둘레에 d·(k−1)−p = \(d)·(\(k)−1)−\(p) = \(pad.top) 패딩")
            + (model.params.outputPadding > 0 ? context.tr(" (+\(model.params.outputPadding) bottom/right)", " (아래·오른쪽 +\(model.params.outputPadding))") : "")
            + context.tr(", then an ordinary stride-1 conv.", ", 그다음 보통 stride 1 conv.")
        if let cell {
            let same = model.output.data[cell.y * ow + cell.x] == cell.value
            lines.append(("\(context.tr("step", "단계")) \(step)/\(player.count): " + context.tr(
                "OUTPUT (\(cell.y),\(cell.x)) = Σ window × flipped kernel = \(VisionDraw.number(cell.value)); scatter gave \(VisionDraw.number(model.output.data[cell.y * ow + cell.x])) \(same ? "✓" : "✗")",
                "출력 (\(cell.y),\(cell.x)) = Σ 창 × 뒤집은 커널 = \(VisionDraw.number(cell.value)); 흩뿌리기 결과 \(VisionDraw.number(model.output.data[cell.y * ow + cell.x])) \(same ? "✓" : "✗")"),
                          same ? .normal : .error))
        } else {
            lines.append(("\(context.tr("step", "단계")) 0/\(player.count): " + recipe, .normal))
        }
        if step == player.count {
            let same = model.equivalent == model.output
            // Shown first so that it survives on the smallest screens.
            lines.insert((same ? context.tr("Same OUTPUT as the scatter view, cell for cell.", "흩뿌리기와 출력이 칸마다 똑같아요.")
                               : context.tr("Differs from the scatter view!", "흩뿌리기와 달라요!"), same ? .success : .error), at: 0)
        } else if cell != nil {
            lines.append((recipe, .dim))
        }
        drawStatus(&frame, area, gridRows: used, lines)
    }
}
