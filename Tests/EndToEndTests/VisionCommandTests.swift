import Foundation
import XCTest

/// `dlstudy roi` (golden --plain, JSON, bad input) and the transposed-convolution lesson stepped in tmux.
final class VisionCommandTests: XCTestCase {
    static let fixtures = BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/roi")
    static let map = "1 5 2 0 3 8 1 4; 6 2 9 1 0 2 7 3; 3 7 4 8 2 6 1 0; 0 1 5 3 9 4 2 6; 4 8 2 6 1 7 3 5; 2 0 7 1 5 3 8 1; 9 3 1 4 6 0 2 7"

    /// Compares `text` with a committed golden file (rewritten with DLSTUDY_RECORD=1, then reviewed).
    func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DLSTUDY_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "golden \(name) differs", file: file, line: line)
    }

    func testRoIPlainGolden() throws {
        let cases: [(args: [String], golden: String)] = [
            (["--box", "1,1,5,4", "--output-size", "2x2"], "roi-plain-en.txt"),
            (["--box", "2,2,10,8", "--output-size", "3x3", "--spatial-scale", "0.5", "--lang", "ko"], "roi-plain-scaled-ko.txt"),
            (["--box", "0,0,1,6", "--output-size", "4x3"], "roi-plain-thin-en.txt"),
        ]
        for c in cases {
            let r = Run.dlstudy(["roi", "--input", Self.map, "--plain"] + c.args + (c.args.contains("--lang") ? [] : ["--lang", "en"]))
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stderr, "")
            try assertGolden(r.stdout, c.golden)
        }
    }

    func testRoIOutputSizeDoesNotDependOnTheBox() throws {
        for box in ["0,0,0,0", "1,1,5,4", "0,0,7,6", "3,2,4,6"] {
            let r = Run.dlstudy(["roi", "--input", Self.map, "--box", box, "--output-size", "2x3", "--json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout.filter { $0 == "\n" }.count, 1, "one compact JSON line, like every --json")
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let output = try XCTUnwrap(object["output"] as? [[Double]])
            XCTAssertEqual(output.count, 2, box)
            XCTAssertEqual(output.map(\.count), [3, 3], box)
            let bins = try XCTUnwrap(object["bins"] as? [[String: Any]])
            XCTAssertEqual(bins.count, 6)
            // Each bin's max is the largest of the cells it lists.
            for (bin, row) in zip(bins, output.flatMap { $0 }) {
                let cells = try XCTUnwrap(bin["cells"] as? [[String: Any]]).compactMap { $0["value"] as? Double }
                XCTAssertEqual(cells.max(), row, box)
            }
        }
    }

    func testRoIBadInputExitsTwoWithAMessage() {
        let bad: [([String], String)] = [
            (["--box", "1,1,5"], "--box must be four whole numbers"),
            (["--box", "1,1,5,4", "--input", "1 2; 3"], "--input row 2 has 1 number, row 1 has 2"),
            (["--box", "1,1,5,4", "--input", "1 2; 3 zz"], "'zz' is not a number"),
            (["--box", "0,0,9,9"], "must lie inside the 7×8 map"),
            (["--box", "5,5,1,1"], "x1 ≤ x2"),
            (["--box", "1,1,5,4", "--output-size", "0x2"], "output size must be H×W of whole numbers from 1 to 8, got 0×2"),
            (["--box", "1,1,5,4", "--output-size", "two"], "--output-size must be HxW"),
            (["--box", "1,1,5,4", "--spatial-scale=-1"], "--spatial-scale must be a positive number up to 1000, got -1"),
        ]
        for (args, message) in bad {
            let r = Run.dlstudy(["roi", "--plain"] + args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("error: ") && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    func testRoIInteractiveWithoutTerminalPointsToPlain() {
        let r = Run.dlstudy(["roi", "--box", "1,1,5,4"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("--plain"), r.stderr)
    }

    func testTransposedConvolutionLessonStepsInTmux() throws {
        let t = try TmuxSession(data: temporaryPath("dlstudy-vision-e2e"), ["lesson", "l6-transposed-conv", "--page", "2"])
        t.waitFor(text: "OUTPUT 5×5")
        t.waitFor(text: "step 0/4")
        t.send("Space")
        t.waitFor(text: "step 1/4: INPUT (0,0) = 1 stamps 1×KERNEL")
        t.send("Space")
        let second = t.waitFor(text: "step 2/4: INPUT (0,1) = 2")
        XCTAssertTrue(second.contains("overlap summed: (0,2) 2 + 2 = 4"), second)
        t.send("Left")
        t.waitFor(text: "step 1/4")
        t.send("e")
        t.waitFor(text: "OUTPUT complete")
        t.send("v")
        t.waitFor(text: "[2 zero-insertion]")
        t.send("e")
        t.waitFor(text: "Same OUTPUT as the scatter view")
        t.send("v")
        t.send("Space", "Space")
        t.waitFor(text: "not an inverse")
        t.send("n")
        t.waitFor(text: "3/5")
        t.send("q")
        t.assertExits(with: 0)
    }

    func testRoIInteractiveMovesTheBoxInTmux() throws {
        let t = try TmuxSession(data: temporaryPath("dlstudy-roi-e2e"), ["roi", "--input", Self.map, "--box", "1,1,5,4", "--output-size", "2x2"])
        t.waitFor(text: "box (1,1)–(5,4): 4×5 cells")
        t.send("Right")
        t.waitFor(text: "box (2,1)–(6,4)")
        t.send("]", "}")
        t.waitFor(text: "box (2,1)–(7,5): 5×6 cells")
        t.send("b")
        t.waitFor(text: "step 9/36")
        t.quit()
    }
}
