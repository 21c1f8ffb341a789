import DLEngine
import Foundation
import XCTest

/// Every torch.autograd gradient case (Tests/Fixtures/autograd), run through the JSON compute service.
final class GradientFixtureTests: XCTestCase {
    static let files = [
        "conv2d_grad", "conv_transpose2d_grad", "max_pool2d_grad", "avg_pool2d_grad", "linear_grad",
        "activation_grad", "cross_entropy",
    ]

    private func check(_ file: String, minimum: Int) throws { try checkFixtures(file, folder: "autograd", minimum: minimum) }

    func testConv2dGradients() throws { try check("conv2d_grad", minimum: 20) }
    func testConvTranspose2dGradients() throws { try check("conv_transpose2d_grad", minimum: 11) }
    func testMaxPool2dGradients() throws { try check("max_pool2d_grad", minimum: 12) }
    func testAvgPool2dGradients() throws { try check("avg_pool2d_grad", minimum: 11) }
    func testLinearGradients() throws { try check("linear_grad", minimum: 5) }
    func testActivationGradients() throws { try check("activation_grad", minimum: 6) }
    func testCrossEntropy() throws { try check("cross_entropy", minimum: 7) }

    func testExactCasesHaveIntegerTensors() throws {
        for file in Self.files {
            for c in try Fixtures.load(file, folder: "autograd") where c.exact {
                guard case .object(let o) = c.request else { continue }
                let isRelu = o["op"] == .string("relu")
                for key in ["input", "weight", "bias", "grad_output"] where !(isRelu && key == "input") {
                    if let v = o[key] { XCTAssertTrue(allIntegers(v), "\(c.label): \(key) is not integral but the case is exact") }
                }
            }
        }
    }

    func testGradOutputOfTheWrongShapeIsAnError() {
        let request = #"{"op":"relu","input":[1,-1],"grad_output":[1,2,3]}"#
        guard case .failure(let e) = ComputeService.respond(to: Data(request.utf8)) else { return XCTFail("accepted") }
        XCTAssertEqual(e.message, "relu grad_output must have the output's shape 2, got 3")
    }

    func testCrossEntropyTargetOutOfRangeIsAnError() {
        let request = #"{"op":"cross_entropy","input":[[1,2,3]],"target":[3]}"#
        guard case .failure(let e) = ComputeService.respond(to: Data(request.utf8)) else { return XCTFail("accepted") }
        XCTAssertEqual(e.message, "cross_entropy target 0 is 3, outside the classes 0…2")
    }

    private func allIntegers(_ v: JSONValue) -> Bool {
        switch v {
        case .number(let d): d == d.rounded()
        case .array(let a): a.allSatisfy(allIntegers)
        default: true
        }
    }
}
