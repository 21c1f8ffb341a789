/// A (height, width) pair of integers, as PyTorch accepts `int` or `(int, int)` for stride, dilation, ...
public struct IntPair: Equatable, Sendable, CustomStringConvertible {
    /// The value along the height (rows).
    public var h: Int
    /// The value along the width (columns).
    public var w: Int

    /// Creates a pair.
    public init(_ h: Int, _ w: Int) { self.h = h; self.w = w }

    /// The same value along both axes.
    public static func square(_ v: Int) -> IntPair { IntPair(v, v) }

    public var description: String { h == w ? "\(h)" : "(\(h), \(w))" }

    /// `h×w`, for kernel and size messages.
    var times: String { "\(h)×\(w)" }
}

/// Zero padding on the four sides of a plane.
public struct Sides: Equatable, Sendable, CustomStringConvertible {
    public var top: Int, bottom: Int, left: Int, right: Int

    /// Creates explicit four-sided padding.
    public init(top: Int, bottom: Int, left: Int, right: Int) {
        self.top = top; self.bottom = bottom; self.left = left; self.right = right
    }

    /// Symmetric padding `pair.h` above and below, `pair.w` left and right.
    public init(symmetric pair: IntPair) { self.init(top: pair.h, bottom: pair.h, left: pair.w, right: pair.w) }

    public var description: String {
        if top == bottom && left == right { return IntPair(top, left).description }
        return "top \(top), bottom \(bottom), left \(left), right \(right)"
    }
}

/// Convolution padding as `torch.nn.functional.conv2d` takes it, plus explicit four sides.
public enum ConvPadding: Equatable, Sendable {
    /// `padding="valid"`: no padding.
    case valid
    /// `padding="same"`: output size equals input size (stride 1 only); an odd total goes to the bottom/right.
    case same
    /// An int or a pair: the same padding on both sides of each axis.
    case symmetric(IntPair)
    /// Explicit top/bottom/left/right (what `F.pad` followed by an unpadded conv does).
    case sides(Sides)

    /// `padding=n`.
    public static func int(_ n: Int) -> ConvPadding { .symmetric(.square(n)) }

    /// The four sides for a kernel, with PyTorch's rule for `same`.
    func resolve(kernel: IntPair, dilation: IntPair, stride: IntPair) throws(EngineError) -> Sides {
        switch self {
        case .valid:
            return Sides(symmetric: .square(0))
        case .same:
            guard stride == .square(1) else {
                throw EngineError("padding 'same' needs stride 1, got stride \(stride)")
            }
            let th = dilation.h * (kernel.h - 1), tw = dilation.w * (kernel.w - 1)
            return Sides(top: th / 2, bottom: th - th / 2, left: tw / 2, right: tw - tw / 2)
        case .symmetric(let p):
            return Sides(symmetric: p)
        case .sides(let s):
            return s
        }
    }
}

/// Checks shared by the convolution and pooling arguments.
enum Check {
    static func positive(_ p: IntPair, _ name: String) throws(EngineError) {
        guard p.h > 0, p.w > 0 else { throw EngineError("\(name) must be positive, got \(name) \(p)") }
    }

    static func nonNegative(_ s: Sides, _ name: String) throws(EngineError) {
        guard s.top >= 0, s.bottom >= 0, s.left >= 0, s.right >= 0 else {
            throw EngineError("\(name) must not be negative, got \(name) \(s)")
        }
    }

    static func nonNegative(_ p: IntPair, _ name: String) throws(EngineError) {
        guard p.h >= 0, p.w >= 0 else { throw EngineError("\(name) must not be negative, got \(name) \(p)") }
    }

    /// Limits every size argument so that index arithmetic can never overflow.
    static func bounded(_ p: IntPair, _ name: String) throws(EngineError) {
        guard abs(p.h) <= 1_000_000, abs(p.w) <= 1_000_000 else {
            throw EngineError("\(name) \(p) is out of range (at most 1000000)")
        }
    }

    static func bounded(_ s: Sides, _ name: String) throws(EngineError) {
        try bounded(IntPair(s.top, s.bottom), name)
        try bounded(IntPair(s.left, s.right), name)
    }
}

extension Check {
    /// The most multiply-adds one request may ask for, so that no request can hang the program.
    static let workLimit = 2_000_000_000

    /// Fails when the product of `factors` (the multiply-adds of an op) exceeds `workLimit`.
    static func work(_ factors: [Int], _ what: String) throws(EngineError) {
        var total = 1
        for f in factors {
            let (p, overflow) = total.multipliedReportingOverflow(by: max(f, 0))
            if overflow || p > workLimit {
                throw EngineError("\(what) needs more than \(workLimit) operations (\(factors.map(String.init).joined(separator: " × "))): make it smaller")
            }
            total = p
        }
    }
}
