import Foundation
import XCTest

/// Runs the built `dlstudy compute` binary on real requests.
final class ComputeCommandTests: XCTestCase {
    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testConv2dRequest() throws {
        let request = #"{"op":"conv2d","input":[[[1,2,3],[4,5,6],[7,8,9]]],"weight":[[[[1,0],[0,-1]]]],"bias":[10],"stride":1,"padding":0}"#
        let r = Run.dlstudy(["compute"], stdin: request)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        // 1·1 + 5·(−1) + 10 = 6 for every window of this arithmetic grid.
        let output = try XCTUnwrap(try json(r.stdout)["output"] as? [[[Double]]])
        XCTAssertEqual(output, [[[6, 6], [6, 6]]])
    }

    func testMalformedRequestFailsWithMessage() {
        let request = #"{"op":"conv2d","input":[[[1,2,3],[4,5,6],[7,8,9]]],"weight":[[[[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]]]}"#
        let r = Run.dlstudy(["compute"], stdin: request)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "error: standard input: kernel 5×5 is larger than the padded input 3×3 (padding 0)\n")
        let bad = Run.dlstudy(["compute"], stdin: "{\"op\": ")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.hasPrefix("error: standard input: request is not valid JSON"), bad.stderr)
    }

    func testLSTMRequestFromFile() throws {
        let request = #"""
            {"op":"lstm","input":[[1],[0.5]],"weight_ih":[[0.5],[0.5],[0.5],[0.5]],"weight_hh":[[0.1],[0.1],[0.1],[0.1]],
             "bias_ih":[0,0,0,0],"bias_hh":[0,0,0,0],"h0":[0],"c0":[0]}
            """#
        let path = temporaryPath("lstm", suffix: ".json")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(request.utf8)))
        let r = Run.dlstudy(["compute", "--file", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let result = try json(r.stdout)
        let steps = try XCTUnwrap(result["steps"] as? [[String: [Double]]])
        XCTAssertEqual(steps.count, 2)
        XCTAssertEqual(Set(steps[0].keys), ["i", "f", "g", "o", "c", "h"])
        // Step 1 from zero state: every gate sees 0.5; c = σ(.5)·tanh(.5), h = σ(.5)·tanh(c).
        let s = 1 / (1 + exp(-0.5)), c1 = s * tanh(0.5)
        XCTAssertEqual(steps[0]["c"]?[0] ?? 0, c1, accuracy: 1e-15)
        XCTAssertEqual(steps[0]["h"]?[0] ?? 0, s * tanh(c1), accuracy: 1e-15)
        XCTAssertEqual(result["h"] as? [Double], steps[1]["h"])
        XCTAssertEqual(result["c"] as? [Double], steps[1]["c"])
        let missing = Run.dlstudy(["compute", "--file", path + ".missing"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("cannot read request file"), missing.stderr)
    }
}
