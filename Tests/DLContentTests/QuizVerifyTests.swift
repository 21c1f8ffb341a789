import DLContent
import XCTest

/// Every numeric bank item's answer equals its `verify:` expression (a wrong number fails CI).
/// `verifier` is the pluggable evaluator: the VerifyFormulas stand-in now, the calc evaluator later.
final class QuizVerifyTests: XCTestCase {
    let verifier: QuizVerifier = VerifyFormulas.evaluate

    func testEveryNumericAnswerEqualsItsVerifyValue() throws {
        let lib = ContentLoader.load(root: Fixtures.repository)
        let numeric = lib.quizItems.filter { $0.kind == .numeric }
        XCTAssertGreaterThan(numeric.count, 40)
        for item in numeric {
            let expression = try XCTUnwrap(item.verify, "\(item.id) has no verify expression")
            let value = try XCTUnwrap(verifier(expression), "\(item.id): cannot evaluate '\(expression)'")
            guard case .number(let answer) = item.answer else { return XCTFail("\(item.id) is not numeric") }
            XCTAssertEqual(answer, value, accuracy: (item.tolerance ?? 0) + 1e-9, "\(item.file):\(item.line) \(item.id): \(expression)")
        }
    }

    func testStandInAgreesWithTheEngineOnSizesAndCounts() {
        XCTAssertEqual(VerifyFormulas.evaluate("conv-out i=227 k=11 s=4"), 55)
        XCTAssertEqual(VerifyFormulas.evaluate("conv-out i=7 k=3 s=2"), 3)
        XCTAssertEqual(VerifyFormulas.evaluate("pool-out i=13 k=3 s=2"), 6)
        XCTAssertEqual(VerifyFormulas.evaluate("convT-out i=7 k=64 s=32 p=16"), 224)
        XCTAssertEqual(VerifyFormulas.evaluate("lstm-params i=10 h=20"), Double(4 * 20 * (10 + 20) + 8 * 20))
        XCTAssertNil(VerifyFormulas.evaluate("conv-out k=3"))
        XCTAssertNil(VerifyFormulas.evaluate("no-such-name i=1"))
    }
}
