import DLContent
import DLEngine
import TUIKit

/// Pooling step by step: each window on the input, the winner of a max window marked (or the
/// average written out), the output filling cell by cell, and the share of activations kept. Keys
/// switch max/average (`m`), overlapping 3×3 stride 2 windows (`o`) and ceil mode (`e`).
public struct PoolStepperScene: LessonScene {
    /// Max or average pooling.
    public typealias Mode = PoolKind

    let input: Tensor
    let baseOptions: Pool2DOptions
    var options: Pool2DOptions
    var mode: Mode
    var overlapping = false
    var result: Result<(output: Tensor, trace: Pool2DTrace), EngineError>
    /// The output size without ceil mode, for comparison (nil when it fails).
    var floorShape: [Int]?
    var player: StepPlayer
    var viewChannel = 0

    /// Traces pooling of `input` (`C×H×W`); the engine's error is thrown for unusable options.
    public init(input: Tensor, options: Pool2DOptions, mode: Mode) throws(EngineError) {
        self.input = input
        baseOptions = options
        self.options = options
        self.mode = mode
        result = .failure(EngineError(""))
        player = StepPlayer(count: 0)
        retrace()
        if case .failure(let e) = result { throw e }
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: PoolStepperParams) throws(EngineError) {
        try self.init(input: p.inputTensor, options: p.options, mode: p.mode)
        player = StepPlayer(count: player.count, step: p.step)
    }

    mutating func retrace() {
        do throws(EngineError) {
            switch mode {
            case .max:
                let r = try maxPool2dTraced(input, options: options)
                result = .success((r.result.output, r.trace))
            case .avg:
                result = .success(try avgPool2dTraced(input, options: options))
            }
        } catch {
            result = .failure(error)
        }
        var floorOptions = options
        floorOptions.ceilMode = false
        floorShape = options.ceilMode ? (try? avgPool2d(input, options: floorOptions))?.shape : nil
        let count = (try? result.get())?.trace.cells.count ?? 0
        player = StepPlayer(count: count, step: min(max(1, player.step), count))
    }

    var channels: Int { input.shape[input.rank - 3] }
    var height: Int { input.shape[input.rank - 2] }
    var width: Int { input.shape[input.rank - 1] }

    /// The shared player's keys, `m` max/average, `o` overlapping 3×3 stride 2, `e` ceil mode, `c` the channel shown.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let player = StepPlayer.keys(\Self.player, playing: self.player.playing)
        let other = mode == .max ? t("average", "평균") : t("max", "max")
        var bindings = [player.step, player.back,
            B([.char("m")], { $0.mode = $0.mode == .max ? .avg : .max; $0.retrace() },
              help: mode == .max ? t("average pooling instead", "평균 pooling으로 바꾸기") : t("max pooling instead", "max pooling으로 바꾸기"),
              footer: ("m", other)),
            B([.char("o")], { scene in
                scene.overlapping.toggle()
                scene.options = scene.overlapping
                    ? Pool2DOptions(kernelSize: .square(3), stride: .square(2), padding: .square(0), ceilMode: scene.options.ceilMode)
                    : scene.baseOptions
                scene.retrace()
            }, help: t("overlapping 3×3 windows, stride 2, on / off", "겹치는 3×3 window (stride 2) 켜기 / 끄기"), footer: ("o", t("3×3 s2", "3×3 s2"))),
            B([.char("e")], { $0.options.ceilMode.toggle(); $0.retrace() }, help: t("ceil mode on / off", "ceil mode 켜기 / 끄기"),
              footer: ("e", t("ceil", "ceil"))),
        ]
        if channels > 1 {
            bindings.append(B([.char("c")], { $0.viewChannel = ($0.viewChannel + 1) % $0.channels }, help: t("next channel", "다음 채널")))
        }
        return KeyTable(bindings + [player.play, player.faster, player.slower, player.reset])
    }

    public mutating func tick() -> Bool { player.tick() }

    func header(_ context: SceneContext) -> String {
        let a = context.ascii
        let k = options.kernelSize, s = options.stride ?? options.kernelSize
        var text = (mode == .max ? "max pool " : "avg pool ") + NumberFormat.size(k.h, k.w, ascii: a) + ", stride \(s)"
        if options.padding != .square(0) { text += ", padding \(options.padding)" }
        if options.ceilMode { text += ", ceil_mode" }
        text += ": " + context.tr("input ", "입력 ") + NumberFormat.size(height, width, ascii: a)
        if case .success(let r) = result {
            let shape = r.output.shape
            text += (a ? " -> " : " → ") + context.tr("output ", "출력 ") + NumberFormat.size(shape[shape.count - 2], shape[shape.count - 1], ascii: a)
        }
        return text
    }

    /// `kept 4 of 16 activations (25%)` and notes on overlap and ceil mode.
    func facts(_ context: SceneContext) -> [String] {
        guard case .success(let r) = result else { return [] }
        let a = context.ascii
        let (oh, ow) = (r.output.shape[r.output.rank - 2], r.output.shape[r.output.rank - 1])
        let kept = oh * ow, total = height * width
        let percent = NumberFormat.text((Double(kept) / Double(total) * 1000).rounded() / 10, ascii: a)
        var lines = [context.tr("Kept \(kept) of \(total) activations per channel (\(percent)%); pooling has no parameters.",
                                "채널마다 활성값 \(total)개 중 \(kept)개만 남아요 (\(percent)%). pooling에는 파라미터가 없어요.")]
        let s = options.stride ?? options.kernelSize
        if s.h < options.kernelSize.h || s.w < options.kernelSize.w {
            lines.append(context.tr("Overlapping: stride < window, so neighbouring windows share cells (AlexNet used 3×3, stride 2).",
                                    "겹치는 pooling: stride가 창보다 작아서 이웃한 창이 칸을 공유해요 (AlexNet은 3×3, stride 2)."))
        }
        if let floorShape {
            let f = NumberFormat.size(floorShape[floorShape.count - 2], floorShape[floorShape.count - 1], ascii: a)
            if floorShape == r.output.shape {
                lines.append(context.tr("ceil_mode changes nothing here: rounding down also gives \(f).",
                                        "여기선 ceil_mode를 켜도 그대로예요. 내림해도 값이 같아요 (\(f))."))
                return lines
            }
            lines.append(context.tr("ceil_mode rounds the size up: the last window may hang over the edge (floor would give \(f)).",
                                    "ceil_mode는 크기를 올림해요. 마지막 창이 가장자리를 넘어갈 수 있어요 (내림이면 \(f))."))
        }
        return lines
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii
        let head = header(context)
        frame.put(DisplayWidth.truncate(head, to: area.width), x: area.x, y: area.y, role: .strong, clip: area)
        let status = player.status(context.tr)
        if DisplayWidth.of(head) + DisplayWidth.of(status) + 3 <= area.width {
            frame.put(status, x: area.maxX - DisplayWidth.of(status), y: area.y, role: .dim, clip: area)
        }
        guard case .success(let r) = result else {
            if case .failure(let e) = result {
                for (i, line) in WrappedText.lines(e.message, width: area.width).prefix(area.height - 2).enumerated() {
                    frame.put(line, x: area.x, y: area.y + 2 + i, role: .error, clip: area)
                }
            }
            return
        }
        let shape = r.output.shape
        let (oh, ow) = (shape[shape.count - 2], shape[shape.count - 1])
        let current = player.step > 0 && player.step <= r.trace.cells.count ? r.trace.cells[player.step - 1] : nil
        var lineTexts = [current.map { ConvTraceText.poolLine($0, channels: channels, ascii: a) }
            ?? context.tr("Press Space to pool the first window.", "Space를 누르면 첫 번째 창을 pooling해요.")]
        lineTexts += facts(context)
        var bottom: [String] = []
        for t in lineTexts { bottom += WrappedText.lines(t, width: area.width) }
        bottom = Array(bottom.prefix(max(1, area.height - 5)))
        let paneHeight = area.height - 1 - bottom.count
        let pad = options.padding
        let cell = current
        let ch = cell?.channel ?? viewChannel
        var window = Set<Int>()
        for read in cell?.reads ?? [] { window.insert((read.y + pad.h) * 100_000 + read.x + pad.w) }
        let winner = cell?.winner
        let rowsShown = height + 2 * pad.h, colsShown = width + 2 * pad.w
        // Ceil-mode windows may reach past the padded input: show one more row and column then.
        let extraRows = max(0, (cell?.reads.map { $0.y + pad.h + 1 }.max() ?? 0) - rowsShown)
        let extraCols = max(0, (cell?.reads.map { $0.x + pad.w + 1 }.max() ?? 0) - colsShown)
        let texts = input.data.map { NumberFormat.text($0, ascii: a) }
        let inputPane = GridPane(
            title: context.tr("input", "입력") + (channels > 1 ? " ch \(ch)" : ""),
            rows: rowsShown + extraRows, cols: colsShown + extraCols,
            cellWidth: GridPane.cellWidth(texts) + 1,
            cell: { row, col in
                let y = row - pad.h, x = col - pad.w
                let inside = y >= 0 && y < self.height && x >= 0 && x < self.width
                let inWindow = window.contains(row * 100_000 + col)
                if !inside {
                    let beyond = y >= self.height + pad.h || x >= self.width + pad.w
                    return GridCell(text: beyond ? (inWindow ? "_" : " ") : "0", role: inWindow ? .window : .padding)
                }
                let v = self.input.data[(ch * self.height + y) * self.width + x]
                let isWinner = inWindow && winner == y * self.width + x
                return GridCell(text: NumberFormat.text(v, ascii: a) + (isWinner ? "*" : ""),
                                role: isWinner ? .highlight : (inWindow ? .window : .normal))
            },
            markRows: cell.map { c in (c.reads.map { $0.y + pad.h }.min() ?? 0)...(c.reads.map { $0.y + pad.h }.max() ?? 0) },
            markCols: cell.map { c in (c.reads.map { $0.x + pad.w }.min() ?? 0)...(c.reads.map { $0.x + pad.w }.max() ?? 0) })
        let done = player.step
        let outTexts = r.output.data.map { NumberFormat.text($0, ascii: a) }
        let outputPane = GridPane(
            title: context.tr("output", "출력"), rows: oh, cols: ow, cellWidth: GridPane.cellWidth(outTexts),
            cell: { row, col in
                let index = (ch * oh + row) * ow + col
                let isCurrent = cell.map { $0.y == row && $0.x == col } ?? false
                guard index < done || isCurrent else { return GridCell(text: a ? "." : "·", role: .dim) }
                return GridCell(text: NumberFormat.text(r.output.data[index], ascii: a), role: isCurrent ? .highlight : .output)
            },
            markRows: cell.map { $0.y...$0.y }, markCols: cell.map { $0.x...$0.x })
        let gap = 4
        var inputWidth = inputPane.fullWidth
        if inputWidth + gap + outputPane.fullWidth > area.width {
            inputWidth = max(inputPane.minWidth, area.width - gap - min(outputPane.fullWidth, area.width / 3))
        }
        let used = inputPane.draw(into: &frame, x: area.x, y: area.y + 1, width: inputWidth, height: paneHeight, ascii: a)
        let ox = area.x + max(used.width, 6) + gap
        let o = outputPane.draw(into: &frame, x: ox, y: area.y + 1, width: area.maxX - ox, height: paneHeight, ascii: a)
        var y = area.y + 1 + min(paneHeight, max(used.height, o.height) + 1)
        for (i, line) in bottom.enumerated() where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: i == 0 ? .output : .dim, clip: area); y += 1
        }
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        guard case .success(let r) = result else {
            if case .failure(let e) = result { return [e.message] }
            return []
        }
        return [header(context)] + ConvTraceText.poolPlain(r.trace, output: r.output, ascii: context.ascii) + facts(context)
    }
}

extension PoolStepperScene {
    /// Mode, ceil mode, the step and (for the overlapping 3×3 stride-2 windows) kernel and stride.
    public var shareValues: [String: ContentValue] {
        var values: [String: ContentValue] = ["mode": .string(mode.rawValue), "ceil": .bool(options.ceilMode),
                                              "step": .number(Double(player.step))]
        if overlapping { values["kernel"] = .number(3); values["stride"] = .number(2) }
        return values
    }
}
