import Foundation

/// The logistic sigmoid 1 / (1 + e^−x) of one number.
public func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

/// `torch.relu`: max(0, x) elementwise.
public func relu(_ t: Tensor) -> Tensor { t.map { $0 > 0 ? $0 : 0 } }

/// `torch.sigmoid` elementwise.
public func sigmoid(_ t: Tensor) -> Tensor { t.map(sigmoid) }

/// `torch.tanh` elementwise.
public func tanh(_ t: Tensor) -> Tensor { t.map { Foundation.tanh($0) } }

/// `torch.softmax(t, dim)`: exp(x − max) / Σ exp(x − max) along `dim` (negative counts from the end).
public func softmax(_ t: Tensor, dim: Int = -1) throws(EngineError) -> Tensor {
    guard t.rank > 0 else { throw EngineError("softmax needs at least one dimension, got a scalar") }
    let d = dim < 0 ? dim + t.rank : dim
    guard d >= 0, d < t.rank else { throw EngineError("softmax dim \(dim) is out of range for rank \(t.rank)") }
    let size = t.shape[d]
    let inner = t.shape[(d + 1)...].reduce(1, *)
    let outer = t.shape[..<d].reduce(1, *)
    var out = t.data
    for o in 0..<outer {
        for i in 0..<inner {
            let at = { (k: Int) in (o * size + k) * inner + i }
            var m = -Double.infinity
            for k in 0..<size { m = max(m, t.data[at(k)]) }
            var sum = 0.0
            for k in 0..<size {
                let e = exp(t.data[at(k)] - m)
                out[at(k)] = e
                sum += e
            }
            for k in 0..<size { out[at(k)] /= sum }
        }
    }
    return Tensor(uncheckedShape: t.shape, data: out)
}

extension Tensor {
    /// Applies `f` to every element.
    public func map(_ f: (Double) -> Double) -> Tensor {
        Tensor(uncheckedShape: shape, data: data.map(f))
    }
}
