import DLContent
import DLEngine
import TUIKit

/// Channels and filters: C_in input channels are each multiplied by their kernel slice and summed
/// into one output cell; n filters give n output channels; the parameter count k·k·C_in·C_out + C_out
/// is updated live as `c/C`, `f/F` and `k/K` change the sizes.
public struct ChannelsScene: LessonScene {
    var inChannels: Int
    var outChannels: Int
    var kernel: Int
    var size: Int
    var input: Tensor
    var weight: Tensor
    var bias: Tensor
    /// The traced output cells.
    var cells: [ConvCellTrace] = []
    var output: Tensor
    var player: StepPlayer

    init(inChannels: Int, outChannels: Int, kernel: Int, size: Int) {
        self.inChannels = inChannels; self.outChannels = outChannels; self.kernel = kernel; self.size = size
        input = Tensor(zeros: [1, 1, 1]); weight = Tensor(zeros: [1, 1, 1, 1]); bias = Tensor(zeros: [1])
        output = input
        player = StepPlayer(count: 0)
        rebuild()
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: ConvChannelsParams) {
        self.init(inChannels: p.inChannels, outChannels: p.outChannels, kernel: p.kernel, size: p.size)
        player = StepPlayer(count: player.count, step: p.step)
    }

    /// Small whole numbers, the same for the same sizes, so every product is easy to follow.
    mutating func rebuild() {
        let n = size, k = min(kernel, size)
        kernel = k
        let xs = (0..<(inChannels * n * n)).map { Double(($0 * 7 + $0 / (n * n) * 3) % 5 - 1) }
        let ws = (0..<(outChannels * inChannels * k * k)).map { Double(($0 * 5 + 2) % 3 - 1) }
        let bs = (0..<outChannels).map { Double($0 + 1) }
        guard let x = try? Tensor(shape: [inChannels, n, n], data: xs), let w = try? Tensor(shape: [outChannels, inChannels, k, k], data: ws),
              let b = try? Tensor(shape: [outChannels], data: bs), let (out, t) = try? conv2dTraced(x, weight: w, bias: b) else { return }
        input = x; weight = w; bias = b; output = out; cells = t.cells
        player = StepPlayer(count: t.cells.count, step: min(max(1, player.step), t.cells.count))
    }

    /// The shared player's keys, `c`/`C` input channels, `f`/`F` filters, `k`/`K` kernel size (each rebuilds).
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        var player = StepPlayer.keys(\Self.player, playing: self.player.playing)
        player.faster.footer = nil
        let own = KeyTable<SceneAction<Self>>([
            B([.char("c")], { $0.inChannels = max(1, $0.inChannels - 1) }, help: t("fewer / more input channels", "입력 채널 줄이기 / 늘리기"),
              footer: ("c/C", t("C_in", "C_in"))),
            B([.char("C")], { $0.inChannels = min(4, $0.inChannels + 1) }),
            B([.char("f")], { $0.outChannels = max(1, $0.outChannels - 1) }, help: t("fewer / more filters", "filter 줄이기 / 늘리기"),
              footer: ("f/F", t("filters", "filter 수"))),
            B([.char("F")], { $0.outChannels = min(4, $0.outChannels + 1) }),
            B([.char("k")], { $0.kernel = max(1, $0.kernel - 1) }, help: t("smaller / larger kernel", "kernel 작게 / 크게"),
              footer: ("k/K", t("kernel", "kernel"))),
            B([.char("K")], { $0.kernel = min(3, $0.size, $0.kernel + 1) }),
        ]).map { action -> SceneAction<Self> in { action(&$0); $0.rebuild() } }
        return KeyTable([player.step, player.back] + own.bindings + [player.play, player.faster, player.slower, player.reset])
    }

    public mutating func tick() -> Bool { player.tick() }

    var current: ConvCellTrace? { player.step > 0 && player.step <= cells.count ? cells[player.step - 1] : nil }

    /// `parameters = k·k·C_in·C_out + C_out = 2·2·3·2 + 2 = 26`, counted from the weight and bias tensors.
    func paramsLine(_ context: SceneContext) -> String {
        let dot = NumberFormat.times(context.ascii)
        return context.tr("parameters", "파라미터") + " = k\(dot)k\(dot)C_in\(dot)C_out + C_out = "
            + "\(kernel)\(dot)\(kernel)\(dot)\(inChannels)\(dot)\(outChannels) + \(outChannels) = \(weight.count + bias.count)"
    }

    func header(_ context: SceneContext) -> String {
        let a = context.ascii, x = a ? "x" : "×"
        return context.tr("input \(inChannels)\(x)\(size)\(x)\(size), \(outChannels) filter\(outChannels == 1 ? "" : "s") of \(inChannels)\(x)\(kernel)\(x)\(kernel) \(a ? "->" : "→") output \(outChannels)\(x)\(output.shape[1])\(x)\(output.shape[2])",
                          "입력 \(inChannels)\(x)\(size)\(x)\(size), filter \(outChannels)개 (각 \(inChannels)\(x)\(kernel)\(x)\(kernel)) \(a ? "->" : "→") 출력 \(outChannels)\(x)\(output.shape[1])\(x)\(output.shape[2])")
    }

    /// One line per input channel with its products and partial sum, then the total.
    func sumLines(_ context: SceneContext) -> [String] {
        guard let cell = current else { return [context.tr("Press Space to compute the first output cell.", "Space를 누르면 첫 번째 출력 칸을 계산해요.")] }
        let a = context.ascii
        var lines: [String] = []
        var sums: [String] = []
        for c in 0..<inChannels {
            let part = ConvTraceText.channelSum(cell, inputChannel: c, ascii: a)
            lines.append("  ch \(c): \(part.text) = \(NumberFormat.text(part.sum, ascii: a))")
            sums.append(NumberFormat.factor(part.sum, ascii: a))
        }
        var total = ConvTraceText.label(channel: cell.outChannel, y: cell.y, x: cell.x, channels: 2) + " = " + sums.joined(separator: " + ")
        if let b = cell.bias { total += " + bias " + NumberFormat.text(b, ascii: a) }
        lines.append(total + " = " + NumberFormat.text(cell.value, ascii: a) + context.tr("   (channels summed into one cell)", "   (채널을 모두 더해 한 칸)"))
        return lines
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii
        frame.put(DisplayWidth.truncate(header(context), to: area.width), x: area.x, y: area.y, role: .strong, clip: area)
        let status = player.status(context.tr)
        if DisplayWidth.of(header(context)) + DisplayWidth.of(status) + 3 <= area.width {
            frame.put(status, x: area.maxX - DisplayWidth.of(status), y: area.y, role: .dim, clip: area)
        }
        var bottom = sumLines(context) + [paramsLine(context)]
        if area.height >= size + 3 + bottom.count + 1 {
            bottom.append(context.tr("Notes' example: 3×3 kernels, 128 channels in, 64 filters: 3·3·128·64 = 73,728 weights (+64 biases).",
                                     "노트의 예: 3×3 kernel, 입력 채널 128, filter 64개 → weight 3·3·128·64 = 73,728개 (+ bias 64개)."))
        }
        var wrapped: [String] = []
        for line in bottom { wrapped += WrappedText.lines(line, width: area.width) }
        let paneHeight = max(3, area.height - 1 - wrapped.count)
        let cell = current
        let rows = cell.map { c in (c.terms.map(\.inputY).min() ?? 0)...(c.terms.map(\.inputY).max() ?? 0) }
        let cols = cell.map { c in (c.terms.map(\.inputX).min() ?? 0)...(c.terms.map(\.inputX).max() ?? 0) }
        let texts = (input.data + output.data + weight.data).map { NumberFormat.text($0, ascii: a) }
        let cw = GridPane.cellWidth(texts)
        var panes: [GridPane] = []
        let wide = area.width >= 110
        let oc = cell?.outChannel ?? 0
        for c in 0..<inChannels {
            panes.append(GridPane(title: "x ch\(c)", rows: size, cols: size, cellWidth: cw, cell: { r, col in
                let inWindow = rows?.contains(r) == true && cols?.contains(col) == true
                return GridCell(text: NumberFormat.text(self.input.data[(c * self.size + r) * self.size + col], ascii: a), role: inWindow ? .window : .normal)
            }, markRows: rows, markCols: cols))
            if wide {
                panes.append(GridPane(title: "w[\(oc),\(c)]", rows: kernel, cols: kernel, cellWidth: cw, cell: { r, col in
                    GridCell(text: NumberFormat.text(self.weight.data[((oc * self.inChannels + c) * self.kernel + r) * self.kernel + col], ascii: a), role: .accent)
                }))
            }
        }
        let (oh, ow) = (output.shape[1], output.shape[2])
        for o in 0..<outChannels {
            panes.append(GridPane(title: "y ch\(o)", rows: oh, cols: ow, cellWidth: cw, cell: { r, col in
                let index = (o * oh + r) * ow + col
                let isCurrent = index == self.player.step - 1
                guard index < self.player.step else { return GridCell(text: a ? "." : "·", role: .dim) }
                return GridCell(text: NumberFormat.text(self.output.data[index], ascii: a), role: isCurrent ? .highlight : .output)
            }, markRows: o == oc ? cell.map { $0.y...$0.y } : nil, markCols: o == oc ? cell.map { $0.x...$0.x } : nil))
        }
        var px = area.x
        var used = 0
        for (i, pane) in panes.enumerated() {
            let w = max(pane.fullWidth, DisplayWidth.of(pane.title))
            guard px + pane.minWidth <= area.maxX else { break }
            if i == inChannels * (wide ? 2 : 1) { frame.put(a ? "->" : "→", x: px - 3, y: area.y + 2 + min(paneHeight, size + 2) / 2, role: .dim, clip: area) }
            let s = pane.draw(into: &frame, x: px, y: area.y + 1, width: min(w, area.maxX - px), height: paneHeight, ascii: a)
            used = max(used, s.height)
            px += w + (i == inChannels * (wide ? 2 : 1) - 1 ? 4 : 2)
        }
        var y = area.y + 1 + min(paneHeight, used)
        for (i, line) in wrapped.enumerated() where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: i < inChannels ? .normal : .output, clip: area); y += 1
        }
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var lines = [header(context), paramsLine(context)]
        var scene = self
        for step in 1...max(1, cells.count) {
            scene.player.step = step
            lines += scene.sumLines(context)
        }
        return lines
    }
}

extension ChannelsScene {
    public var shareValues: [String: ContentValue] {
        ["in_channels": .number(Double(inChannels)), "out_channels": .number(Double(outChannels)),
         "kernel": .number(Double(kernel)), "size": .number(Double(size)), "step": .number(Double(player.step))]
    }
}
