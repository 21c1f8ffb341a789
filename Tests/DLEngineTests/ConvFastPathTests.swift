@testable import DLEngine
import XCTest

/// The conv2d fast path (implicit im2col + blocked SIMD matrix multiply) against the readable loop,
/// compared bit for bit (IEEE bit patterns, so even a -0.0 for +0.0 would fail), and the matrix
/// multiply against the plain triple loop — on every kernel this machine runs (the portable Swift
/// SIMD tile everywhere, the AVX tile where the processor has AVX).
final class ConvFastPathTests: XCTestCase {
    private var rng = SeededGenerator(seed: 17)

    private func randomFloats(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in rng.uniform(-1, 1) })
    }

    private func assertBitForBit(_ fast: Tensor, _ loop: Tensor, _ message: String = "", line: UInt = #line) {
        XCTAssertEqual(fast.shape, loop.shape, message, line: line)
        XCTAssertEqual(fast.data.map(\.bitPattern), loop.data.map(\.bitPattern), message, line: line)
    }

    private func checkShape(input: [Int], weight: [Int], options: Conv2DOptions, line: UInt = #line) throws {
        let x = try randomFloats(input), w = try randomFloats(weight), b = try randomFloats([weight[0]])
        for bias in [b, nil] {
            let loop = try conv2d(x, weight: w, bias: bias, options: options)
            for kernel in MatmulKernel.available {
                assertBitForBit(try conv2dFast(x, weight: w, bias: bias, options: options, kernel: kernel), loop,
                                "\(kernel), bias \(bias != nil)", line: line)
            }
            assertBitForBit(try conv2dFast(x, weight: w, bias: bias, options: options), loop, "best kernel", line: line)
        }
    }

    /// The benchmark shape of `dlstudy-bench`: 1×16×56×56, 32 filters 3×3, padding 1.
    func testBenchmarkShapeBitForBit() throws {
        try checkShape(input: [1, 16, 56, 56], weight: [32, 16, 3, 3], options: Conv2DOptions(padding: .int(1)))
    }

    /// The training shape of the digits CNN: a batch of 32 images 1×8×8, 8 filters 3×3, padding 1.
    func testTrainingShapeBitForBit() throws {
        try checkShape(input: [32, 1, 8, 8], weight: [8, 1, 3, 3], options: Conv2DOptions(padding: .int(1)))
    }

    /// Random shapes, strides, dilations, asymmetric padding, groups, ranks 3 and 4, with and without
    /// bias; channel and column counts that are not multiples of the register tiles (4×6, 8×4), so panels
    /// are read straight from the padded input (stride 1) or gathered (stride > 1, across rows).
    func testRandomShapesBitForBit() throws {
        for trial in 0..<80 {
            let groups = rng.int(in: 1...3)
            let cIn = groups * rng.int(in: 1...3), cOut = groups * rng.int(in: 1...6)
            let k = IntPair(rng.int(in: 1...4), rng.int(in: 1...4))
            let stride = IntPair(rng.int(in: 1...3), rng.int(in: 1...3))
            let dilation = IntPair(rng.int(in: 1...2), rng.int(in: 1...2))
            let sides = Sides(top: rng.int(in: 0...2), bottom: rng.int(in: 0...2), left: rng.int(in: 0...2), right: rng.int(in: 0...2))
            let padding: ConvPadding = trial % 4 == 0 ? .same : .sides(sides)
            let options = Conv2DOptions(stride: trial % 4 == 0 ? .square(1) : stride, padding: padding, dilation: dilation, groups: groups)
            let spatial = [rng.int(in: 7...12), rng.int(in: 7...12)]
            let input = trial % 3 == 0 ? [cIn] + spatial : [rng.int(in: 1...3), cIn] + spatial
            try checkShape(input: input, weight: [cOut, cIn / groups, k.h, k.w], options: options)
        }
    }

    /// No padding (the input is read in place), and batches whose panels straddle rows and images.
    func testUnpaddedAndStraddlingPanelsBitForBit() throws {
        try checkShape(input: [2, 3, 9, 14], weight: [5, 3, 3, 3], options: Conv2DOptions())
        try checkShape(input: [3, 2, 5, 5], weight: [7, 2, 3, 3], options: Conv2DOptions(padding: .int(1)))
        try checkShape(input: [1, 4, 13, 13], weight: [6, 2, 3, 3], options: Conv2DOptions(padding: .same, dilation: .square(2), groups: 2))
    }

    /// Infinite and NaN inputs propagate exactly as in the loop (padding zeros are multiplied too).
    func testNonFiniteValuesMatchTheLoop() throws {
        var x = try randomFloats([1, 2, 5, 5]), w = try randomFloats([3, 2, 3, 3])
        x = try Tensor(shape: x.shape, data: x.data.enumerated().map { $0.offset == 7 ? .infinity : $0.element })
        w = try Tensor(shape: w.shape, data: w.data.enumerated().map { $0.offset == 4 ? -.infinity : $0.element })
        let o = Conv2DOptions(padding: .int(1))
        let loop = try conv2d(x, weight: w, options: o)
        XCTAssertTrue(loop.data.contains { $0.isNaN } && loop.data.contains { $0.isInfinite })
        for kernel in MatmulKernel.available {
            assertBitForBit(try conv2dFast(x, weight: w, bias: nil, options: o, kernel: kernel), loop, "\(kernel)")
        }
    }

    /// The AVX kernel is chosen exactly when the processor reports AVX (Linux x86-64: the `avx` flag
    /// of /proc/cpuinfo), so the tests above ran it wherever it runs in the app.
    func testAVXKernelChosenWhenTheProcessorHasAVX() throws {
        #if arch(x86_64) && os(Linux)
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }.map { Set($0.split(separator: " ")) } ?? []
        XCTAssertEqual(MatmulKernel.best, flags.contains("avx") ? .avx : .portable)
        #elseif arch(x86_64)
        throw XCTSkip("the processor's flags are read from /proc/cpuinfo (Linux)")
        #else
        XCTAssertEqual(MatmulKernel.best, .portable)
        #endif
    }

    /// `BlockedMatmul.multiply` equals the triple loop summing in increasing k, bit for bit.
    func testBlockedMatmulEqualsTripleLoop() {
        for (m, k, n) in [(1, 1, 1), (3, 5, 7), (4, 8, 8), (4, 6, 6), (9, 13, 17), (8, 9, 12), (32, 144, 70), (5, 0, 3)] {
            let a = (0..<(m * k)).map { _ in rng.uniform(-1, 1) }, b = (0..<(k * n)).map { _ in rng.uniform(-1, 1) }
            var expected = [Double](repeating: 0, count: m * n)
            for i in 0..<m {
                for j in 0..<n {
                    var s = 0.0
                    for kk in 0..<k { s += a[i * k + kk] * b[kk * n + j] }
                    expected[i * n + j] = s
                }
            }
            for kernel in MatmulKernel.available {
                XCTAssertEqual(BlockedMatmul.multiply(a, b, m: m, k: k, n: n, kernel: kernel).map(\.bitPattern),
                               expected.map(\.bitPattern), "\(kernel) \(m)×\(k)·\(k)×\(n)")
            }
        }
    }
}
