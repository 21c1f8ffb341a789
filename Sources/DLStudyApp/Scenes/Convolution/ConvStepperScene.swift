import DLContent
import DLEngine
import TUIKit

/// The convolution stepper: the input with its zero-padding ring, the window, the kernel beside it,
/// the products of the current output cell written out, and the output filling cell by cell. Tab
/// moves focus to the output grid, where a cursor shows which inputs produced a cell.
public struct ConvStepperScene: LessonScene {
    let input: Tensor
    let weight: Tensor
    let bias: Tensor?
    let options: Conv2DOptions
    let trace: Conv2DTrace
    let output: Tensor
    var player: StepPlayer
    var focusOutput = false
    /// Output cursor (channel, row, column) when the output grid has focus.
    var cursor = (c: 0, y: 0, x: 0)
    /// The input channel shown (for several input channels).
    var viewChannel = 0

    /// Traces the convolution of `input` (`C×H×W`) with `weight` (`O×C×kH×kW`); throws the engine's error.
    public init(input: Tensor, weight: Tensor, bias: Tensor?, options: Conv2DOptions, step: Int = 1) throws(EngineError) {
        let (out, trace) = try conv2dTraced(input, weight: weight, bias: bias, options: options)
        self.input = input; self.weight = weight; self.bias = bias; self.options = options
        self.trace = trace; self.output = out
        player = StepPlayer(count: trace.cells.count, step: step)
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: ConvStepperParams) throws(EngineError) {
        try self.init(input: p.inputTensor, weight: p.weightTensor, bias: p.biasTensor, options: p.options, step: p.step)
    }

    /// The step position travels in `y` / `lesson --scene` (the output cursor does not).
    public var shareValues: [String: ContentValue] { ["step": .number(Double(player.step))] }

    var inChannels: Int { input.shape[input.rank - 3] }
    var height: Int { input.shape[input.rank - 2] }
    var width: Int { input.shape[input.rank - 1] }
    var outChannels: Int { output.shape[output.rank - 3] }
    var outH: Int { output.shape[output.rank - 2] }
    var outW: Int { output.shape[output.rank - 1] }
    var kernelH: Int { weight.shape[2] }
    var kernelW: Int { weight.shape[3] }

    /// The trace index of the cell in focus: the cursor, or the last cell computed (nil before the first step).
    var currentIndex: Int? {
        if focusOutput { return (cursor.c * outH + cursor.y) * outW + cursor.x }
        return player.step > 0 ? player.step - 1 : nil
    }

    var currentCell: ConvCellTrace? { currentIndex.flatMap { trace.cells.indices.contains($0) ? trace.cells[$0] : nil } }

    /// The shared player's keys (they leave the output cursor), Tab the output cursor (arrows / hjkl
    /// move it, `o` its output channel), `c` the input channel shown.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        var player = KeyTable(StepPlayer.keys(\Self.player, playing: self.player.playing).all)
            .map { action -> SceneAction<Self> in { action(&$0); $0.focusOutput = false } }.bindings
        var bindings: [B] = []
        if focusOutput {
            bindings += [
                B([.left, .char("h")], { $0.cursor.x = max(0, $0.cursor.x - 1) }, help: t("move the output cursor", "출력 커서 이동")),
                B([.right, .char("l")], { $0.cursor.x = min($0.outW - 1, $0.cursor.x + 1) }),
                B([.up, .char("k")], { $0.cursor.y = max(0, $0.cursor.y - 1) }),
                B([.down, .char("j")], { $0.cursor.y = min($0.outH - 1, $0.cursor.y + 1) }),
                B([.char("o")], { $0.cursor.c = ($0.cursor.c + 1) % $0.outChannels }, help: t("next output channel", "다음 출력 채널")),
            ]
        }
        bindings += player.prefix(2)
        bindings.append(B([.tab, .backTab], { scene in
            scene.focusOutput.toggle()
            let cells = scene.trace.cells, step = scene.player.step
            if scene.focusOutput, let cell = cells.indices.contains(step - 1) ? cells[step - 1] : cells.first {
                scene.cursor = (cell.outChannel, cell.y, cell.x)
            }
        }, help: focusOutput ? t("back to stepping", "단계 보기로") : t("output cursor: which inputs made this cell", "출력 커서: 이 칸을 만든 입력 보기"),
           footer: ("Tab", focusOutput ? t("stepping", "단계 보기") : t("output cursor", "출력 커서"))))
        player.removeFirst(2)
        bindings += player
        if inChannels > 1 {
            bindings.append(B([.char("c")], { $0.viewChannel = ($0.viewChannel + 1) % $0.inChannels }, help: t("next input channel", "다음 입력 채널"),
                              footer: ("c", t("channel", "채널"))))
        }
        return KeyTable(bindings)
    }

    public mutating func tick() -> Bool { player.tick() }

    func header(_ context: SceneContext) -> String {
        let a = context.ascii
        let pad = trace.padding
        let padText = pad.top == 0 && pad.bottom == 0 && pad.left == 0 && pad.right == 0 ? "" :
            ", padding \(pad)"
        let biasText = bias.map { " + bias " + NumberFormat.text($0.data[0], ascii: a) } ?? ""
        let chans = inChannels > 1 || outChannels > 1 ? "\(inChannels)" + (a ? "x" : "×") : ""
        let outChans = outChannels > 1 ? "\(outChannels)" + (a ? "x" : "×") : ""
        let stride = options.stride == .square(1) ? "" : ", stride \(options.stride)"
        let dil = options.dilation == .square(1) ? "" : ", dilation \(options.dilation)"
        return context.tr(
            "input \(chans)\(NumberFormat.size(height, width, ascii: a))\(padText) \(a ? "*" : "∗") kernel \(NumberFormat.size(kernelH, kernelW, ascii: a))\(biasText)\(stride)\(dil) \(a ? "->" : "→") output \(outChans)\(NumberFormat.size(outH, outW, ascii: a))",
            "입력 \(chans)\(NumberFormat.size(height, width, ascii: a))\(padText) \(a ? "*" : "∗") kernel \(NumberFormat.size(kernelH, kernelW, ascii: a))\(biasText)\(stride)\(dil) \(a ? "->" : "→") 출력 \(outChans)\(NumberFormat.size(outH, outW, ascii: a))")
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii
        // Header and status.
        let status = player.status(context.tr)
        let head = header(context)
        frame.put(DisplayWidth.truncate(head, to: area.width), x: area.x, y: area.y, role: .strong, clip: area)
        if DisplayWidth.of(head) + DisplayWidth.of(status) + 3 <= area.width {
            frame.put(status, x: area.maxX - DisplayWidth.of(status), y: area.y, role: .dim, clip: area)
        }
        // Text at the bottom: the products of the current cell and the lesson's point.
        var productLines: [String]
        if let cell = currentCell {
            productLines = WrappedText.lines(ConvTraceText.productLine(cell, channels: outChannels, ascii: a), width: area.width)
        } else {
            productLines = [context.tr("Press Space to compute the first output cell.", "Space를 누르면 첫 번째 출력 칸을 계산해요.")]
        }
        let maxProduct = max(1, min(3, area.height - 6))
        if productLines.count > maxProduct {
            productLines = Array(productLines.prefix(maxProduct))
            productLines[maxProduct - 1] = DisplayWidth.truncate(productLines[maxProduct - 1] + " …", to: area.width)
        }
        let note = focusOutput
            ? context.tr("Cursor: the marked inputs produced this cell (arrows move, Tab back).",
                         "커서: 표시된 입력 칸들이 이 출력 칸을 만들었어요 (화살표로 이동, Tab으로 복귀).")
            : context.tr("A sum of elementwise products (window × kernel, cell by cell), not a matrix product.",
                         "행렬곱이 아니라, 창과 kernel의 같은 자리끼리 곱해서 모두 더한 값(성분곱의 합)이에요.")
        let noteLines = WrappedText.lines(note, width: area.width)
        let bottom = productLines.count + min(noteLines.count, max(0, area.height - 4 - productLines.count))
        let paneHeight = area.height - 1 - bottom
        let used = drawPanes(into: &frame, x: area.x, y: area.y + 1, width: area.width, height: paneHeight, context: context)
        var y = area.y + 1 + min(paneHeight, used + (used < paneHeight ? 1 : 0))
        for line in productLines {
            frame.put(line, x: area.x, y: y, role: .output, clip: area); y += 1
        }
        for line in noteLines where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: .dim, clip: area); y += 1
        }
    }

    /// Draws input, kernel, products and output side by side; returns the rows used.
    func drawPanes(into frame: inout Frame, x: Int, y: Int, width: Int, height: Int, context: SceneContext) -> Int {
        let a = context.ascii
        let pad = trace.padding
        let cell = currentCell
        // Input cells read by the current cell (in the channel shown), in padded-grid coordinates.
        var window = Set<Int>()
        let paddedW = self.paddedWidth(pad)
        for term in cell?.terms ?? [] where term.inputChannel == viewChannel {
            window.insert((term.inputY + pad.top) * paddedW + term.inputX + pad.left)
        }
        let windowRows = cell.map { c -> ClosedRange<Int> in
            let ys = c.terms.map { $0.inputY + pad.top }
            return (ys.min() ?? 0)...(ys.max() ?? 0)
        }
        let windowCols = cell.map { c -> ClosedRange<Int> in
            let xs = c.terms.map { $0.inputX + pad.left }
            return (xs.min() ?? 0)...(xs.max() ?? 0)
        }
        let inputTexts = input.data.map { NumberFormat.text($0, ascii: a) } + ["0"]
        let chanTitle = inChannels > 1 ? " ch \(viewChannel)" : ""
        let inputPane = GridPane(
            title: context.tr("input", "입력") + chanTitle + (pad.top + pad.left + pad.bottom + pad.right > 0 ? " (0 = padding)" : ""),
            rows: self.paddedHeight(pad), cols: paddedW, cellWidth: GridPane.cellWidth(inputTexts),
            cell: { r, c in
                let iy = r - pad.top, ix = c - pad.left
                let inside = iy >= 0 && iy < self.height && ix >= 0 && ix < self.width
                let text = inside ? NumberFormat.text(self.input.data[(self.viewChannel * self.height + iy) * self.width + ix], ascii: a) : "0"
                let role: StyleRole = window.contains(r * paddedW + c) ? .window : (inside ? .normal : .padding)
                return GridCell(text: text, role: role)
            },
            markRows: windowRows, markCols: windowCols)
        let oc = cell?.outChannel ?? 0
        let kernelTexts = weight.data.map { NumberFormat.text($0, ascii: a) }
        let kernelPane = GridPane(
            title: "kernel" + (outChannels > 1 ? " \(oc)" : ""), rows: kernelH, cols: kernelW,
            cellWidth: GridPane.cellWidth(kernelTexts),
            cell: { r, c in
                let v = self.weight.data[((oc * self.weight.shape[1] + self.viewChannel) * self.kernelH + r) * self.kernelW + c]
                return GridCell(text: NumberFormat.text(v, ascii: a), role: .accent)
            })
        let done = player.step
        let current = currentIndex
        let outputTexts = output.data.map { NumberFormat.text($0, ascii: a) }
        let outputPane = GridPane(
            title: context.tr("output", "출력") + (outChannels > 1 ? " ch \(oc)" : ""), rows: outH, cols: outW,
            cellWidth: GridPane.cellWidth(outputTexts),
            cell: { r, c in
                let index = (oc * self.outH + r) * self.outW + c
                let computed = index < done
                let text = computed || index == current ? NumberFormat.text(self.output.data[index], ascii: a) : (a ? "." : "·")
                var role: StyleRole = computed ? .output : .dim
                if index == current { role = self.focusOutput ? .cursor : .highlight }
                return GridCell(text: text, role: role)
            },
            markRows: cell.map { $0.y...$0.y }, markCols: cell.map { $0.x...$0.x })
        // Widths: the kernel in full; input and output share the rest.
        let gap = 3
        let kernelWidth = min(kernelPane.fullWidth, max(kernelPane.minWidth, width / 4))
        let rest = width - kernelWidth - 2 * gap
        var inputWidth = inputPane.fullWidth, outputWidth = outputPane.fullWidth
        if inputWidth + outputWidth > rest {
            let share = Double(inputWidth) / Double(inputWidth + outputWidth)
            inputWidth = max(inputPane.minWidth, min(inputWidth, Int(Double(rest) * share)))
            outputWidth = max(outputPane.minWidth, rest - inputWidth)
        }
        var px = x
        let used = inputPane.draw(into: &frame, x: px, y: y, width: inputWidth, height: height, ascii: a)
        px += max(used.width, DisplayWidth.of(inputPane.title)) + gap
        let k = kernelPane.draw(into: &frame, x: px, y: y, width: kernelWidth, height: height, ascii: a)
        if let b = bias, k.height + 1 < height {
            frame.put("bias " + NumberFormat.text(b.data[oc], ascii: a), x: px, y: y + k.height, role: .accent,
                      clip: Rect(x: x, y: y, width: width, height: height))
        }
        px += max(k.width, 4) + gap
        var rowsUsed = max(used.height, k.height + (bias != nil ? 1 : 0))
        // With room to spare, the elementwise products of the window in kernel layout.
        let productsPane = GridPane(
            title: context.tr("window \(a ? "x" : "×") kernel", "창 \(a ? "x" : "×") kernel"), rows: kernelH, cols: kernelW,
            cellWidth: GridPane.cellWidth((cell?.terms ?? []).map { NumberFormat.text($0.product, ascii: a) }),
            cell: { r, c in
                let term = cell?.terms.first { $0.inputChannel == self.viewChannel && $0.kernelY == r && $0.kernelX == c }
                return GridCell(text: term.map { NumberFormat.text($0.product, ascii: a) } ?? (a ? "." : "·"), role: .highlight)
            })
        if cell != nil, px + productsPane.fullWidth + gap + outputWidth <= x + width {
            let p = productsPane.draw(into: &frame, x: px, y: y, width: productsPane.fullWidth, height: height, ascii: a)
            rowsUsed = max(rowsUsed, p.height)
            px += p.width + gap
        }
        let o = outputPane.draw(into: &frame, x: px, y: y, width: min(outputWidth, x + width - px), height: height, ascii: a)
        return max(rowsUsed, o.height)
    }

    func paddedWidth(_ pad: Sides) -> Int { width + pad.left + pad.right }
    func paddedHeight(_ pad: Sides) -> Int { height + pad.top + pad.bottom }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        [header(context)] + ConvTraceText.convPlain(trace, output: output, ascii: context.ascii)
    }
}
