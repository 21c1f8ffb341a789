import DLEngine
import Foundation
import XCTest

/// Recurrent backward (BPTT): torch.autograd fixtures through `compute`, and central finite
/// differences of L = Σ_t grad_output_t · h_t on seeded random layers nobody chose by hand.
final class RecurrentGradientTests: XCTestCase {
    // MARK: torch.autograd fixtures (Tests/Fixtures/gen_recurrent_grad_fixtures.py)

    private func checkFixtures(_ kind: String) throws {
        let cases = try Fixtures.load(kind, folder: "recurrent-grad")
        XCTAssertGreaterThanOrEqual(cases.count, 9, "fixture recurrent-grad/\(kind) lost cases")
        for c in cases {
            switch ComputeService.respond(to: c.requestData) {
            case .failure(let e):
                XCTFail("\(c.label): \(e.message)")
            case .success(let data):
                guard case .object(let got) = try JSONValue.parse(data), case .object(let expected) = c.expected else {
                    return XCTFail("\(c.label): result is not an object")
                }
                for key in expected.keys where key.hasPrefix("grad_") {
                    XCTAssertNotNil(got[key], "\(c.label): result lacks \(key)")
                }
                let compared = got.filter { expected[$0.key] != nil }
                if let diff = jsonDifference(.object(compared), c.expected, exact: false) {
                    XCTFail("\(c.label): \(diff)")
                }
            }
        }
    }

    func testRNNGradientsMatchTorch() throws { try checkFixtures("rnn") }
    func testLSTMGradientsMatchTorch() throws { try checkFixtures("lstm") }
    func testGRUGradientsMatchTorch() throws { try checkFixtures("gru") }

    // MARK: finite differences

    /// A random layer, input and upstream gradient from `seed`.
    private struct Case {
        var weights: [[Double]]  // weight_ih, weight_hh, bias_ih, bias_hh
        var input: [Double], h0: [Double], c0: [Double]
        let gradOutput: [Double]
        let kind: RecurrentKind, T: Int, I: Int, H: Int, bias: Bool

        init(_ kind: RecurrentKind, seed: UInt64, T: Int, I: Int, H: Int, bias: Bool, scale: Double) {
            var rng = SeededGenerator(seed: seed)
            let G = kind.gateCount
            func draw(_ n: Int) -> [Double] { (0..<n).map { _ in rng.uniform(-scale, scale) } }
            weights = [draw(G * H * I), draw(G * H * H), bias ? draw(G * H) : [], bias ? draw(G * H) : []]
            input = draw(T * I); h0 = draw(H); c0 = kind == .lstm ? draw(H) : []
            gradOutput = draw(T * H)
            (self.kind, self.T, self.I, self.H, self.bias) = (kind, T, I, H, bias)
        }

        func layer() throws -> RecurrentWeights {
            let G = kind.gateCount
            return try RecurrentWeights(
                kind: kind, weightIH: Tensor(shape: [G * H, I], data: weights[0]), weightHH: Tensor(shape: [G * H, H], data: weights[1]),
                biasIH: bias ? Tensor(shape: [G * H], data: weights[2]) : nil, biasHH: bias ? Tensor(shape: [G * H], data: weights[3]) : nil)
        }

        func loss() throws -> Double {
            let tape = recordRecurrent(try layer(), input: input, length: T, h0: h0, c0: c0)
            return zip(tape.hidden.dropFirst(H), gradOutput).reduce(0) { $0 + $1.0 * $1.1 }
        }

        func gradients() throws -> RecurrentGradients {
            let w = try layer()
            return recurrentBackward(w, tape: recordRecurrent(w, input: input, length: T, h0: h0, c0: c0), gradOutput: gradOutput)
        }
    }

    /// Central difference of the loss along one coordinate chosen by `path`.
    private func numeric(_ c: Case, _ path: WritableKeyPath<Case, [Double]>, _ i: Int) throws -> Double {
        let eps = 1e-6
        var plus = c, minus = c
        plus[keyPath: path][i] += eps
        minus[keyPath: path][i] -= eps
        return (try plus.loss() - minus.loss()) / (2 * eps)
    }

    private func assertClose(_ analytic: [Double], _ c: Case, _ path: WritableKeyPath<Case, [Double]>, _ what: String) throws {
        XCTAssertEqual(analytic.count, c[keyPath: path].count, "\(c.kind) \(what) size")
        for i in analytic.indices {
            let n = try numeric(c, path, i)
            XCTAssertEqual(analytic[i], n, accuracy: 1e-7 * max(1, abs(n)), "\(c.kind) \(what)[\(i)]")
        }
    }

    private func checkFiniteDifferences(_ kind: RecurrentKind, seed: UInt64, bias: Bool = true, scale: Double = 0.8) throws {
        let c = Case(kind, seed: seed, T: 6, I: 3, H: 4, bias: bias, scale: scale)
        let g = try c.gradients()
        try assertClose(g.weightIH, c, \.weights[0], "weight_ih")
        try assertClose(g.weightHH, c, \.weights[1], "weight_hh")
        if bias {
            try assertClose(g.biasIH ?? [], c, \.weights[2], "bias_ih")
            try assertClose(g.biasHH ?? [], c, \.weights[3], "bias_hh")
        } else {
            XCTAssertNil(g.biasIH); XCTAssertNil(g.biasHH)
        }
        try assertClose(g.input, c, \.input, "input")
        try assertClose(g.h0, c, \.h0, "h0")
        if kind == .lstm { try assertClose(g.c0 ?? [], c, \.c0, "c0") } else { XCTAssertNil(g.c0) }
    }

    func testRNNFiniteDifferences() throws {
        try checkFiniteDifferences(.rnn, seed: 11)
        try checkFiniteDifferences(.rnn, seed: 12, bias: false, scale: 1.5)
    }

    func testLSTMFiniteDifferences() throws {
        try checkFiniteDifferences(.lstm, seed: 21)
        try checkFiniteDifferences(.lstm, seed: 22, bias: false, scale: 1.5)
    }

    func testGRUFiniteDifferences() throws {
        try checkFiniteDifferences(.gru, seed: 31)
        try checkFiniteDifferences(.gru, seed: 32, bias: false, scale: 1.5)
    }

    /// Nothing comes after h_T, so the gradient reaching it is grad_output_T alone; one norm per t = 0…T.
    func testHiddenGradientOfTheLastStepIsItsOwnOutputGradient() throws {
        let c = Case(.lstm, seed: 41, T: 5, I: 2, H: 3, bias: true, scale: 0.8)
        let g = try c.gradients()
        XCTAssertEqual(Array(g.hidden.suffix(3)), Array(c.gradOutput.suffix(3)))
        XCTAssertEqual(g.hiddenNorms.count, 6)
    }

    // MARK: the compute request

    func testGradOutputOfTheWrongShapeIsRejectedWithTheShapeNeeded() throws {
        let request = #"{"op":"rnn","input":[[1],[2]],"weight_ih":[[0.5]],"weight_hh":[[0.1]],"grad_output":[[1]]}"#
        guard case .failure(let e) = ComputeService.respond(to: Data(request.utf8)) else { return XCTFail("accepted a 1×1 grad_output for T = 2") }
        XCTAssertTrue(e.message.contains("grad_output must be T×H = 2×1"), e.message)
    }

    /// Hand-derived: h1 = tanh(0.5), h2 = tanh(0.5·2 + 0.1·h1); with grad_output [[0],[1]]
    /// ∂L/∂W_hh = (1 − h2²)·h1 and ∂L/∂h0 = (1 − h2²)·0.1·(1 − h1²)·0.1.
    func testRNNTwoStepsByHand() throws {
        let request = #"{"op":"rnn","input":[[1],[2]],"weight_ih":[[0.5]],"weight_hh":[[0.1]],"grad_output":[[0],[1]]}"#
        guard case .success(let data) = ComputeService.respond(to: Data(request.utf8)),
              case .object(let o) = try JSONValue.parse(data) else { return XCTFail("request failed") }
        let h1 = Foundation.tanh(0.5), h2 = Foundation.tanh(1 + 0.1 * h1)
        let d2 = 1 - h2 * h2, d1 = d2 * 0.1 * (1 - h1 * h1)
        XCTAssertEqual(o["grad_weight_hh"], .array([.array([.number(d2 * h1)])]))
        XCTAssertEqual(o["grad_weight_ih"], .array([.array([.number(d2 * 2 + d1 * 1)])]))
        guard case .array(let h0)? = o["grad_h0"], case .number(let g0)? = h0.first else { return XCTFail("no grad_h0") }
        XCTAssertEqual(g0, d1 * 0.1, accuracy: 1e-16)
        XCTAssertNil(o["grad_bias_ih"], "no bias given, so no bias gradient (torch has none)")
    }
}
