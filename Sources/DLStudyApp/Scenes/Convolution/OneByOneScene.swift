import DLContent
import DLEngine
import TUIKit

/// 1×1 convolution: each output pixel mixes the C_in values of the same input pixel (a small dense
/// layer applied at every pixel), stepped cell by cell from the engine's trace; `b` shows the
/// bottleneck 256→64→3×3→256 with its parameter savings (`w/W` change the middle width).
public struct OneByOneScene: LessonScene {
    let inChannels: Int
    let outChannels: Int
    let size = OneByOneParams.size
    var input = Tensor(zeros: [1, 1, 1])
    var weight = Tensor(zeros: [1, 1, 1, 1])
    var output = Tensor(zeros: [1, 1, 1])
    var cells: [ConvCellTrace] = []
    var player = StepPlayer(count: 0)
    var showBottleneck: Bool
    /// Channels of the bottleneck's middle layers.
    var middle = 64

    /// The scene of a lesson page's typed parameters (channel counts already within their limits).
    init(_ p: OneByOneParams) throws(EngineError) {
        inChannels = p.inChannels; outChannels = p.outChannels; showBottleneck = p.bottleneck; middle = p.middle
        let n = size
        let xs = (0..<(inChannels * n * n)).map { Double(($0 * 5 + 1) % 7 - 2) }
        let ws = (0..<(outChannels * inChannels)).map { Double(($0 * 2 + 1) % 5 - 2) }
        let x = try Tensor(shape: [inChannels, n, n], data: xs), w = try Tensor(shape: [outChannels, inChannels, 1, 1], data: ws)
        let (out, t) = try conv2dTraced(x, weight: w)
        input = x; weight = w; output = out; cells = t.cells
        player = StepPlayer(count: cells.count, step: p.step)
    }

    /// The shared player's keys, `b` the bottleneck view, `w`/`W` its middle width.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        var player = StepPlayer.keys(\Self.player, playing: self.player.playing)
        player.faster.footer = nil
        return KeyTable([player.step, player.back,
            B([.char("b")], { $0.showBottleneck.toggle() }, help: t("bottleneck view on / off", "bottleneck 보기 켜기 / 끄기"),
              footer: ("b", t("bottleneck", "bottleneck"))),
            B([.char("w")], { $0.middle = max(16, $0.middle / 2) }, help: t("bottleneck middle width ÷2 / ×2", "bottleneck 가운데 채널 수 ÷2 / ×2"),
              footer: showBottleneck ? ("w/W", t("middle width", "가운데 채널 수")) : nil),
            B([.char("W")], { $0.middle = min(256, $0.middle * 2) }),
            player.play, player.faster, player.slower, player.reset])
    }

    public mutating func tick() -> Bool { player.tick() }

    var current: ConvCellTrace? { player.step > 0 && player.step <= cells.count ? cells[player.step - 1] : nil }

    /// Weights of a k×k convolution from `cin` to `cout` channels (no bias): k·k·C_in·C_out.
    static func weights(_ k: Int, _ cin: Int, _ cout: Int) -> Int { k * k * cin * cout }

    /// The bottleneck comparison, weights only.
    func bottleneckLines(_ context: SceneContext) -> [String] {
        let dot = NumberFormat.times(context.ascii)
        let (c, m) = (256, middle)
        let direct = Self.weights(3, c, c)
        let parts = [Self.weights(1, c, m), Self.weights(3, m, m), Self.weights(1, m, c)]
        let total = parts.reduce(0, +)
        let saved = direct - total
        let percent = NumberFormat.text((Double(saved) / Double(direct) * 1000).rounded() / 10)
        let f = NumberFormat.grouped
        return [
            context.tr("Direct 3×3, 256→256: 3\(dot)3\(dot)256\(dot)256 = \(f(direct)) weights",
                       "바로 3×3, 256→256: 3\(dot)3\(dot)256\(dot)256 = weight \(f(direct))개"),
            context.tr("Bottleneck 1×1 256→\(m), 3×3 \(m)→\(m), 1×1 \(m)→256: \(f(parts[0])) + \(f(parts[1])) + \(f(parts[2])) = \(f(total))",
                       "bottleneck 1×1 256→\(m), 3×3 \(m)→\(m), 1×1 \(m)→256: \(f(parts[0])) + \(f(parts[1])) + \(f(parts[2])) = weight \(f(total))개"),
            context.tr("Saved: \(f(saved)) weights (\(percent)%), same 256 channels in and out (biases left out).",
                       "절약: weight \(f(saved))개 (\(percent)%). 입출력은 똑같이 256채널 (bias 제외)."),
        ]
    }

    func mixLine(_ context: SceneContext) -> String {
        guard let cell = current else { return context.tr("Press Space to mix the first pixel.", "Space를 누르면 첫 번째 픽셀을 섞어요.") }
        return ConvTraceText.productLine(cell, channels: outChannels, ascii: context.ascii)
    }

    func note(_ context: SceneContext) -> String {
        context.tr("A 1×1 kernel sees one pixel: it mixes that pixel's \(inChannels) channel values into \(outChannels) new ones, like a small dense layer applied at every pixel.",
                   "1×1 kernel은 픽셀 하나만 봐요. 그 픽셀의 채널 값 \(inChannels)개를 섞어 새 채널 \(outChannels)개를 만들어요. 모든 픽셀에 같은 작은 dense layer를 쓰는 셈이죠.")
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii, x = a ? "x" : "×"
        let head = context.tr("1\(x)1 conv: \(inChannels) channels \(a ? "->" : "→") \(outChannels), \(outChannels)\(x)\(inChannels) weights",
                              "1\(x)1 conv: 채널 \(inChannels)개 \(a ? "->" : "→") \(outChannels)개, weight \(outChannels)\(x)\(inChannels)")
        frame.put(DisplayWidth.truncate(head, to: area.width), x: area.x, y: area.y, role: .strong, clip: area)
        var bottom: [(String, StyleRole)] = WrappedText.lines(mixLine(context), width: area.width).map { ($0, .output) }
        let extra = showBottleneck ? bottleneckLines(context) : [note(context)]
        for line in extra { bottom += WrappedText.lines(line, width: area.width).map { ($0, showBottleneck ? StyleRole.normal : .dim) } }
        let paneHeight = max(3, area.height - 1 - bottom.count)
        let cell = current
        let texts = (input.data + output.data).map { NumberFormat.text($0, ascii: a) }
        let cw = GridPane.cellWidth(texts)
        var panes: [GridPane] = []
        let mark = cell.map { ($0.y...$0.y, $0.x...$0.x) }
        for c in 0..<inChannels {
            panes.append(GridPane(title: "x ch\(c)", rows: size, cols: size, cellWidth: cw, cell: { r, col in
                let on = mark.map { $0.0.contains(r) && $0.1.contains(col) } ?? false
                return GridCell(text: NumberFormat.text(self.input.data[(c * self.size + r) * self.size + col], ascii: a), role: on ? .window : .normal)
            }, markRows: mark?.0, markCols: mark?.1))
        }
        let wPane = GridPane(title: "w", rows: outChannels, cols: inChannels, cellWidth: GridPane.cellWidth(weight.data.map { NumberFormat.text($0, ascii: a) }),
                             cell: { r, col in GridCell(text: NumberFormat.text(self.weight.data[r * self.inChannels + col], ascii: a),
                                                        role: cell?.outChannel == r ? .highlight : .accent) },
                             markRows: cell.map { $0.outChannel...$0.outChannel })
        panes.append(wPane)
        for o in 0..<outChannels {
            panes.append(GridPane(title: "y ch\(o)", rows: size, cols: size, cellWidth: cw, cell: { r, col in
                let index = (o * self.size + r) * self.size + col
                guard index < self.player.step else { return GridCell(text: a ? "." : "·", role: .dim) }
                return GridCell(text: NumberFormat.text(self.output.data[index], ascii: a), role: index == self.player.step - 1 ? .highlight : .output)
            }, markRows: cell?.outChannel == o ? mark?.0 : nil, markCols: cell?.outChannel == o ? mark?.1 : nil))
        }
        var px = area.x, used = 0
        for pane in panes {
            let w = max(pane.fullWidth, DisplayWidth.of(pane.title))
            guard px + pane.minWidth <= area.maxX else { break }
            let s = pane.draw(into: &frame, x: px, y: area.y + 1, width: min(w, area.maxX - px), height: paneHeight, ascii: a)
            used = max(used, s.height)
            px += w + 2
        }
        var y = area.y + 1 + min(paneHeight, used + 1)
        for (line, role) in bottom where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: role, clip: area); y += 1
        }
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        // The bottleneck comparison belongs to the bottleneck page only (`bottleneck: true`).
        [note(context)] + cells.map { ConvTraceText.productLine($0, channels: outChannels, ascii: context.ascii) }
            + (showBottleneck ? [""] + bottleneckLines(context) : [])
    }
}

extension OneByOneScene {
    public var shareValues: [String: ContentValue] {
        ["bottleneck": .bool(showBottleneck), "step": .number(Double(player.step)), "middle": .number(Double(middle))]
    }
}
