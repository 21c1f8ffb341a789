/// `torch.matmul` for matrices: `a` is `n×k`, `b` is `k×m`, the result `n×m`.
public func matmul(_ a: Tensor, _ b: Tensor) throws(EngineError) -> Tensor {
    guard a.rank == 2, b.rank == 2 else {
        throw EngineError("matmul needs two matrices, got shapes \(describe(shape: a.shape)) and \(describe(shape: b.shape))")
    }
    let (n, k, m) = (a.shape[0], a.shape[1], b.shape[1])
    guard b.shape[0] == k else {
        throw EngineError("matmul shapes \(n)×\(k) and \(b.shape[0])×\(m) do not fit: \(k) ≠ \(b.shape[0])")
    }
    var out = [Double](repeating: 0, count: n * m)
    for i in 0..<n {
        for j in 0..<m {
            var sum = 0.0
            for p in 0..<k { sum += a.data[i * k + p] * b.data[p * m + j] }
            out[i * m + j] = sum
        }
    }
    return Tensor(uncheckedShape: [n, m], data: out)
}

/// `torch.nn.functional.linear`: `x·Wᵀ + b` with `weight` `out×in`, `x` a vector `in` or a matrix `N×in`.
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor? = nil) throws(EngineError) -> Tensor {
    guard weight.rank == 2 else {
        throw EngineError("linear weight must be out×in, got shape \(describe(shape: weight.shape))")
    }
    let (outF, inF) = (weight.shape[0], weight.shape[1])
    guard x.rank == 1 || x.rank == 2, x.shape.last == inF else {
        throw EngineError("linear input must be \(inF) or N×\(inF) for weight \(outF)×\(inF), got \(describe(shape: x.shape))")
    }
    if let bias, bias.shape != [outF] {
        throw EngineError("linear bias must have shape \(outF), got \(describe(shape: bias.shape))")
    }
    let rows = x.rank == 1 ? 1 : x.shape[0]
    var out = [Double](repeating: 0, count: rows * outF)
    for r in 0..<rows {
        for o in 0..<outF {
            var sum = 0.0
            for i in 0..<inF { sum += x.data[r * inF + i] * weight.data[o * inF + i] }
            if let bias { sum += bias.data[o] }
            out[r * outF + o] = sum
        }
    }
    return Tensor(uncheckedShape: x.rank == 1 ? [outF] : [rows, outF], data: out)
}
