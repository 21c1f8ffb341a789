import DLContent
import DLEngine
import XCTest

/// Numeric answers against the calc evaluator: every bank item's answer equals its `verify:`
/// expression, and the generated drills' engine-computed answers equal the calc vocabulary's.
final class QuizVerifyTests: XCTestCase {
    func value(_ expression: String) -> Double? { try? CalcEvaluator.evaluate(expression).value }

    func testEveryNumericAnswerEqualsItsVerifyValue() throws {
        let lib = ContentLoader.load(root: Fixtures.repository)
        let numeric = lib.quizItems.filter { $0.kind == .numeric }
        XCTAssertGreaterThan(numeric.count, 40)
        for item in numeric {
            let expression = try XCTUnwrap(item.verify, "\(item.id) has no verify expression")
            let expected = try XCTUnwrap(value(expression), "\(item.id): cannot evaluate '\(expression)'")
            guard case .number(let answer) = item.answer else { return XCTFail("\(item.id) is not numeric") }
            XCTAssertEqual(answer, expected, accuracy: (item.tolerance ?? 0) + 1e-9, "\(item.file):\(item.line) \(item.id): \(expression)")
        }
    }

    func testEngineSizesAgreeWithTheCalculator() {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<200 {
            let i = rng.int(in: 1...80), k = rng.int(in: 1...7), s = rng.int(in: 1...4), p = rng.int(in: 0...3), d = rng.int(in: 1...2)
            XCTAssertEqual(EngineSizes.convOut(i: i, k: k, s: s, p: p, d: d).map(Double.init), value("conv-out i=\(i) k=\(k) s=\(s) p=\(p) d=\(d)"),
                           "conv-out i=\(i) k=\(k) s=\(s) p=\(p) d=\(d)")
            let op = s > 1 ? rng.int(in: 0...(s - 1)) : 0
            XCTAssertEqual(EngineSizes.convTOut(i: i, k: k, s: s, p: 0, op: op).map(Double.init), value("convT-out i=\(i) k=\(k) s=\(s) op=\(op)"))
            if p <= k / 2 {
                XCTAssertEqual(EngineSizes.poolOut(i: i, k: k, s: s, p: p).map(Double.init), value("pool-out i=\(i) k=\(k) s=\(s) p=\(p)"),
                               "pool-out i=\(i) k=\(k) s=\(s) p=\(p)")
            }
        }
        XCTAssertEqual(EngineSizes.recurrentParams(.lstm, input: 10, hidden: 20).map(Double.init), value("lstm-params i=10 h=20"))
        XCTAssertEqual(EngineSizes.recurrentParams(.gru, input: 100, hidden: 128).map(Double.init), value("gru-params i=100 h=128"))
        XCTAssertEqual(Double(EngineSizes.receptiveField([(3, 1, 1), (2, 2, 1), (3, 1, 1)]).field), value("rf layers=3/1,2/2,3/1"))
    }
}
