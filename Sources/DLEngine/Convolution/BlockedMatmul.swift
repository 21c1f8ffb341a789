/// Matrix multiply C = A·B in blocks with SIMD registers, float64, for the conv2d fast path (and any
/// other op that lowers to a matrix product, such as a convolution's backward).
///
/// Every C element is summed in increasing k from 0.0, one rounded multiply and one rounded add per
/// term (no fused multiply-add), so a result is bit for bit the plain triple loop
/// `var s = 0.0; for k in 0..<K { s += a[i][k] * b[k][j] }`.
public enum BlockedMatmul {
    /// Rows of A (and C) one micro-kernel call computes.
    static let rows = 4
    /// Columns of B (and C) one micro-kernel call computes: one `Lane` wide.
    static let columns = Lane.scalarCount
    typealias Lane = SIMD4<Double>

    /// C = A·B with A row-major `m×k`, B row-major `k×n`; the result is row-major `m×n`.
    public static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        precondition(a.count == m * k && b.count == k * n, "BlockedMatmul.multiply: sizes do not match the arrays")
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        let packedA = packRows(a, m: m, k: k)
        var panel = [Double](repeating: 0, count: k * columns)
        b.withUnsafeBufferPointer { bp in
            packedA.withUnsafeBufferPointer { ap in
                panel.withUnsafeMutableBufferPointer { pp in
                    c.withUnsafeMutableBufferPointer { cp in
                        guard let aBase = ap.baseAddress, let pBase = pp.baseAddress else { return }
                        var j0 = 0
                        while j0 < n {
                            let width = min(columns, n - j0)
                            for kk in 0..<k {
                                for lane in 0..<columns {
                                    pp[kk * columns + lane] = lane < width ? bp[kk * n + j0 + lane] : 0
                                }
                            }
                            var i0 = 0
                            while i0 < m {
                                let height = min(rows, m - i0)
                                let tile = microKernel(k: k, a: aBase + i0 * k, b: pBase)
                                for r in 0..<height {
                                    let row = lane(of: tile, r)
                                    for lane in 0..<width { cp[(i0 + r) * n + j0 + lane] = row[lane] }
                                }
                                i0 += rows
                            }
                            j0 += columns
                        }
                    }
                }
            }
        }
        return c
    }

    /// A row-major `m×k` matrix in blocks of `rows` rows, each stored k-major (`k×rows`), the last
    /// block padded with zero rows: the layout `microKernel` reads.
    static func packRows(_ a: [Double], m: Int, k: Int) -> [Double] {
        let blocks = (m + rows - 1) / rows
        var packed = [Double](repeating: 0, count: blocks * rows * k)
        for i in 0..<m {
            let (block, r) = (i / rows, i % rows)
            for kk in 0..<k { packed[(block * k + kk) * rows + r] = a[i * k + kk] }
        }
        return packed
    }

    /// One `rows × columns` tile of A·B: `a` is one packed row block (`k×rows`), `b` one packed
    /// column panel (`k×columns`). Each lane accumulates its own C element in increasing k.
    @inline(__always)
    static func microKernel(k: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>) -> (Lane, Lane, Lane, Lane) {
        var c0 = Lane(), c1 = Lane(), c2 = Lane(), c3 = Lane()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<k {
            let bv = pb.loadUnaligned(as: Lane.self)
            c0 += Lane(repeating: pa[0]) * bv
            c1 += Lane(repeating: pa[1]) * bv
            c2 += Lane(repeating: pa[2]) * bv
            c3 += Lane(repeating: pa[3]) * bv
            pa += rows
            pb += MemoryLayout<Lane>.stride
        }
        return (c0, c1, c2, c3)
    }

    /// Row `r` of a micro-kernel tile.
    @inline(__always)
    static func lane(of tile: (Lane, Lane, Lane, Lane), _ r: Int) -> Lane {
        switch r {
        case 0: return tile.0
        case 1: return tile.1
        case 2: return tile.2
        default: return tile.3
        }
    }
}
