/// A `C×H×W` or `N×C×H×W` tensor seen as a batch of images.
struct Batched {
    let n: Int, c: Int, h: Int, w: Int
    /// Whether the caller passed `C×H×W` (so the result drops the batch dimension again).
    let unbatched: Bool

    init(_ t: Tensor, name: String = "input") throws(EngineError) {
        switch t.rank {
        case 3:
            (n, c, h, w, unbatched) = (1, t.shape[0], t.shape[1], t.shape[2], true)
        case 4:
            (n, c, h, w, unbatched) = (t.shape[0], t.shape[1], t.shape[2], t.shape[3], false)
        default:
            throw EngineError("\(name) must be C×H×W or N×C×H×W, got rank \(t.rank) (shape \(describe(shape: t.shape)))")
        }
        guard n > 0, c > 0, h > 0, w > 0 else {
            throw EngineError("\(name) has an empty dimension (shape \(describe(shape: t.shape)))")
        }
    }

    /// The output shape in the caller's rank.
    func shape(c: Int, h: Int, w: Int) -> [Int] { unbatched ? [c, h, w] : [n, c, h, w] }
}
