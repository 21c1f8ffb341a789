import DLEngine
import XCTest

/// The tape's gradients against central finite differences of L = Σ output·R for a random R.
final class FiniteDifferenceTests: XCTestCase {
    private var rng = SeededGenerator(seed: 2026)

    private func random(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in rng.uniform(-1, 1) })
    }

    /// Builds `op` on the tape from `inputs`, backpropagates L = Σ out·R and compares every input's
    /// gradient with (L(x + h) − L(x − h)) / 2h.
    private func check(
        _ name: String, _ inputs: [Tensor], tolerance: Double = 1e-6,
        _ op: (inout Tape, [Variable]) throws -> Variable
    ) throws {
        var tape = Tape()
        let vars = inputs.map { tape.leaf($0) }
        let out = try op(&tape, vars)
        let r = try random(tape.value(out).shape)
        let grads = try tape.gradients(of: out, seed: r)
        func loss(_ xs: [Tensor]) throws -> Double {
            var t = Tape()
            let o = try op(&t, xs.map { t.leaf($0) })
            return zip(t.value(o).data, r.data).reduce(0) { $0 + $1.0 * $1.1 }
        }
        let h = 1e-6
        for (k, input) in inputs.enumerated() {
            guard let g = grads[vars[k]] else { XCTFail("\(name): no gradient for input \(k)"); continue }
            for i in input.data.indices {
                var plus = inputs, minus = inputs
                plus[k].data[i] += h
                minus[k].data[i] -= h
                let numeric = (try loss(plus) - loss(minus)) / (2 * h)
                if abs(numeric - g.data[i]) > tolerance * max(1, abs(numeric)) {
                    return XCTFail("\(name): input \(k)[\(i)] tape \(g.data[i]) vs finite difference \(numeric)")
                }
            }
        }
    }

    func testConv2dEveryOption() throws {
        let options: [Conv2DOptions] = [
            Conv2DOptions(padding: .int(1)),
            Conv2DOptions(stride: IntPair(2, 1), padding: .symmetric(IntPair(1, 0)), dilation: IntPair(1, 2)),
            Conv2DOptions(padding: .same, dilation: .square(2)),
            Conv2DOptions(stride: .square(2), padding: .sides(Sides(top: 0, bottom: 2, left: 1, right: 0)), groups: 2),
        ]
        for (i, o) in options.enumerated() {
            try check("conv2d \(i)", [try random([2, 2, 5, 6]), try random([4, 2 / o.groups, 3, 2]), try random([4])]) { t, v in
                try t.conv2d(v[0], weight: v[1], bias: v[2], options: o)
            }
        }
    }

    func testConvTranspose2d() throws {
        let o = ConvTranspose2DOptions(stride: IntPair(2, 1), padding: .square(1), outputPadding: IntPair(1, 0), dilation: IntPair(1, 2), groups: 2)
        try check("conv_transpose2d", [try random([2, 4, 3, 3]), try random([4, 1, 3, 2]), try random([2])]) { t, v in
            try t.convTranspose2d(v[0], weight: v[1], bias: v[2], options: o)
        }
    }

    func testPools() throws {
        // Distinct random values, so no window has a tie that a nudge of h could flip.
        let maxOptions = Pool2DOptions(kernelSize: .square(3), stride: .square(2), padding: .square(1), dilation: .square(1), ceilMode: true)
        try check("max_pool2d", [try random([2, 2, 6, 7])]) { t, v in try t.maxPool2d(v[0], options: maxOptions) }
        let dilated = Pool2DOptions(kernelSize: .square(2), stride: .square(1), dilation: .square(2))
        try check("max_pool2d dilated, overlapping", [try random([1, 2, 6, 6])]) { t, v in try t.maxPool2d(v[0], options: dilated) }
        for (i, o) in [
            Pool2DOptions(kernelSize: .square(3), stride: .square(2), padding: .square(1), ceilMode: true, countIncludePad: false),
            Pool2DOptions(kernelSize: IntPair(2, 3), stride: .square(1), padding: IntPair(1, 1)),
            Pool2DOptions(kernelSize: .square(2), divisorOverride: 3),
        ].enumerated() {
            try check("avg_pool2d \(i)", [try random([2, 2, 5, 6])]) { t, v in try t.avgPool2d(v[0], options: o) }
        }
    }

    func testLinearActivationsAddMulFlatten() throws {
        try check("linear", [try random([3, 5]), try random([4, 5]), try random([4])]) { t, v in
            try t.linear(v[0], weight: v[1], bias: v[2])
        }
        for kind in Activation.allCases {
            try check("\(kind)", [try random([2, 3, 4])]) { t, v in t.activation(kind, v[0]) }
        }
        try check("add and mul share an input", [try random([2, 3]), try random([2, 3])]) { t, v in
            try t.mul(try t.add(v[0], v[1]), v[0])
        }
        try check("flatten", [try random([2, 2, 3])]) { t, v in
            t.activation(.tanh, try t.flatten(v[0], startDim: 1))
        }
    }

    func testCrossEntropyBothReductions() throws {
        for reduction in LossReduction.allCases {
            try check("cross_entropy \(reduction)", [try random([4, 5])]) { t, v in
                try t.crossEntropy(v[0], targets: [0, 4, 2, 2], reduction: reduction)
            }
        }
    }
}
