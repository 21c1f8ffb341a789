/// A dense row-major tensor of doubles in PyTorch layout (`C×H×W`, `N×C×H×W`, ...).
public struct Tensor: Equatable, Sendable {
    /// The size of each dimension, outermost first.
    public let shape: [Int]
    /// The elements in row-major order; `data.count` is the product of `shape`.
    public var data: [Double]

    /// Creates a tensor, checking that the shape is non-negative and matches the element count.
    public init(shape: [Int], data: [Double]) throws(EngineError) {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw EngineError("shape \(shape) has a negative dimension \(bad)")
        }
        let count = try Tensor.elementCount(shape)
        guard count == data.count else {
            throw EngineError("shape \(describe(shape: shape)) needs \(count) values but \(data.count) were given")
        }
        self.shape = shape
        self.data = data
    }

    /// A tensor of zeros with `shape` (the shape must already be valid).
    public init(zeros shape: [Int]) {
        self.shape = shape
        self.data = Array(repeating: 0, count: shape.reduce(1, *))
    }

    /// Internal unchecked initialiser for shapes computed by the engine itself.
    init(uncheckedShape shape: [Int], data: [Double]) {
        self.shape = shape
        self.data = data
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { data.count }

    /// The product of `shape`, failing instead of overflowing.
    static func elementCount(_ shape: [Int]) throws(EngineError) -> Int {
        var count = 1
        for d in shape {
            let (p, overflow) = count.multipliedReportingOverflow(by: d)
            if overflow || p > 20_000_000 {
                throw EngineError("shape \(describe(shape: shape)) has too many elements (limit 20000000)")
            }
            count = p
        }
        return count
    }

    /// The same data seen with another shape of equal element count.
    public func reshaped(_ newShape: [Int]) throws(EngineError) -> Tensor {
        try Tensor(shape: newShape, data: data)
    }

    /// The element at a full multi-index (row-major), or nil when the index is out of range.
    public func value(at index: [Int]) -> Double? {
        guard index.count == shape.count else { return nil }
        var flat = 0
        for (i, d) in zip(index, shape) {
            guard i >= 0, i < d else { return nil }
            flat = flat * d + i
        }
        return data[flat]
    }
}
