import DLContent
import DLEngine
import TUIKit

/// RoI pooling of one box on a one-channel map, computed by the engine: the trace of every bin and
/// the flat list of steps (one per cell read, one for an empty bin) the scene walks through.
public struct RoIPoolModel: Sendable {
    public let params: RoIPoolParams
    public let output: Tensor
    public let trace: RoIPoolTrace

    /// One step: a bin and the index of the read within it (nil for an empty bin).
    struct Step: Equatable, Sendable { let bin: Int; let read: Int? }
    let steps: [Step]

    /// Runs the engine on `params` (which must have passed `RoIPoolParams.problems()`).
    public init(_ params: RoIPoolParams) throws(EngineError) {
        self.params = params
        let (out, trace) = try roiPoolTraced(params.input, boxes: [params.roiBox], outputSize: IntPair(params.outputH, params.outputW),
                                             spatialScale: params.spatialScale)
        output = out
        self.trace = trace
        var steps: [Step] = []
        for (b, bin) in trace.bins.enumerated() {
            if bin.reads.isEmpty { steps.append(Step(bin: b, read: nil)) }
            for r in bin.reads.indices { steps.append(Step(bin: b, read: r)) }
        }
        self.steps = steps
    }

    var box: RoIBoxTrace? { trace.boxes.first }
    var mapRows: Int { params.input.shape[1] }
    var mapCols: Int { params.input.shape[2] }

    /// Bin rows that contain map row `y` (bins may share a row: torchvision floors the start and ceils the end).
    func binRows(containing y: Int) -> [Int] {
        trace.bins.filter { $0.binX == 0 && $0.hstart <= y && y < $0.hend }.map(\.binY)
    }

    /// Bin columns that contain map column `x`.
    func binCols(containing x: Int) -> [Int] {
        trace.bins.filter { $0.binY == 0 && $0.wstart <= x && x < $0.wend }.map(\.binX)
    }

    /// The bins finished after `count` steps and the running max of the bin in progress.
    func progress(after count: Int) -> (done: Set<Int>, current: Step?) {
        var done = Set<Int>()
        let current = count > 0 && count <= steps.count ? steps[count - 1] : nil
        for (i, bin) in trace.bins.enumerated() {
            let lastStep = steps.lastIndex { $0.bin == i } ?? -1
            if lastStep < count { done.insert(i) }
            _ = bin
        }
        return (done, current)
    }

    /// "rows a–b" for a half-open range.
    static func span(_ start: Int, _ end: Int) -> String { end - 1 > start ? "\(start)–\(end - 1)" : "\(start)" }

    /// One line per bin: bounds, the cells read, the max (for `--plain`).
    func binLines(_ context: SceneContext) -> [String] {
        trace.bins.map { bin in
            let cells = bin.reads.map { VisionDraw.number($0.value) }.joined(separator: " ")
            let bounds = context.tr("rows \(Self.span(bin.hstart, bin.hend)), cols \(Self.span(bin.wstart, bin.wend))",
                                    "\(Self.span(bin.hstart, bin.hend))행, \(Self.span(bin.wstart, bin.wend))열")
            if bin.isEmpty {
                return context.tr("bin (\(bin.binY),\(bin.binX)): empty → 0", "bin (\(bin.binY),\(bin.binX)): 빈 칸 → 0")
            }
            return "bin (\(bin.binY),\(bin.binX)): \(bounds); " + context.tr("cells", "칸") + " \(cells); max \(VisionDraw.number(bin.value))"
        }
    }

    /// The box summary line.
    func summary(_ context: SceneContext) -> String {
        guard let box else { return "" }
        let w = max(box.endX - box.startX + 1, 1), h = max(box.endY - box.startY + 1, 1)
        let t = VisionDraw.times(context)
        let scale = params.spatialScale == 1 ? "" : " × \(VisionDraw.number(params.spatialScale))"
        return context.tr(
            "box (\(params.box[0]),\(params.box[1]))–(\(params.box[2]),\(params.box[3]))\(scale): \(h)\(t)\(w) cells, bins \(VisionDraw.number(box.binHeight))\(t)\(VisionDraw.number(box.binWidth)) → OUTPUT \(params.outputH)\(t)\(params.outputW)",
            "박스 (\(params.box[0]),\(params.box[1]))–(\(params.box[2]),\(params.box[3]))\(scale): \(h)\(t)\(w)칸, bin \(VisionDraw.number(box.binHeight))\(t)\(VisionDraw.number(box.binWidth)) → 출력 \(params.outputH)\(t)\(params.outputW)")
    }

    /// The whole computation as text lines.
    public func plainLines(_ context: SceneContext) -> [String] {
        var out = [summary(context)]
        out += binLines(context)
        out.append(context.tr("OUTPUT", "출력") + " \(params.outputH)\(VisionDraw.times(context))\(params.outputW):")
        let cw = VisionDraw.cellWidth(output.data)
        for r in 0..<params.outputH {
            out.append("  " + (0..<params.outputW).map { c in DisplayWidth.padLeft(VisionDraw.number(output.data[r * params.outputW + c]), to: cw) }.joined())
        }
        return out
    }
}
