/// Where one output unit looks in the input, along one spatial axis: receptive field `r`,
/// effective stride (jump) and effective padding. Unit `j` covers input positions
/// `j·stride − padding … j·stride − padding + r − 1`.
///
/// Convention for blocks (concat, residual add): the footprint is the union of the branches'
/// footprints. In every built-in model each other branch (shortcut, 1×1 branch, pooling branch)
/// lies inside the main path (the deepest branch), so the union is the main path's footprint.
public struct Footprint: Equatable, Sendable {
    public var receptiveField: Int
    public var stride: Int
    public var padding: Int

    public init(receptiveField: Int, stride: Int, padding: Int) {
        self.receptiveField = receptiveField
        self.stride = stride
        self.padding = padding
    }

    /// The input itself: each unit sees one pixel.
    public static let identity = Footprint(receptiveField: 1, stride: 1, padding: 0)

    /// After a window of `kernel` (dilated by `dilation`) moving by `stride` with `leadingPad` zeros
    /// before the first position: `r += d(k−1)·jump`, `padding += pad·jump`, `jump *= s`.
    /// Nil if the numbers overflow.
    public func through(kernel: Int, stride s: Int, leadingPad: Int, dilation: Int = 1) -> Footprint? {
        guard let grow = Checked.product(dilation, kernel - 1, stride), let jump = Checked.product(stride, s),
              let shift = Checked.product(leadingPad, stride),
              let r = Checked.sum([receptiveField, grow]), let p = Checked.sum([padding, shift]) else { return nil }
        return Footprint(receptiveField: r, stride: jump, padding: p)
    }

    /// The union of branch footprints, or nil when the branches move with different strides.
    public static func union(_ parts: [Footprint]) -> Footprint? {
        guard let first = parts.first, parts.allSatisfy({ $0.stride == first.stride }) else { return nil }
        let start = parts.map { -$0.padding }.min() ?? 0
        let end = parts.map { -$0.padding + $0.receptiveField - 1 }.max() ?? 0
        return Footprint(receptiveField: end - start + 1, stride: first.stride, padding: -start)
    }

    /// Footprint of a stack of `kernel/stride/dilation` windows without padding, from the input;
    /// nil if the numbers overflow.
    public static func ofStack(_ windows: [(kernel: Int, stride: Int, dilation: Int)]) -> Footprint? {
        var fp: Footprint? = .identity
        for w in windows { fp = fp?.through(kernel: w.kernel, stride: w.stride, leadingPad: 0, dilation: w.dilation) }
        return fp
    }
}
