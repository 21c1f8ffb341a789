import DLEngine
import Foundation
import XCTest

/// Every PyTorch reference case, run through the JSON compute service.
final class ReferenceFixtureTests: XCTestCase {
    private func check(_ file: String, minimum: Int) throws { try checkFixtures(file, folder: "engine", minimum: minimum) }

    func testConv2d() throws { try check("conv2d", minimum: 20) }
    func testConvTranspose2d() throws { try check("conv_transpose2d", minimum: 10) }
    func testMaxPool2d() throws { try check("max_pool2d", minimum: 10) }
    func testAvgPool2d() throws { try check("avg_pool2d", minimum: 10) }
    func testGlobalAvgPool() throws { try check("adaptive_avg_pool2d", minimum: 2) }
    func testRoIPool() throws { try check("roi_pool", minimum: 10) }
    func testRNN() throws { try check("rnn", minimum: 7) }
    func testLSTM() throws { try check("lstm", minimum: 7) }
    func testGRU() throws { try check("gru", minimum: 7) }
    func testElementwise() throws { try check("elementwise", minimum: 10) }

    func testExactCasesReallyHaveIntegerInputs() throws {
        // relu only selects values, so it is exact on floats too.
        for c in try Fixtures.all() where c.exact {
            guard case .object(let o) = c.request, o["op"] != .string("relu"), let input = o["input"] ?? o["tensors"] else { continue }
            XCTAssertTrue(allIntegers(input), "\(c.label) is marked exact but has non-integer input")
        }
    }

    private func allIntegers(_ v: JSONValue) -> Bool {
        switch v {
        case .number(let d): d == d.rounded()
        case .array(let a): a.allSatisfy(allIntegers)
        default: true
        }
    }
}
