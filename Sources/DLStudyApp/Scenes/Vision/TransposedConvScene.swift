import DLContent
import DLEngine
import TUIKit

/// Transposed convolution three ways, with INPUT and OUTPUT always labelled: (a) the scatter view,
/// stepped input cell by input cell from the engine's trace; (b) zero insertion + padding d·(k−1)−p +
/// an ordinary convolution with the flipped kernel, stepped output cell by output cell; (c) conv then
/// transposed conv, which restores the shape but not the values.
struct TransposedConvScene: AsciifiedScene {
    enum View: Int, CaseIterable, Sendable { case scatter, zeroInsertion, notInverse }

    let model: TransposedConvModel
    var view: View
    var player: StepPlayer

    init(model: TransposedConvModel, view: View) {
        self.model = model
        self.view = view
        player = StepPlayer(count: 0)
        player.restart(count: stepCount(view))
    }

    func stepCount(_ view: View) -> Int {
        switch view {
        case .scatter: return model.scatter.inputs.count
        case .zeroInsertion: return model.equivalentTrace.cells.count
        case .notInverse: return 2
        }
    }

    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char("v"), .tab:
            select(View(rawValue: (view.rawValue + 1) % View.allCases.count) ?? .scatter)
            return true
        case .char("1"), .char("2"), .char("3"):
            if case .char(let c) = key, let n = c.wholeNumberValue, let v = View(rawValue: n - 1) { select(v) }
            return true
        case .char("e"):
            player.finish()
            return true
        default:
            return player.handle(key)
        }
    }

    mutating func select(_ newView: View) {
        view = newView
        player.restart(count: stepCount(newView))
    }

    mutating func tick() -> Bool { player.tick() }

    func keyHints(_ context: SceneContext) -> [KeyHint] {
        StepPlayer.hints(context) + [KeyHint("v", context.tr("view", "보기"))]
    }

    // MARK: - Labels

    func viewName(_ v: View, _ context: SceneContext) -> String {
        switch v {
        case .scatter: return context.tr("scatter", "흩뿌리기")
        case .zeroInsertion: return context.tr("zero-insertion", "0 끼우기")
        case .notInverse: return context.tr("not an inverse", "역연산 아님")
        }
    }

    static func inputLabel(_ context: SceneContext) -> String { context.tr("INPUT", "입력 INPUT") }
    static func outputLabel(_ context: SceneContext) -> String { context.tr("OUTPUT", "출력 OUTPUT") }

    func size(_ t: Tensor, _ context: SceneContext) -> String {
        "\(t.shape[t.shape.count - 2])\(VisionDraw.times(context))\(t.shape[t.shape.count - 1])"
    }

    // MARK: - Drawing

    func drawScene(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        var x = area.x
        x = frame.put(context.tr("view (v): ", "보기 (v): "), x: x, y: area.y, role: .dim, clip: area)
        for v in View.allCases {
            let name = "\(v.rawValue + 1) \(viewName(v, context))"
            x = frame.put(v == view ? "[\(name)]" : " \(name) ", x: x, y: area.y, role: v == view ? .selected : .normal, clip: area)
            x += 1
        }
        let prefix = "\(Self.outputLabel(context)) " + (model.isSquare ? context.tr("size ", "크기 ") : context.tr("rows ", "행 "))
        let sizeLine = (0...2).map { prefix + model.formula(rows: true, style: $0) }
            .first { DisplayWidth.of($0) <= area.width } ?? prefix + model.formula(rows: true, style: 2)
        frame.put(sizeLine, x: area.x, y: area.y + 1, role: .accent, clip: area)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        switch view {
        case .scatter: drawScatter(&frame, body, context)
        case .zeroInsertion: drawZeroInsertion(&frame, body, context)
        case .notInverse: drawNotInverse(&frame, body, context)
        }
    }

    /// Status lines under the grids: as many as fit below `gridRows`, at least one.
    func drawStatus(_ frame: inout Frame, _ area: Rect, gridRows: Int, _ lines: [(String, StyleRole)]) {
        let top = min(area.y + gridRows, area.maxY - 1)
        var y = top
        for (text, role) in lines {
            for line in Wrap.lines(text, width: max(1, area.width)) {
                guard y < area.maxY else { return }
                frame.put(line, x: area.x, y: y, role: role, clip: area)
                y += 1
            }
        }
    }

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
                                          "입력 칸 하나하나가 자기 값만큼 곱한 커널을 출력에 찍고, 겹치는 곳은 더합니다. Space로 진행."), .normal)]
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
            lines.append((context.tr("OUTPUT complete: the engine's conv_transpose2d.", "출력 완성: 엔진의 conv_transpose2d와 같습니다."), .success))
        }
        return lines
    }

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
            lines.insert((same ? context.tr("Same OUTPUT as the scatter view, cell for cell.", "흩뿌리기와 출력이 칸마다 똑같습니다.")
                               : context.tr("Differs from the scatter view!", "흩뿌리기와 다릅니다!"), same ? .success : .error), at: 0)
        } else if cell != nil {
            lines.append((recipe, .dim))
        }
        drawStatus(&frame, area, gridRows: used, lines)
    }

    func drawNotInverse(_ frame: inout Frame, _ area: Rect, _ context: SceneContext) {
        switch model.roundTrip {
        case .failure(let error):
            VisionDraw.wrapped(&frame, context.tr("conv then transposed conv cannot run here: ", "conv 후 transposed conv를 여기서는 못 합니다: ") + error.message,
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
                                "Space: 같은 커널로 conv(stride \(model.params.stride), padding \(model.params.padding))해서 x를 줄입니다."), .normal)]
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
                                "x'은 x와 모양(\(xs))은 같지만 값은 \(trip.original.count)개 중 \(differs.count)개가 다릅니다:") + example, .error),
                    (context.tr("A transposed conv undoes the shape change, not the conv itself: it is not an inverse.",
                                "transposed conv는 크기 변화만 되돌릴 뿐, conv의 역연산이 아닙니다."), .accent)]
        }
    }

    // MARK: - Plain text

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
