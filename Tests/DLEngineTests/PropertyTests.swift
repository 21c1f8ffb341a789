import DLEngine
import XCTest

/// Algebraic properties that hold for any input.
final class PropertyTests: XCTestCase {
    private var rng = SeededGenerator(seed: 7)

    private func randomInts(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in Double(Int.random(in: -4...4, using: &rng)) })
    }

    private func randomFloats(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in Double.random(in: -1...1, using: &rng) })
    }

    private func dot(_ a: Tensor, _ b: Tensor) -> Double { zip(a.data, b.data).reduce(0) { $0 + $1.0 * $1.1 } }

    /// <conv(x), y> == <x, convT(y)> with the same weight, stride, padding, dilation and groups.
    func testTransposedConvIsTheAdjointOfConv() throws {
        for trial in 0..<60 {
            let groups = Int.random(in: 1...2, using: &rng)
            let cIn = groups * Int.random(in: 1...2, using: &rng), cOut = groups * Int.random(in: 1...2, using: &rng)
            let k = IntPair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng))
            let stride = IntPair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng))
            let dilation = IntPair(Int.random(in: 1...2, using: &rng), Int.random(in: 1...2, using: &rng))
            let pad = IntPair(Int.random(in: 0...1, using: &rng), Int.random(in: 0...1, using: &rng))
            let h = Int.random(in: 5...9, using: &rng), w = Int.random(in: 5...9, using: &rng)
            let x = try randomInts([2, cIn, h, w])
            let weight = try randomInts([cOut, cIn / groups, k.h, k.w])
            let y0 = try conv2d(x, weight: weight, options: Conv2DOptions(stride: stride, padding: .symmetric(pad), dilation: dilation, groups: groups))
            let y = try randomInts(y0.shape)
            // The transposed conv's input channels are the conv's outputs: reshape the weight view.
            let tWeight = try Tensor(shape: [cOut, cIn / groups, k.h, k.w], data: weight.data)
            // output_padding recovers the rows/columns that the conv's floor dropped.
            let baseH = (y0.shape[2] - 1) * stride.h - 2 * pad.h + dilation.h * (k.h - 1) + 1
            let baseW = (y0.shape[3] - 1) * stride.w - 2 * pad.w + dilation.w * (k.w - 1) + 1
            let op = IntPair(h - baseH, w - baseW)
            let xt = try convTranspose2d(y, weight: tWeight, options: ConvTranspose2DOptions(
                stride: stride, padding: pad, outputPadding: op, dilation: dilation, groups: groups))
            XCTAssertEqual(xt.shape, x.shape, "trial \(trial)")
            XCTAssertEqual(dot(y0, y), dot(x, xt), "trial \(trial)")
        }
    }

    /// A 1×1 convolution is a matrix product on every pixel's channel vector.
    func testOneByOneConvIsPerPixelChannelMixing() throws {
        let x = try randomFloats([2, 5, 4, 3])
        let w = try randomFloats([3, 5, 1, 1])
        let b = try randomFloats([3])
        let y = try conv2d(x, weight: w, bias: b)
        let wm = try Tensor(shape: [3, 5], data: w.data)
        for n in 0..<2 {
            for i in 0..<4 {
                for j in 0..<3 {
                    let pixel = try Tensor(shape: [5], data: (0..<5).map { x.value(at: [n, $0, i, j]) ?? .nan })
                    let mixed = try linear(pixel, weight: wm, bias: b)
                    for o in 0..<3 { XCTAssertEqual(y.value(at: [n, o, i, j]), mixed.data[o]) }
                }
            }
        }
    }

    /// BPTT Jacobians match central finite differences of h_T with respect to h_t (and c_t).
    func testBPTTMatchesFiniteDifferences() throws {
        for kind in RecurrentKind.allCases {
            let (H, I, T) = (3, 2, 5)
            let g = kind.gateCount
            let weights = try RecurrentWeights(
                kind: kind, weightIH: try randomFloats([g * H, I]), weightHH: try randomFloats([g * H, H]),
                biasIH: try randomFloats([g * H]), biasHH: try randomFloats([g * H]))
            let input = try randomFloats([T, I])
            let h0 = try randomFloats([H]).data
            let c0 = kind == .lstm ? try randomFloats([H]).data : nil
            let run = try runRecurrent(weights, input: input, h0: h0, c0: c0)
            let grads = backpropThroughTime(run, weights: weights)
            XCTAssertEqual(grads.hiddenJacobians.count, T + 1)
            let eps = 1e-6
            for t in 0..<T {
                // Restart from state t, perturbed, over the remaining inputs.
                let rest = try Tensor(shape: [T - t, I], data: Array(input.data[(t * I)...]))
                let hs = run.hiddenStates[t], cs = run.cellStates?[t]
                for j in 0..<H {
                    var plus = hs, minus = hs
                    plus[j] += eps; minus[j] -= eps
                    let hp = try runRecurrent(weights, input: rest, h0: plus, c0: cs).h
                    let hm = try runRecurrent(weights, input: rest, h0: minus, c0: cs).h
                    for k in 0..<H {
                        let fd = (hp[k] - hm[k]) / (2 * eps)
                        XCTAssertEqual(grads.hiddenJacobians[t][k][j], fd, accuracy: 1e-7, "\(kind) dh t=\(t) k=\(k) j=\(j)")
                    }
                    if let cs {
                        var cp = cs, cm = cs
                        cp[j] += eps; cm[j] -= eps
                        // Perturbing c_t changes h_t = o_t ⊙ tanh(c_t) too (except c_0).
                        let (hpS, hmS) = t == 0 ? (hs, hs) : (recomputeH(run, t, cp), recomputeH(run, t, cm))
                        let hp2 = try runRecurrent(weights, input: rest, h0: hpS, c0: cp).h
                        let hm2 = try runRecurrent(weights, input: rest, h0: hmS, c0: cm).h
                        for k in 0..<H {
                            XCTAssertEqual(grads.cellJacobians?[t][k][j] ?? .nan, (hp2[k] - hm2[k]) / (2 * eps),
                                           accuracy: 1e-7, "\(kind) dc t=\(t) k=\(k) j=\(j)")
                        }
                    }
                }
            }
            // ∂h_T/∂h_T is the identity.
            for k in 0..<H { for j in 0..<H { XCTAssertEqual(grads.hiddenJacobians[T][k][j], k == j ? 1 : 0) } }
        }
    }

    private func recomputeH(_ run: RecurrentRun, _ t: Int, _ c: [Double]) -> [Double] {
        let o = run.steps[t - 1].gate("o")?.activation ?? []
        return zip(o, c).map { $0 * Foundation.tanh($1) }
    }

    func testSmallRecurrentWeightsVanish() throws {
        let w = try RecurrentWeights(kind: .rnn, weightIH: try randomFloats([3, 2]), weightHH: try randomFloats([3, 3]).map { $0 * 0.2 })
        let run = try runRecurrent(w, input: try randomFloats([10, 2]))
        let norms = backpropThroughTime(run, weights: w).hiddenNorms
        XCTAssertLessThan(norms[0], 1e-4 * norms[10])
    }
}
