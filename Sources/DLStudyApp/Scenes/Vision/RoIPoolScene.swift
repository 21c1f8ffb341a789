import DLContent
import DLEngine
import TUIKit

/// RoI pooling: a feature map, a box moved with the arrows and resized with [ ] { }, its H×W bins
/// (uneven and possibly sharing a row or column, as torchvision computes them) marked on rulers, and
/// the max of each bin taken read by read from the engine's roi_pool trace into a fixed-size OUTPUT.
public struct RoIPoolScene: LessonScene {
    public private(set) var model: RoIPoolModel
    /// Steps through the trace's reads (auto-play, speed, reset): the shared player.
    var player: StepPlayer
    var step: Int { player.step }
    /// A one-line note after a refused move (the box would leave the map).
    var note: LocalizedText?

    /// A scene for `params`; throws the first problem when the values are off the map or the engine refuses them.
    public init(_ params: RoIPoolParams) throws(EngineError) {
        if let problem = params.problems().first { throw EngineError(problem) }
        model = try RoIPoolModel(params)
        player = StepPlayer(count: model.steps.count, step: params.step, speed: 3)
    }

    /// The arrows move the box and `[ ] { }` resize it; the shared player's keys (Space steps) step its
    /// reads, `b` finishes a bin, `e` jumps to the end. Every key clears the last refusal note.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        var player = StepPlayer.keys(\Self.player, playing: self.player.playing)
        player.step.footer = ("Spc", t("step", "단계"))
        player.back.footer = nil
        player.play.footer = ("a", t("play", "재생"))
        player.faster.footer = nil
        player.reset.footer = nil
        let table = KeyTable<SceneAction<Self>>([
            B([.left, .char("h")], { _ = $0.move(dx: -1, dy: 0, dw: 0, dh: 0) }, help: t("move the box", "박스 이동"),
              footer: ("←↑↓→", t("move", "이동"))),
            B([.right, .char("l")], { _ = $0.move(dx: 1, dy: 0, dw: 0, dh: 0) }),
            B([.up, .char("k")], { _ = $0.move(dx: 0, dy: -1, dw: 0, dh: 0) }),
            B([.down, .char("j")], { _ = $0.move(dx: 0, dy: 1, dw: 0, dh: 0) }),
            B([.char("[")], { _ = $0.move(dx: 0, dy: 0, dw: -1, dh: 0) }, help: t("narrower / wider, shorter / taller box", "박스 좁게 / 넓게, 낮게 / 높게"),
              footer: ("[ ] { }", t("size", "크기"))),
            B([.char("]")], { _ = $0.move(dx: 0, dy: 0, dw: 1, dh: 0) }),
            B([.char("{")], { _ = $0.move(dx: 0, dy: 0, dw: 0, dh: -1) }),
            B([.char("}")], { _ = $0.move(dx: 0, dy: 0, dw: 0, dh: 1) }),
            player.step,
            B([.char("b")], { scene in
                // Finish the bin in progress (or the next one).
                let steps = scene.model.steps
                let bin = scene.step < steps.count ? steps[scene.step].bin : nil
                while let bin, scene.player.step < steps.count, steps[scene.player.step].bin == bin { scene.player.step += 1 }
            }, help: t("finish the bin", "bin 끝까지"), footer: ("b", t("bin", "bin"))),
            player.play,
            B([.char("e")], { $0.player.finish() }, help: t("jump to the end", "끝으로")),
            player.back, player.faster, player.slower, player.reset,
        ])
        return table.map { action -> SceneAction<Self> in { $0.note = nil; action(&$0) } }
    }

    mutating func move(dx: Int, dy: Int, dw: Int, dh: Int) -> Bool {
        var p = model.params
        p.box = [p.box[0] + dx, p.box[1] + dy, p.box[2] + dx + dw, p.box[3] + dy + dh]
        guard p.problems().isEmpty, let next = try? RoIPoolModel(p) else {
            note = LocalizedText(en: "the box must stay on the map and keep x1 ≤ x2, y1 ≤ y2", ko: "박스는 맵 안에 있어야 하고 x1 ≤ x2, y1 ≤ y2여야 해요")
            return true
        }
        model = next
        player.restart(count: model.steps.count)
        return true
    }

    public mutating func tick() -> Bool { player.tick() }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty, let box = model.box else { return }
        let (done, current) = model.progress(after: step)
        let currentBin = current.map { model.trace.bins[$0.bin] }
        let read = current.flatMap { s in s.read.map { currentBin?.reads[$0] } } ?? nil
        frame.put(model.summary(context), x: area.x, y: area.y, role: .accent, clip: area)

        let cw = max(4, VisionDraw.cellWidth(model.params.input.data))
        let gutter = 5
        let mapX = area.x + gutter
        let top = area.y + 1
        // Column ruler: the bin column(s) of each map column inside the box.
        for x in 0..<model.mapCols {
            let bins = model.binCols(containing: x)
            guard !bins.isEmpty else { continue }
            let label = bins.map(String.init).joined(separator: "/")
            frame.put(DisplayWidth.padLeft(label, to: cw), x: mapX + x * cw, y: top, role: bins.count > 1 ? .warning : .dim, clip: area)
        }
        frame.put("bin", x: area.x, y: top, role: .dim, clip: area)
        for y in 0..<model.mapRows {
            let bins = model.binRows(containing: y)
            if !bins.isEmpty {
                frame.put(DisplayWidth.padLeft(bins.map(String.init).joined(separator: "/"), to: gutter - 1), x: area.x, y: top + 1 + y,
                          role: bins.count > 1 ? .warning : .dim, clip: area)
            }
            for x in 0..<model.mapCols {
                let v = model.params.input.data[y * model.mapCols + x]
                let inBox = !model.binRows(containing: y).isEmpty && !model.binCols(containing: x).isEmpty
                var role: StyleRole = inBox ? ((model.binRows(containing: y).first ?? 0) + (model.binCols(containing: x).first ?? 0)) % 2 == 0 ? .heat1 : .heat2 : .dim
                if let bin = currentBin, y >= bin.hstart, y < bin.hend, x >= bin.wstart, x < bin.wend { role = .highlight }
                if let read, read.y == y, read.x == x { role = .cursor }
                var text = VisionDraw.number(v)
                if inBox && !context.color {
                    // Without colour, brackets mark the box's cells.
                    text = "[\(text)]"
                }
                frame.put(DisplayWidth.padLeft(text, to: cw), x: mapX + x * cw, y: top + 1 + y, role: role, clip: area)
            }
        }
        _ = box
        // OUTPUT grid on the right.
        let outX = mapX + model.mapCols * cw + 3
        let ocw = max(3, VisionDraw.cellWidth(model.output.data))
        let dot = context.ascii ? "." : "·"
        let (oh, ow) = (model.params.outputH, model.params.outputW)
        frame.put(context.tr("OUTPUT", "출력") + " \(oh)\(VisionDraw.times(context))\(ow)", x: outX, y: top, role: .heading, clip: area)
        for r in 0..<oh {
            for c in 0..<ow {
                let i = r * ow + c
                let isCurrent = currentBin.map { $0.binY == r && $0.binX == c } ?? false
                let text: String
                if done.contains(i) { text = VisionDraw.number(model.output.data[i]) }
                else if isCurrent, let read { text = VisionDraw.number(read.running) }
                else { text = dot }
                frame.put(DisplayWidth.padLeft(text, to: ocw), x: outX + c * ocw, y: top + 1 + r,
                          role: isCurrent ? .highlight : (done.contains(i) ? .output : .dim), clip: area)
            }
        }
        var infoY = top + 2 + oh
        let side = Rect(x: outX, y: area.y, width: max(0, area.maxX - outX), height: area.height)
        for line in sideNotes(context) {
            infoY = VisionDraw.wrapped(&frame, line, x: outX, y: infoY, width: side.width, clip: side, role: .dim)
        }
        let statusY = max(top + 1 + model.mapRows, infoY > area.maxY ? top + 1 + model.mapRows : top + 1 + model.mapRows)
        let status = statusLine(context, current: current, currentBin: currentBin, read: read)
        VisionDraw.wrapped(&frame, status, x: area.x, y: min(statusY, area.maxY - 1), width: area.width, clip: area,
                           role: note == nil ? .normal : .warning)
    }

    func sideNotes(_ context: SceneContext) -> [String] {
        [context.tr("same size for any box", "박스 크기와 상관없이 같은 크기"),
         context.tr("a/b = cell in 2 bins", "a/b = 두 bin에 걸친 칸")]
    }

    func statusLine(_ context: SceneContext, current: RoIPoolModel.Step?, currentBin: RoIBinTrace?, read: PoolRead?) -> String {
        if let note { return note.text(context.language) }
        let counter = "\(context.tr("step", "단계")) \(step)/\(model.steps.count): "
        guard let bin = currentBin else {
            return counter + context.tr("Space takes each bin's max, cell by cell; arrows move the box, [ ] { } resize it.",
                                        "Space로 bin마다 최댓값을 하나씩 구해요. 화살표로 박스를 옮기고, [ ] { }로 크기를 바꿔요.")
        }
        let where_ = context.tr("bin (\(bin.binY),\(bin.binX)) rows \(RoIPoolModel.span(bin.hstart, bin.hend)), cols \(RoIPoolModel.span(bin.wstart, bin.wend))",
                                "bin (\(bin.binY),\(bin.binX)) \(RoIPoolModel.span(bin.hstart, bin.hend))행 \(RoIPoolModel.span(bin.wstart, bin.wend))열")
        guard let read else { return counter + where_ + context.tr(": empty, 0", ": 비어 있음, 0") }
        var text = counter + where_ + context.tr(": read (\(read.y),\(read.x)) = \(VisionDraw.number(read.value)), max so far \(VisionDraw.number(read.running))",
                                                 ": (\(read.y),\(read.x)) = \(VisionDraw.number(read.value)) 읽음, 지금까지 최대 \(VisionDraw.number(read.running))")
        if step == model.steps.count { text += context.tr(". OUTPUT complete.", ". 출력 완성.") }
        return text
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        model.plainLines(context)
    }
}

extension RoIPoolScene {
    /// The box and the step.
    public var shareValues: [String: ContentValue] {
        ["box": .list(model.params.box.map { .number(Double($0)) }), "step": .number(Double(player.step))]
    }
}
