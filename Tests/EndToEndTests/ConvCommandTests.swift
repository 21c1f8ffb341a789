import Foundation
import XCTest

/// `dlstudy conv` and `dlstudy pool`: golden --plain outputs, JSON, bad input, limits.
final class ConvCommandTests: XCTestCase {
    var fixtures: URL { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/conv-commands") }

    func golden(_ name: String) -> String {
        (try? String(contentsOf: fixtures.appendingPathComponent(name + ".txt"), encoding: .utf8)) ?? "<missing \(name)>"
    }

    func assertGolden(_ args: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let r = Run.dlstudy(args)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stdout, golden(name), file: file, line: line)
    }

    func assertUsage(_ args: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let r = Run.dlstudy(args, timeout: 20)
        let shown = args.map { $0.count > 80 ? String($0.prefix(80)) + "…" : $0 }
        XCTAssertEqual(r.status, 2, "\(shown): \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.contains(message), "\(shown): expected '\(message)' in '\(r.stderr)'", file: file, line: line)
        XCTAssertEqual(r.stdout, "", file: file, line: line)
    }

    func testConvPlainGoldens() {
        assertGolden(["conv", "--input", "1 2 3; 4 5 6; 7 8 9", "--kernel", "1 0; 0 -1", "--padding", "1", "--bias", "1", "--plain"], "conv-padding-bias")
        assertGolden(["conv", "--input", "1 2 3 4 5; 6 7 8 9 10; 1 0 1 0 1; 2 2 2 2 2; 0 1 0 1 0", "--kernel", "1 2; 3 4",
                      "--stride", "2", "--dilation", "2", "--plain"], "conv-stride-dilation")
        assertGolden(["conv", "--input-file", fixtures.appendingPathComponent("two-channels.json").path, "--plain"], "conv-two-channels")
    }

    func testPoolPlainGoldens() {
        assertGolden(["pool", "--mode", "max", "--input", "1 3 2 1; 4 2 0 1; 5 1 3 8; 0 2 4 6", "--kernel", "2", "--plain"], "pool-max")
        assertGolden(["pool", "--mode", "avg", "--input", "1 3 2 1; 4 2 0 1; 5 1 3 8; 0 2 4 6", "--kernel", "3", "--stride", "2",
                      "--ceil", "--plain"], "pool-avg-ceil")
    }

    func testConvJSONHasOutputAndTrace() throws {
        let r = Run.dlstudy(["conv", "--input", "1 2 3; 4 5 6; 7 8 9", "--kernel", "1 0; 0 -1", "--padding", "same", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["shape"] as? [Int], [1, 3, 3])
        let trace = try XCTUnwrap(object["trace"] as? [String: Any])
        let cells = try XCTUnwrap(trace["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.count, 9)
        // padding 'same' with an even kernel puts the extra row and column at the bottom and right.
        XCTAssertEqual(trace["padding"] as? [String: Int], ["top": 0, "bottom": 1, "left": 0, "right": 1])
        let last = try XCTUnwrap(cells.last?["terms"] as? [[String: Any]])
        XCTAssertEqual(last.filter { $0["padding"] as? Bool == true }.count, 3)
        let pool = Run.dlstudy(["pool", "--input", "1 3; 4 2", "--kernel", "2", "--json"])
        XCTAssertTrue(pool.stdout.contains("\"winner\":2"), pool.stdout)
    }

    func testBadInputPointsAtTheProblem() {
        let k = ["--kernel", "1 0; 0 -1"]
        assertUsage(["conv", "--input", "1 2 3; 4 5; 7 8 9"] + k, "--input row 2 has 2 numbers, row 1 has 3")
        assertUsage(["conv", "--input", "1 2; 3 four"] + k, "--input row 2: 'four' is not a number")
        assertUsage(["conv", "--input", " ; "] + k, "--input is empty")
        assertUsage(["conv", "--input", "1 2; ; 3 4"] + k, "--input row 2 is empty")
        assertUsage(["conv", "--input", "1 2; 3 4", "--kernel", "1 2 3; 4 5 6; 7 8 9"], "kernel 3×3 is larger than the padded input 2×2")
        assertUsage(["conv", "--input", "1 2; 3 4", "--kernel", "1", "--stride", "0"], "--stride must be a whole number from 1 to 10000, got 0")
        assertUsage(["conv", "--input", "1 2; 3 4", "--kernel", "1", "--padding", "lots"], "--padding must be a whole number or HxW (like 2 or 2x1), got lots")
        assertUsage(["conv", "--input", "1 2 3; 4 5 6; 7 8 9", "--kernel", "1 1; 1 1", "--stride", "2", "--padding", "same"], "padding 'same' needs stride 1")
        assertUsage(["conv", "--input", "1 2; 3 4", "--kernel", "1", "--bias", "x"], "--bias must be a number, got x")
        assertUsage(["conv", "--kernel", "1"], "--input is required")
        assertUsage(["conv", "--input", "1 2; 3 4"], "--kernel is required")
        assertUsage(["pool", "--mode", "mean", "--input", "1", "--kernel", "1"], "--mode must be max or avg, got mean")
        assertUsage(["pool", "--input", "1 2; 3 4", "--kernel", "3"], "kernel 3×3 is larger than the padded input 2×2")
        assertUsage(["pool", "--input", "1 2; 3", "--kernel", "1"], "--input row 2 has 1 number, row 1 has 2")
        assertUsage(["conv", "--input-file", "/nonexistent/x.json", "--kernel", "1"], "cannot read --input-file")
    }

    func testBadInputFiles() throws {
        let dir = temporaryPath("dlstudy-conv")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        func file(_ text: String) throws -> String {
            let path = dir + "/\(UUID().uuidString).json"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        assertUsage(["conv", "--input-file", try file("[1, 2]")], "must hold a JSON object")
        assertUsage(["conv", "--input-file", try file("{\"input\": [[1, 2], [3]], \"weight\": [[[[1]]]]}")], "input is ragged")
        assertUsage(["conv", "--input-file", try file("{\"input\": [[1, true]], \"weight\": [[[[1]]]]}")], "not a number")
        assertUsage(["conv", "--input-file", try file("{\"input\": [[[1, 2]]], \"weight\": [[[[1]]], [[[1]]]], \"bias\": [1]}")],
                    "bias must have shape 2")
        assertUsage(["conv", "--input-file", try file("{\"input\": [[[1, 2]]], \"weights\": 1}")], "unknown key 'weights'")
    }

    func testHugeInputsAreRefusedWithTheLimitQuickly() throws {
        // 500×500 through a file (a command-line argument that long is refused by the OS itself).
        let path = temporaryPath("dlstudy-big", suffix: ".json")
        let row = "[" + Array(repeating: "1", count: 500).joined(separator: ",") + "]"
        try ("{\"input\": [[" + Array(repeating: row, count: 500).joined(separator: ",") + "]]}").write(toFile: path, atomically: true, encoding: .utf8)
        let start = Date()
        assertUsage(["conv", "--input-file", path, "--kernel", "1 0 1; 0 1 0; 1 0 1", "--plain"], "at most 500000 are shown step by step")
        assertUsage(["pool", "--input-file", path, "--kernel", "3", "--stride", "1", "--plain"], "at most 500000")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        // 200×200 with a 3×3 kernel is within the limit: one line per output cell.
        let mid = Array(repeating: Array(repeating: "1", count: 200).joined(separator: " "), count: 200).joined(separator: "; ")
        let r = Run.dlstudy(["conv", "--input", mid, "--kernel", "1 1 1; 1 1 1; 1 1 1", "--plain"], timeout: 60)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("out[") }.count, 198 * 198)
        XCTAssertTrue(r.stdout.contains("out[197,197] = 1·1 + 1·1 + 1·1 + 1·1 + 1·1 + 1·1 + 1·1 + 1·1 + 1·1 = 9"))
    }

    func testInteractiveWithoutTerminalPointsToPlain() {
        let r = Run.dlstudy(["conv", "--input", "1 2; 3 4", "--kernel", "1"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("--plain"), r.stderr)
    }

    func testLessonPlainPrintsTheStepperSteps() {
        let r = Run.dlstudy(["lesson", "l4-convolution", "--plain", "--lang", "en", "--content", BuiltBinary.packageRoot.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("out[0,1] = 2·1 + 3·0 + 5·0 + 6·(−1) = −4"), r.stdout)
    }
}
