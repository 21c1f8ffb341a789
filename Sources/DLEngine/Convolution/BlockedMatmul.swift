/// Matrix multiply C = A·B in register tiles, float64, for the conv2d fast path (and any other op that
/// lowers to a matrix product, such as a convolution's backward).
///
/// Every C element is summed in increasing k from 0.0, one rounded multiply and one rounded add per
/// term (no fused multiply-add), so a result is bit for bit the plain triple loop
/// `var s = 0.0; for k in 0..<K { s += a[i][k] * b[k][j] }`, whichever `MatmulKernel` runs.
///
/// The portable tile (`microKernel`) is 4 rows × 6 columns: 12 accumulators of two lanes, the 3
/// vectors of a B row and one of A fill the 16 vector registers of baseline x86-64 (SSE2; arm64 has
/// 32). A is packed with every element stored twice (`MatmulKernel.packRows`), so a row's multiplier
/// is one plain vector load instead of a load and a shuffle; B is read through a table of per-k
/// offsets, so a convolution can hand over its (padded) input directly, without an im2col copy.
public enum BlockedMatmul {
    /// Rows of A (and C) one portable micro-kernel call computes.
    static let rows = 4
    /// Columns of B (and C) one portable micro-kernel call computes.
    static let columns = 6
    typealias Lane = SIMD2<Double>

    /// C = A·B with A row-major `m×k`, B row-major `k×n`; the result is row-major `m×n`.
    public static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        multiply(a, b, m: m, k: k, n: n, kernel: .best)
    }

    /// `multiply` on a given kernel.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int, kernel: MatmulKernel) -> [Double] {
        precondition(a.count == m * k && b.count == k * n, "BlockedMatmul.multiply: sizes do not match the arrays")
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0, n > 0 else { return c }
        let (width, blocks) = (kernel.columns, kernel.blockCount(m))
        let packedA = kernel.packRows(a, rowCount: m, k: k)
        // One panel of B (k × width, the missing columns of the last one zero) at a time.
        var panel = [Double](repeating: 0, count: k * width + 1)
        let offsets = (0..<max(1, k)).map { $0 * width }
        var tile = [Double](repeating: 0, count: blocks * kernel.rows * width)
        packedA.withUnsafeBufferPointer { ap in
            offsets.withUnsafeBufferPointer { op in
                panel.withUnsafeMutableBufferPointer { pp in
                    tile.withUnsafeMutableBufferPointer { tp in
                        guard let a0 = ap.baseAddress, let o0 = op.baseAddress,
                              let p0 = pp.baseAddress, let t0 = tp.baseAddress else { return }
                        for j0 in stride(from: 0, to: n, by: width) {
                            let count = min(width, n - j0)
                            for kk in 0..<k {
                                for lane in 0..<width { p0[kk * width + lane] = lane < count ? b[kk * n + j0 + lane] : 0 }
                            }
                            kernel.panel(k: k, blocks: blocks, packed: a0, b: p0, offsets: o0, tile: t0)
                            for i in 0..<m {
                                for lane in 0..<count { c[i * n + j0 + lane] = t0[i * width + lane] }
                            }
                        }
                    }
                }
            }
        }
        return c
    }

    /// One `rows × columns` tile of A·B written row-major to `tile`: `a` is one packed row block
    /// (`MatmulKernel.packRows`, every value twice), and row kk of B is the `columns` values starting
    /// at `b[offsets[kk]]`. Each lane accumulates its own C element in increasing k.
    @inline(__always)
    static func microKernel(k: Int, a: UnsafeRawPointer, b: UnsafePointer<Double>, offsets: UnsafePointer<Int>,
                            into tile: UnsafeMutableRawPointer) {
        var c00 = Lane(), c01 = Lane(), c02 = Lane()
        var c10 = Lane(), c11 = Lane(), c12 = Lane()
        var c20 = Lane(), c21 = Lane(), c22 = Lane()
        var c30 = Lane(), c31 = Lane(), c32 = Lane()
        var pa = a
        let step = MemoryLayout<Lane>.stride
        for kk in 0..<k {
            let pb = UnsafeRawPointer(b + offsets[kk])
            let b0 = pb.loadUnaligned(as: Lane.self)
            let b1 = pb.loadUnaligned(fromByteOffset: step, as: Lane.self)
            let b2 = pb.loadUnaligned(fromByteOffset: 2 * step, as: Lane.self)
            var x = pa.loadUnaligned(as: Lane.self)
            c00 += x * b0; c01 += x * b1; c02 += x * b2
            x = pa.loadUnaligned(fromByteOffset: step, as: Lane.self)
            c10 += x * b0; c11 += x * b1; c12 += x * b2
            x = pa.loadUnaligned(fromByteOffset: 2 * step, as: Lane.self)
            c20 += x * b0; c21 += x * b1; c22 += x * b2
            x = pa.loadUnaligned(fromByteOffset: 3 * step, as: Lane.self)
            c30 += x * b0; c31 += x * b1; c32 += x * b2
            pa += rows * step
        }
        tile.storeBytes(of: c00, toByteOffset: 0 * step, as: Lane.self)
        tile.storeBytes(of: c01, toByteOffset: 1 * step, as: Lane.self)
        tile.storeBytes(of: c02, toByteOffset: 2 * step, as: Lane.self)
        tile.storeBytes(of: c10, toByteOffset: 3 * step, as: Lane.self)
        tile.storeBytes(of: c11, toByteOffset: 4 * step, as: Lane.self)
        tile.storeBytes(of: c12, toByteOffset: 5 * step, as: Lane.self)
        tile.storeBytes(of: c20, toByteOffset: 6 * step, as: Lane.self)
        tile.storeBytes(of: c21, toByteOffset: 7 * step, as: Lane.self)
        tile.storeBytes(of: c22, toByteOffset: 8 * step, as: Lane.self)
        tile.storeBytes(of: c30, toByteOffset: 9 * step, as: Lane.self)
        tile.storeBytes(of: c31, toByteOffset: 10 * step, as: Lane.self)
        tile.storeBytes(of: c32, toByteOffset: 11 * step, as: Lane.self)
    }
}
