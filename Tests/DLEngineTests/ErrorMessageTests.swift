import DLEngine
import Foundation
import XCTest

/// Bad arguments give typed errors whose messages name what is wrong and the numbers involved.
final class ErrorMessageTests: XCTestCase {
    private func message(_ json: String) -> String? {
        if case .failure(let e) = ComputeService.respond(to: Data(json.utf8)) { return e.message }
        return nil
    }

    private func assertError(_ json: String, contains parts: [String], file: StaticString = #filePath, line: UInt = #line) {
        guard let m = message(json) else { return XCTFail("no error for \(json)", file: file, line: line) }
        for p in parts { XCTAssertTrue(m.contains(p), "\"\(m)\" lacks \"\(p)\"", file: file, line: line) }
    }

    private let x3 = "[[[1,2,3],[4,5,6],[7,8,9]]]"
    private let k5 = "[[[[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]]]"
    private let k2 = "[[[[1,0],[0,1]]]]"

    func testKernelLargerThanPaddedInput() {
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k5)}"#,
                    contains: ["kernel 5×5 is larger than the padded input 3×3 (padding 0)"])
    }

    func testStrideZeroAndNegativePadding() {
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"stride":0}"#, contains: ["stride must be positive", "0"])
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"padding":-1}"#, contains: ["padding must not be negative", "-1"])
        assertError(#"{"op":"max_pool2d","input":\#(x3),"kernel_size":2,"stride":[1,0]}"#, contains: ["stride", "(1, 0)"])
    }

    func testGroupsAndChannels() {
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"groups":2}"#, contains: ["input channels 1", "groups 2"])
        assertError(#"{"op":"conv2d","input":[[\#(x3)]],"weight":\#(k2)}"#, contains: ["rank 5"])
        let two = "[[[1,2],[3,4]],[[1,2],[3,4]]]"
        assertError(#"{"op":"conv2d","input":\#(two),"weight":\#(k2)}"#, contains: ["1×1 = 1 input channels", "has 2"])
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"bias":[1,2]}"#, contains: ["bias must have shape 1", "got 2"])
    }

    func testRanksAndRaggedLists() {
        assertError(#"{"op":"conv2d","input":[[1,2],[3,4]],"weight":\#(k2)}"#, contains: ["C×H×W or N×C×H×W", "rank 2"])
        assertError(#"{"op":"conv2d","input":[[[1,2],[3]]],"weight":\#(k2)}"#, contains: ["ragged", "[0][1]"])
        assertError(#"{"op":"conv2d","input":[[["a"]]],"weight":\#(k2)}"#, contains: ["input must hold only numbers"])
    }

    func testSameNeedsStrideOne() {
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"padding":"same","stride":2}"#,
                    contains: ["'same' needs stride 1", "stride 2"])
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"padding":"full"}"#, contains: ["'full'"])
    }

    func testPoolChecks() {
        assertError(#"{"op":"max_pool2d","input":\#(x3),"kernel_size":2,"padding":2}"#, contains: ["at most half", "kernel_size 2×2"])
        assertError(#"{"op":"max_pool2d","input":\#(x3),"kernel_size":4}"#, contains: ["larger than the padded input 3×3"])
        assertError(#"{"op":"avg_pool2d","input":\#(x3),"kernel_size":2,"divisor_override":0}"#, contains: ["divisor_override"])
        assertError(#"{"op":"max_pool2d","input":\#(x3)}"#, contains: ["needs 'kernel_size'"])
        assertError(#"{"op":"max_pool2d","input":\#(x3),"kernel_size":2.5}"#, contains: ["integer", "2.5"])
    }

    func testConvTransposeChecks() {
        assertError(#"{"op":"conv_transpose2d","input":\#(x3),"weight":\#(k2),"output_padding":1}"#,
                    contains: ["output_padding 1 must be smaller than either stride 1 or dilation 1"])
        assertError(#"{"op":"conv_transpose2d","input":\#(x3),"weight":\#(k2),"padding":3}"#, contains: ["output size", "not positive"])
    }

    func testRecurrentChecks() {
        assertError(#"{"op":"lstm","input":[[1]],"weight_ih":[[1]],"weight_hh":[[1]]}"#, contains: ["weight_hh for lstm must be 4H×H", "1×1"])
        assertError(#"{"op":"gru","input":[[1,2]],"weight_ih":[[1],[1],[1]],"weight_hh":[[1],[1],[1]]}"#,
                    contains: ["input must be T×I with I = 1", "1×2"])
        assertError(#"{"op":"rnn","input":[[1]],"weight_ih":[[1]],"weight_hh":[[1]],"h0":[1,2]}"#, contains: ["h0 must have 1 values", "got 2"])
    }

    func testRequestShapeErrors() {
        assertError("not json", contains: ["not valid JSON"])
        assertError("[1,2]", contains: ["JSON object"])
        assertError(#"{"input":[1]}"#, contains: ["needs \"op\""])
        assertError(#"{"op":"conv3d"}"#, contains: ["unknown op 'conv3d'"])
        assertError(#"{"op":"conv2d","input":\#(x3),"weight":\#(k2),"kernel":3}"#, contains: ["does not take 'kernel'"])
        assertError(#"{"op":"relu","input":[1e308],"extra":1}"#, contains: ["'extra'"])
        assertError(#"{"op":"conv2d","input":[[[1e308]]],"weight":[[[[1e308]]]]}"#, contains: ["overflowed"])
        assertError(#"{"op":"roi_pool","input":\#(x3),"boxes":[[0,0,1]],"output_size":2}"#, contains: ["K×4", "1×3"])
    }
}
