/// `a + b` for tensors of the same shape (a skip connection `x + f(x)`).
public func add(_ a: Tensor, _ b: Tensor) throws(EngineError) -> Tensor {
    guard a.shape == b.shape else {
        throw EngineError("add needs equal shapes, got \(describe(shape: a.shape)) and \(describe(shape: b.shape))")
    }
    return Tensor(uncheckedShape: a.shape, data: zip(a.data, b.data).map { $0 + $1 })
}

/// `torch.cat(tensors, dim=channel)` for `C×H×W` or `N×C×H×W` tensors (DenseNet's concatenation).
public func concatChannels(_ tensors: [Tensor]) throws(EngineError) -> Tensor {
    guard let first = tensors.first else { throw EngineError("concat needs at least one tensor") }
    let b0 = try Batched(first)
    var channels = 0
    for (i, t) in tensors.enumerated() {
        let b = try Batched(t, name: "tensor \(i)")
        guard t.rank == first.rank, b.n == b0.n, b.h == b0.h, b.w == b0.w else {
            throw EngineError("concat on channels needs equal batch and spatial sizes: tensor \(i) is \(describe(shape: t.shape)), tensor 0 is \(describe(shape: first.shape))")
        }
        channels += b.c
    }
    let plane = b0.h * b0.w
    var out: [Double] = []
    out.reserveCapacity(b0.n * channels * plane)
    for n in 0..<b0.n {
        for t in tensors {
            let c = t.rank == 4 ? t.shape[1] : t.shape[0]
            out.append(contentsOf: t.data[(n * c * plane)..<((n + 1) * c * plane)])
        }
    }
    return Tensor(uncheckedShape: b0.shape(c: channels, h: b0.h, w: b0.w), data: out)
}

/// `torch.flatten(t, start_dim)`: merges dimensions `startDim...` into one (1 keeps a batch dimension).
public func flatten(_ t: Tensor, startDim: Int = 0) throws(EngineError) -> Tensor {
    guard startDim >= 0, startDim < max(t.rank, 1) else {
        throw EngineError("flatten start_dim \(startDim) is out of range for rank \(t.rank)")
    }
    guard t.rank > 0 else { return Tensor(uncheckedShape: [1], data: t.data) }
    let kept = Array(t.shape[..<startDim])
    return Tensor(uncheckedShape: kept + [t.shape[startDim...].reduce(1, *)], data: t.data)
}
