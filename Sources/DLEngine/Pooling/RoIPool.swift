import Foundation

/// One RoI-pooling bin for one channel: torchvision's bin bounds, the cells read and the max.
public struct RoIBinTrace: Equatable, Sendable {
    /// Box index, channel, bin row and column.
    public let box: Int, channel: Int, binY: Int, binX: Int
    /// Rows `hstart..<hend` and columns `wstart..<wend`, clipped to the input, as torchvision computes them.
    public let hstart: Int, hend: Int, wstart: Int, wend: Int
    /// The cells read in row-major order with the running max after each.
    public let reads: [PoolRead]
    /// True when the bin holds no cell (its value is 0).
    public let isEmpty: Bool
    /// The flat index `y·W + x` of the max in its plane, or -1 for an empty bin.
    public let argmax: Int
    public let value: Double
}

/// A box after scaling and rounding, and the bin size torchvision derives from it.
public struct RoIBoxTrace: Equatable, Sendable {
    public let batchIndex: Int
    /// round(x1·scale), round(y1·scale), round(x2·scale), round(y2·scale).
    public let startX: Int, startY: Int, endX: Int, endY: Int
    /// max(end − start + 1, 1) divided by the output size.
    public let binHeight: Double, binWidth: Double
}

/// The record of a roi_pool call: boxes, then bins in output order (box, channel, bin row, bin column).
public struct RoIPoolTrace: Equatable, Sendable {
    public let outputShape: [Int]
    public let boxes: [RoIBoxTrace]
    public let bins: [RoIBinTrace]

    /// Replays the trace: each bin's max (strictly greater wins, starting from −FLT_MAX), 0 when empty.
    public func replay() -> Tensor {
        var out = Tensor(zeros: outputShape)
        let (c, h, w) = (outputShape[1], outputShape[2], outputShape[3])
        for bin in bins {
            var v = bin.isEmpty ? 0 : -Double(Float.greatestFiniteMagnitude)
            for r in bin.reads where r.value > v { v = r.value }
            out.data[((bin.box * c + bin.channel) * h + bin.binY) * w + bin.binX] = v
        }
        return out
    }
}

/// A region of interest `[x1, y1, x2, y2]` in input coordinates, on image `batchIndex` of the batch.
public struct RoIBox: Equatable, Sendable {
    public var batchIndex: Int
    public var x1: Double, y1: Double, x2: Double, y2: Double

    /// Creates a box on batch image `batchIndex` (0 for an unbatched input).
    public init(batchIndex: Int = 0, x1: Double, y1: Double, x2: Double, y2: Double) {
        self.batchIndex = batchIndex; self.x1 = x1; self.y1 = y1; self.x2 = x2; self.y2 = y2
    }
}

/// `torchvision.ops.roi_pool`: max pooling of each box into `outputSize` bins. Output `K×C×h×w`.
public func roiPool(
    _ input: Tensor, boxes: [RoIBox], outputSize: IntPair, spatialScale: Double = 1
) throws(EngineError) -> Tensor {
    try roiPoolTraced(input, boxes: boxes, outputSize: outputSize, spatialScale: spatialScale).output
}

/// roi_pool together with its trace; bins follow torchvision's `roi_pool_kernel.cpp` exactly.
public func roiPoolTraced(
    _ input: Tensor, boxes: [RoIBox], outputSize: IntPair, spatialScale: Double = 1
) throws(EngineError) -> (output: Tensor, trace: RoIPoolTrace) {
    let b = try Batched(input)
    try Check.positive(outputSize, "output_size")
    try Check.bounded(outputSize, "output_size")
    guard spatialScale.isFinite, spatialScale > 0 else {
        throw EngineError("spatial_scale must be a positive number, got \(spatialScale)")
    }
    let (C, H, W, ph, pw) = (b.c, b.h, b.w, outputSize.h, outputSize.w)
    let shape = [boxes.count, C, ph, pw]
    _ = try Tensor.elementCount(shape)
    // Bins of one row or column overlap by at most one cell, so each box reads at most (H+h)(W+w) cells per channel.
    try Check.work([boxes.count, C, H + ph, W + pw], "roi_pool")
    var out = [Double](repeating: 0, count: boxes.count * C * ph * pw)
    var boxTraces: [RoIBoxTrace] = [], bins: [RoIBinTrace] = []
    for (k, box) in boxes.enumerated() {
        guard box.batchIndex >= 0, box.batchIndex < b.n else {
            throw EngineError("box \(k) refers to batch image \(box.batchIndex) but the batch has \(b.n)")
        }
        var scaled: [Int] = []
        for v in [box.x1, box.y1, box.x2, box.y2] {
            let s = (v * spatialScale).rounded(.toNearestOrAwayFromZero)
            guard s.isFinite, abs(s) <= 1e9 else {
                throw EngineError("box \(k) coordinate \(v) × spatial_scale \(spatialScale) is out of range")
            }
            scaled.append(Int(s))
        }
        let (sx, sy, ex, ey) = (scaled[0], scaled[1], scaled[2], scaled[3])
        let roiW = max(ex - sx + 1, 1), roiH = max(ey - sy + 1, 1)
        let binH = Double(roiH) / Double(ph), binW = Double(roiW) / Double(pw)
        boxTraces.append(RoIBoxTrace(batchIndex: box.batchIndex, startX: sx, startY: sy, endX: ex, endY: ey, binHeight: binH, binWidth: binW))
        for c in 0..<C {
            let plane = (box.batchIndex * C + c) * H * W
            for by in 0..<ph {
                for bx in 0..<pw {
                    let hstart = min(max(Int(floor(Double(by) * binH)) + sy, 0), H)
                    let hend = min(max(Int(ceil(Double(by + 1) * binH)) + sy, 0), H)
                    let wstart = min(max(Int(floor(Double(bx) * binW)) + sx, 0), W)
                    let wend = min(max(Int(ceil(Double(bx + 1) * binW)) + sx, 0), W)
                    let empty = hend <= hstart || wend <= wstart
                    var best = empty ? 0 : -Double(Float.greatestFiniteMagnitude)
                    var argmax = -1
                    var reads: [PoolRead] = []
                    for y in hstart..<max(hend, hstart) {
                        for x in wstart..<max(wend, wstart) {
                            let v = input.data[plane + y * W + x]
                            if v > best { best = v; argmax = y * W + x }
                            reads.append(PoolRead(y: y, x: x, isPadding: false, value: v, running: best))
                        }
                    }
                    out[((k * C + c) * ph + by) * pw + bx] = best
                    bins.append(RoIBinTrace(
                        box: k, channel: c, binY: by, binX: bx, hstart: hstart, hend: hend, wstart: wstart, wend: wend,
                        reads: reads, isEmpty: empty, argmax: argmax, value: best))
                }
            }
        }
    }
    let output = Tensor(uncheckedShape: shape, data: out)
    return (output, RoIPoolTrace(outputShape: shape, boxes: boxTraces, bins: bins))
}
