import DLContent
import DLEngine
import TUIKit

/// Stride, padding and dilation explorer: keys change the input size, kernel, stride, padding and
/// dilation; the engine's output size is shown with the formula filled in, the padded input is drawn
/// with the rows and columns no window ever covers dimmed (floor cases), and presets set valid,
/// same and full padding.
public struct ConvExplorerScene: LessonScene {
    /// How the padding is chosen: a number per side, or PyTorch's `same`.
    enum PaddingChoice: Equatable, Sendable { case perSide(Int), same }

    var size: Int
    var kernel: Int
    var stride: Int
    var padding: PaddingChoice
    var dilation: Int
    /// The engine's result for the current settings: output size, padding applied, rows/cols read.
    var outcome: Result<Outcome, EngineError> = .failure(EngineError(""))

    struct Outcome: Sendable {
        var outH: Int, outW: Int
        var pad: Sides
        var coveredRows: Set<Int>, coveredCols: Set<Int>
        /// Input cells of the first window (row, column).
        var firstWindow: Set<[Int]>
    }

    init(size: Int, kernel: Int, stride: Int, padding: PaddingChoice, dilation: Int) {
        self.size = size; self.kernel = kernel; self.stride = stride; self.padding = padding; self.dilation = dilation
        recompute()
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: ConvExplorerParams) {
        self.init(size: p.size, kernel: p.kernel, stride: p.stride, padding: .perSide(p.padding), dilation: p.dilation)
    }

    mutating func recompute() {
        let pad: ConvPadding
        switch padding {
        case .perSide(let p): pad = .int(p)
        case .same: pad = .same
        }
        do throws(EngineError) {
            let x = Tensor(zeros: [1, size, size])
            let w = try Tensor(shape: [1, 1, kernel, kernel], data: Array(repeating: 1, count: kernel * kernel))
            let (out, trace) = try conv2dTraced(x, weight: w, options: Conv2DOptions(stride: .square(stride), padding: pad, dilation: .square(dilation)))
            var rows = Set<Int>(), cols = Set<Int>()
            for cell in trace.cells { for t in cell.terms where !t.isPadding { rows.insert(t.inputY); cols.insert(t.inputX) } }
            let first = Set((trace.cells.first?.terms ?? []).map { [$0.inputY, $0.inputX] })
            outcome = .success(Outcome(outH: out.shape[1], outW: out.shape[2], pad: trace.padding,
                                       coveredRows: rows, coveredCols: cols, firstWindow: first))
        } catch {
            outcome = .failure(error)
        }
    }

    /// Lower case makes a value smaller, upper case larger: `i` input, `k` kernel, `s` stride, `d`
    /// dilation, `z` padding; `v`/`m`/`f` valid / same / full padding.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let perSide: Int = { if case .perSide(let p) = padding { return p }; return 0 }()
        return KeyTable<SceneAction<Self>>([
            B([.char("i")], { $0.size = max(1, $0.size - 1) }, help: t("input size − / +", "입력 크기 − / +"), footer: ("i/I", t("input", "입력"))),
            B([.char("I")], { $0.size = min(16, $0.size + 1) }),
            B([.char("k")], { $0.kernel = max(1, $0.kernel - 1) }, help: t("kernel size − / +", "kernel 크기 − / +"), footer: ("k/K", t("kernel", "kernel"))),
            B([.char("K")], { $0.kernel = min(7, $0.kernel + 1) }),
            B([.char("s")], { $0.stride = max(1, $0.stride - 1) }, help: t("stride − / +", "stride − / +"), footer: ("s/S", t("stride", "stride"))),
            B([.char("S")], { $0.stride = min(5, $0.stride + 1) }),
            B([.char("z")], { $0.padding = .perSide(max(0, perSide - 1)) }, help: t("padding − / +", "padding − / +"),
              footer: ("z/Z", t("padding", "padding"))),
            B([.char("Z")], { $0.padding = .perSide(min(6, perSide + 1)) }),
            B([.char("d")], { $0.dilation = max(1, $0.dilation - 1) }, help: t("dilation − / +", "dilation − / +"),
              footer: ("d/D", t("dilation", "dilation"))),
            B([.char("D")], { $0.dilation = min(4, $0.dilation + 1) }),
            B([.char("v")], { $0.padding = .perSide(0) }, help: t("valid / same / full padding", "valid / same / full padding"),
              footer: ("v/m/f", t("valid/same/full", "valid/same/full"))),
            B([.char("m")], { $0.padding = .same }),
            B([.char("f")], { $0.padding = .perSide(min(6, $0.dilation * ($0.kernel - 1))) }),
        ]).map { action -> SceneAction<Self> in { action(&$0); $0.recompute() } }
    }

    var paddingText: String {
        switch padding {
        case .perSide(let p): return "\(p)"
        case .same: return "same"
        }
    }

    /// `n=7  k=3  s=2  p=1  d=1  →  output 4×4`.
    func header(_ context: SceneContext) -> String {
        let a = context.ascii
        var text = "n=\(size)  k=\(kernel)  s=\(stride)  p=\(paddingText)  d=\(dilation)"
        if case .success(let o) = outcome { text += (a ? "  ->  " : "  →  ") + context.tr("output ", "출력 ") + NumberFormat.size(o.outH, o.outW, ascii: a) }
        return text
    }

    /// The output-size formula with the current numbers, ending in the engine's size.
    func formula(_ context: SceneContext) -> [String] {
        guard case .success(let o) = outcome else { return [] }
        let a = context.ascii
        let (fl, fr) = a ? ("floor(", ")") : ("⌊", "⌋")
        let minus = a ? "-" : "−"
        let total = o.pad.top + o.pad.bottom
        let padTerm: String
        switch padding {
        case .perSide(let p): padTerm = "2" + NumberFormat.times(a) + "\(p)"
        case .same: padTerm = "\(total)"
        }
        let numerator = size + total - dilation * (kernel - 1) - 1
        let general = "out = \(fl)(n + 2p \(minus) d(k\(minus)1) \(minus) 1) / s\(fr) + 1"
        let filled = "\(fl)(\(size) + \(padTerm) \(minus) \(dilation)" + NumberFormat.times(a) + "\(kernel - 1) \(minus) 1) / \(stride)\(fr) + 1"
            + " = \(fl)\(numerator)/\(stride)\(fr) + 1 = \(o.outH)"
        return [general, "    = " + filled]
    }

    /// Which rows and columns no window covers, as a sentence.
    func coverage(_ context: SceneContext) -> String {
        guard case .success(let o) = outcome else { return "" }
        let missedRows = (0..<size).filter { !o.coveredRows.contains($0) }
        let missedCols = (0..<size).filter { !o.coveredCols.contains($0) }
        if missedRows.isEmpty && missedCols.isEmpty {
            return context.tr("Every input row and column is covered by some window.", "모든 입력 행과 열이 어느 창엔가 들어가요.")
        }
        let r = missedRows.map(String.init).joined(separator: ", "), c = missedCols.map(String.init).joined(separator: ", ")
        return context.tr("Never covered (dimmed): rows \(r.isEmpty ? "none" : r), columns \(c.isEmpty ? "none" : c): the floor in the formula drops them.",
                          "어떤 창에도 안 들어가는 칸(흐리게): 행 \(r.isEmpty ? "없음" : r), 열 \(c.isEmpty ? "없음" : c). 식의 내림(floor) 때문에 버려져요.")
    }

    func conventionNote(_ context: SceneContext) -> String {
        context.tr("p is per side (PyTorch's padding=p adds p rows on top and p below); d2l writes p_h for the total, so its formula has p_h where this one has 2p.",
                   "여기서 p는 한쪽 padding이에요 (PyTorch의 padding=p는 위아래에 p줄씩). d2l은 p_h를 전체 padding으로 써서, 이 식의 2p 자리에 p_h가 들어가요.")
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii
        frame.put(DisplayWidth.truncate(header(context), to: area.width), x: area.x, y: area.y, role: .strong, clip: area)
        var y = area.y + 1
        guard case .success(let o) = outcome else {
            if case .failure(let e) = outcome {
                for line in WrappedText.lines(failureText(e, context), width: area.width) where y < area.maxY {
                    frame.put(line, x: area.x, y: y, role: .error, clip: area); y += 1
                }
            }
            return
        }
        for line in formula(context) where y < area.maxY {
            frame.put(DisplayWidth.truncate(line, to: area.width), x: area.x, y: y, role: .output, clip: area); y += 1
        }
        var bottom = WrappedText.lines(coverage(context), width: area.width)
        let note = WrappedText.lines(conventionNote(context), width: area.width)
        let gridRows = o.pad.top + size + o.pad.bottom
        if area.maxY - y - bottom.count - note.count >= min(gridRows + 2, 8) { bottom += note }
        let paneHeight = min(area.maxY - y, max(3, area.maxY - y - bottom.count))
        let pad = o.pad
        let inputPane = GridPane(
            title: context.tr("input \(size)×\(size), padding ", "입력 \(size)×\(size), padding ") + (pad.top == pad.bottom ? "\(pad.top)" : "\(pad.top)/\(pad.bottom)"),
            rows: gridRows, cols: pad.left + size + pad.right, cellWidth: 2,
            cell: { r, c in
                let iy = r - pad.top, ix = c - pad.left
                let inside = iy >= 0 && iy < self.size && ix >= 0 && ix < self.size
                if !inside { return GridCell(text: a ? "." : "·", role: o.firstWindow.contains([iy, ix]) ? .window : .padding) }
                if o.firstWindow.contains([iy, ix]) { return GridCell(text: a ? "#" : "■", role: .window) }
                if o.coveredRows.contains(iy) && o.coveredCols.contains(ix) { return GridCell(text: a ? "o" : "□", role: .normal) }
                return GridCell(text: a ? "x" : "×", role: .dim)
            }, markerRow: false)
        let outputPane = GridPane(
            title: context.tr("output \(o.outH)×\(o.outW)", "출력 \(o.outH)×\(o.outW)"), rows: o.outH, cols: o.outW, cellWidth: 2,
            cell: { r, c in GridCell(text: a ? "#" : "■", role: r == 0 && c == 0 ? .window : .output) }, markerRow: false)
        let used = inputPane.draw(into: &frame, x: area.x, y: y, width: min(inputPane.fullWidth, area.width * 2 / 3), height: paneHeight, ascii: a)
        let ox = area.x + max(used.width, DisplayWidth.of(inputPane.title)) + 4
        let legend = context.tr(a ? "# first window  o covered  x never covered  . padding" : "■ first window  □ covered  × never covered  · padding",
                                a ? "# 첫 창  o 덮임  x 안 덮임  . padding" : "■ 첫 창  □ 덮임  × 안 덮임  · padding")
        let out = outputPane.draw(into: &frame, x: ox, y: y, width: area.maxX - ox, height: paneHeight, ascii: a)
        if paneHeight > out.height + 1 {
            for (i, line) in WrappedText.lines(legend, width: max(10, area.maxX - ox)).enumerated() where out.height + 1 + i < paneHeight {
                frame.put(line, x: ox, y: y + out.height + 1 + i, role: .dim, clip: area)
            }
        }
        y += min(paneHeight, max(used.height, out.height) + 1)
        for line in bottom where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: .dim, clip: area); y += 1
        }
    }

    /// What to say when the engine refuses the settings; `same` with a stride above 1 is explained
    /// (PyTorch refuses it because no padding can keep the size when the window jumps).
    func failureText(_ error: EngineError, _ context: SceneContext, keys: Bool = true) -> String {
        guard padding == .same, stride > 1 else { return error.message }
        let text = context.tr("padding='same' works only with stride 1 (PyTorch refuses it otherwise): with stride \(stride) "
                              + "the window jumps, so no padding can keep the size; the output shrinks about \(stride) times.",
                              "padding='same'은 stride 1에서만 돼요(PyTorch는 다른 stride에서 거부해요). stride \(stride)면 창이 건너뛰니 "
                              + "어떤 padding으로도 크기를 유지할 수 없고, 출력은 약 \(stride)분의 1로 줄어요.")
        return keys ? text + context.tr(" Press v or f.", " v나 f를 눌러 보세요.") : text
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var lines: [String] = []
        var scene = self
        for (label, choice) in [("", self.padding), ("valid", PaddingChoice.perSide(0)), ("same", .same), ("full", .perSide(min(6, dilation * (kernel - 1))))] {
            scene.padding = choice
            scene.recompute()
            if !label.isEmpty { lines.append("") ; lines.append("[\(label)]") }
            lines.append(scene.header(context))
            switch scene.outcome {
            case .success: lines += scene.formula(context) + [scene.coverage(context)]
            case .failure(let e): lines.append(scene.failureText(e, context, keys: false))
            }
        }
        return lines + ["", conventionNote(context)]
    }
}

extension ConvExplorerScene {
    /// Sizes as set with the keys (`same` padding is shared as the padding it resolves to).
    public var shareValues: [String: ContentValue] {
        var pad = 0
        switch padding {
        case .perSide(let p): pad = p
        case .same: if case .success(let o) = outcome { pad = o.pad.top }
        }
        return ["size": .number(Double(size)), "kernel": .number(Double(kernel)), "stride": .number(Double(stride)),
                "padding": .number(Double(pad)), "dilation": .number(Double(dilation))]
    }
}
