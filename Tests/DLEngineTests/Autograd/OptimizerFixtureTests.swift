import DLEngine
import Foundation
import XCTest

/// The optimiser against torch.optim trajectories, and the digits network's tape against torch.autograd.
final class OptimizerFixtureTests: XCTestCase {
    private func cases(_ file: String) throws -> [[String: JSONValue]] {
        let data = try Data(contentsOf: Fixtures.folder("autograd").appendingPathComponent("\(file).json"))
        guard case .object(let root) = try JSONValue.parse(data), case .array(let cases)? = root["cases"] else {
            throw EngineError("fixture \(file) has no cases")
        }
        return cases.compactMap { if case .object(let o) = $0 { o } else { nil } }
    }

    private func numbers(_ v: JSONValue?) -> [Double] {
        switch v {
        case .number(let d)?: [d]
        case .array(let a)?: a.flatMap { numbers($0) }
        default: []
        }
    }

    private func list(_ v: JSONValue?) -> [JSONValue] { if case .array(let a)? = v { a } else { [] } }

    private func assertClose(_ a: [Double], _ b: [Double], _ what: String, tolerance: Double = 1e-12) {
        XCTAssertEqual(a.count, b.count, what)
        for (i, (x, y)) in zip(a, b).enumerated() where abs(x - y) > tolerance * max(1, abs(y)) {
            return XCTFail("\(what)[\(i)]: \(x) vs torch \(y)")
        }
    }

    func testTrajectoriesMatchTorchOptim() throws {
        let all = try cases("optimizer")
        XCTAssertEqual(all.count, 7)
        for c in all {
            guard case .string(let name)? = c["name"], case .object(let args)? = c["args"] else { return XCTFail("bad case") }
            let arg = { (k: String, d: Double) in self.numbers(args[k]).first ?? d }
            let kind: OptimizerKind = c["optimizer"] == .string("adam")
                ? .adam(lr: arg("lr", 0), beta1: arg("beta1", 0.9), beta2: arg("beta2", 0.999), eps: arg("eps", 1e-8), weightDecay: arg("weight_decay", 0))
                : .sgd(lr: arg("lr", 0), momentum: arg("momentum", 0), weightDecay: arg("weight_decay", 0))
            var optimizer = Optimizer(kind)
            var parameters = list(c["parameters"]).map { numbers($0) }
            let expected = list(c["trajectory"])
            for (step, grads) in list(c["gradients"]).enumerated() {
                optimizer.step(&parameters, list(grads).map { numbers($0) })
                for (p, want) in list(expected[step]).enumerated() {
                    assertClose(parameters[p], numbers(want), "\(name) step \(step + 1) parameter \(p)")
                }
            }
        }
    }

    func testDigitsNetworkLossAndGradientsMatchTorch() throws {
        for c in try cases("network") {
            let shape = { (v: JSONValue?) -> [Int] in
                var s: [Int] = [], cur = v
                while case .array(let a)? = cur { s.append(a.count); cur = a.first }
                return s
            }
            let tensor = { (k: String) throws -> Tensor in try Tensor(shape: shape(c[k]), data: self.numbers(c[k])) }
            var tape = Tape()
            let x = tape.leaf(try tensor("input"))
            let cw = tape.leaf(try tensor("conv.weight")), cb = tape.leaf(try tensor("conv.bias"))
            let fw = tape.leaf(try tensor("fc.weight")), fb = tape.leaf(try tensor("fc.bias"))
            let conv = try tape.conv2d(x, weight: cw, bias: cb, options: Conv2DOptions(padding: .int(1)))
            let pooled = try tape.maxPool2d(tape.activation(.relu, conv), options: Pool2DOptions(kernelSize: .square(2)))
            let logits = try tape.linear(try tape.flatten(pooled, startDim: 1), weight: fw, bias: fb)
            let loss = try tape.crossEntropy(logits, targets: numbers(c["target"]).map { Int($0) })
            assertClose(tape.value(logits).data, numbers(c["logits"]), "logits")
            assertClose(tape.value(loss).data, numbers(c["loss"]), "loss")
            let grads = try tape.gradients(of: loss)
            guard case .object(let want)? = c["grad"] else { return XCTFail("no grads") }
            for (name, v) in [("conv.weight", cw), ("conv.bias", cb), ("fc.weight", fw), ("fc.bias", fb)] {
                assertClose(grads[v]?.data ?? [], numbers(want[name]), "\(c["name"].map { "\($0)" } ?? "") \(name)")
            }
        }
    }
}
