import DLEngine
import XCTest

/// The fast conv2d backward against the readable one on random shapes and every option.
final class ConvBackwardFastTests: XCTestCase {
    func testFastBackwardEqualsTheReadableOne() throws {
        var rng = SeededGenerator(seed: 99)
        for trial in 0..<80 {
            let groups = rng.int(in: 1...2)
            let cIn = groups * rng.int(in: 1...2), cOut = groups * rng.int(in: 1...3)
            let k = IntPair(rng.int(in: 1...3), rng.int(in: 1...3))
            let stride = IntPair(rng.int(in: 1...3), rng.int(in: 1...2)), dilation = IntPair(rng.int(in: 1...2), rng.int(in: 1...2))
            let paddings: [ConvPadding] = [.int(rng.int(in: 0...2)), .symmetric(IntPair(1, 0)),
                                           .sides(Sides(top: 0, bottom: 2, left: 1, right: 0)), .valid]
            var padding = paddings[rng.int(in: 0...3)]
            if stride == .square(1), rng.int(in: 0...3) == 0 { padding = .same }
            let integers = trial % 2 == 0
            let x = try Self.random([2, cIn, rng.int(in: 5...8), rng.int(in: 5...8)], &rng, integers: integers)
            let w = try Self.random([cOut, cIn / groups, k.h, k.w], &rng, integers: integers)
            let options = Conv2DOptions(stride: stride, padding: padding, dilation: dilation, groups: groups)
            let out = try conv2d(x, weight: w, options: options)
            let g = try Self.random(out.shape, &rng, integers: integers)
            let slow = try conv2dBackward(x, weight: w, hasBias: true, options: options, gradOutput: g)
            let fast = try conv2dBackwardFast(x, weight: w, hasBias: true, options: options, gradOutput: g)
            XCTAssertEqual(fast.gradWeight, slow.gradWeight, "trial \(trial): grad_weight adds in the same order")
            XCTAssertEqual(fast.gradBias, slow.gradBias, "trial \(trial)")
            for (a, b) in zip(fast.gradInput.data, slow.gradInput.data) {
                XCTAssertEqual(a, b, accuracy: integers ? 0 : 1e-12, "trial \(trial): grad_input")
            }
            let noInput = try conv2dBackwardFast(x, weight: w, hasBias: false, options: options, gradOutput: g, inputGradient: false)
            XCTAssertEqual(noInput.gradWeight, slow.gradWeight)
            XCTAssertNil(noInput.gradBias)
        }
    }

    private static func random(_ shape: [Int], _ rng: inout SeededGenerator, integers: Bool) throws -> Tensor {
        try Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in integers ? Double(rng.int(in: -4...4)) : rng.uniform(-1, 1) })
    }
}

/// The fast max pooling against the readable one (values and indices), ties and NaN included.
final class MaxPoolFastTests: XCTestCase {
    func testFastMaxPoolEqualsTheReadableOne() throws {
        var rng = SeededGenerator(seed: 5)
        for trial in 0..<120 {
            let k = IntPair(rng.int(in: 1...3), rng.int(in: 1...3))
            let options = Pool2DOptions(
                kernelSize: k, stride: IntPair(rng.int(in: 1...3), rng.int(in: 1...3)),
                padding: IntPair(rng.int(in: 0...(k.h / 2)), rng.int(in: 0...(k.w / 2))),
                dilation: IntPair(rng.int(in: 1...2), rng.int(in: 1...2)), ceilMode: rng.int(in: 0...1) == 1)
            let shape = [2, rng.int(in: 1...3), rng.int(in: 5...8), rng.int(in: 5...8)]
            var data = (0..<shape.reduce(1, *)).map { _ in Double(rng.int(in: -3...3)) }
            if trial % 10 == 0 { data[rng.int(in: 0...(data.count - 1))] = .nan }
            let x = try Tensor(shape: shape, data: data)
            let slow: MaxPoolResult
            do { slow = try maxPool2d(x, options: options) } catch {
                XCTAssertThrowsError(try maxPool2dFast(x, options: options))
                continue
            }
            let fast = try maxPool2dFast(x, options: options)
            XCTAssertEqual(fast.indices, slow.indices, "trial \(trial)")
            XCTAssertEqual(fast.output.data.map(\.bitPattern), slow.output.data.map(\.bitPattern), "trial \(trial)")
        }
    }

    /// Windows that all lie inside the input (no padding or dilation: the digits CNN's 2×2 pool)
    /// take the fast path's own loop; it must still pick the readable loop's values and indices,
    /// first maximum on ties, NaN as met.
    func testFastMaxPoolWithEveryWindowInsideEqualsTheReadableOne() throws {
        var rng = SeededGenerator(seed: 11)
        for trial in 0..<80 {
            let k = IntPair(rng.int(in: 1...3), rng.int(in: 1...3))
            let options = Pool2DOptions(kernelSize: k, stride: trial % 2 == 0 ? k : IntPair(rng.int(in: 1...3), rng.int(in: 1...3)),
                                        padding: IntPair(0, 0), dilation: IntPair(1, 1), ceilMode: false)
            let shape = [rng.int(in: 1...3), rng.int(in: 1...3), rng.int(in: 4...9), rng.int(in: 4...9)]
            var data = (0..<shape.reduce(1, *)).map { _ in Double(rng.int(in: -2...2)) }
            if trial % 8 == 0 { data[rng.int(in: 0...(data.count - 1))] = .nan }
            let x = try Tensor(shape: shape, data: data)
            let slow = try maxPool2d(x, options: options), fast = try maxPool2dFast(x, options: options)
            XCTAssertEqual(fast.indices, slow.indices, "trial \(trial)")
            XCTAssertEqual(fast.output.data.map(\.bitPattern), slow.output.data.map(\.bitPattern), "trial \(trial)")
        }
    }
}
