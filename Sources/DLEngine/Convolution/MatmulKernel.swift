import CConvKernels

/// The register-tile kernel a blocked matrix multiply runs on: the portable Swift SIMD one, or the
/// AVX one (CConvKernels) where the processor has AVX, chosen at run time. Both sum every element in
/// increasing k from 0.0 with separate roundings, so they give the same bits.
public enum MatmulKernel: CaseIterable, Sendable {
    /// `BlockedMatmul.microKernel`: 4 rows × 6 columns of `SIMD2<Double>` (SSE2 on x86-64, NEON on arm64).
    case portable
    /// `dl_conv_panel_avx`: 8 rows × 4 columns of 256-bit vectors.
    case avx

    /// The fastest kernel this machine runs.
    public static let best: MatmulKernel = dl_conv_avx_available() != 0 ? .avx : .portable

    /// The kernels this machine runs (for the tests: each must equal the loop).
    public static var available: [MatmulKernel] { best == .avx ? [.portable, .avx] : [.portable] }

    /// Rows of A one tile covers.
    var rows: Int { self == .portable ? BlockedMatmul.rows : Int(DL_CONV_AVX_ROWS) }
    /// Columns of B one tile covers.
    var columns: Int { self == .portable ? BlockedMatmul.columns : Int(DL_CONV_AVX_COLUMNS) }

    /// Row blocks covering `m` rows.
    func blockCount(_ m: Int) -> Int { (m + rows - 1) / rows }

    /// `rowCount` rows of `k` values (row-major from `a[first]`) packed for this kernel: blocks of `rows`
    /// rows, k-major, the last block padded with zero rows (the portable kernel stores each value twice);
    /// never empty, so its buffer always has an address.
    func packRows(_ a: [Double], first: Int = 0, rowCount: Int, k: Int) -> [Double] {
        let copies = self == .portable ? 2 : 1
        var packed = [Double](repeating: 0, count: max(1, blockCount(rowCount) * rows * k * copies))
        a.withUnsafeBufferPointer { src in
            packed.withUnsafeMutableBufferPointer { dst in
                for i in 0..<rowCount {
                    let (block, r) = (i / rows, i % rows)
                    for kk in 0..<k {
                        let at = ((block * k + kk) * rows + r) * copies
                        for copy in 0..<copies { dst[at + copy] = src[first + i * k + kk] }
                    }
                }
            }
        }
        return packed
    }

    /// All `blocks` row blocks of `packed` times one panel of B (row kk: `columns` values at
    /// `b + offsets[kk]`) into `tile`: block t's `rows × columns` elements row-major from `t × rows × columns`.
    func panel(k: Int, blocks: Int, packed: UnsafePointer<Double>, b: UnsafePointer<Double>, offsets: UnsafePointer<Int>,
               tile: UnsafeMutablePointer<Double>) {
        switch self {
        case .avx:
            dl_conv_panel_avx(k, blocks, packed, b, offsets, tile)
        case .portable:
            let size = rows * columns
            for block in 0..<blocks {
                BlockedMatmul.microKernel(k: k, a: UnsafeRawPointer(packed + block * k * rows * 2), b: b, offsets: offsets,
                                          into: UnsafeMutableRawPointer(tile + block * size))
            }
        }
    }
}
