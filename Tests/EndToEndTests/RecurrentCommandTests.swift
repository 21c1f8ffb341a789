import Foundation
import XCTest

/// `dlstudy lstm|gru|rnn` on the real binary: golden --plain output, JSON equal to PyTorch, usage
/// errors (exit 2), and the interactive LSTM stepper in tmux (from the command and from the lesson).
final class RecurrentCommandTests: XCTestCase {
    var fixtures: URL { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/recurrent-cells") }
    lazy var dataDir = temporaryPath("dlstudy-rnn-e2e")

    let input = "1 0; 0.5 -1; -1 2"

    func assertGolden(_ kind: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let weights = fixtures.appendingPathComponent("\(kind)_weights.json").path
        let result = Run.dlstudy([kind, "--weights", weights, "--input", input, "--plain", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let golden = fixtures.appendingPathComponent("\(kind)_plain.txt")
        if ProcessInfo.processInfo.environment["DLSTUDY_RECORD"] == "1" {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(result.stdout, try String(contentsOf: golden, encoding: .utf8), file: file, line: line)
    }

    func testGoldenPlainLSTM() throws { try assertGolden("lstm") }
    func testGoldenPlainGRU() throws { try assertGolden("gru") }

    /// The JSON output of a PyTorch state_dict's weights equals PyTorch's own gates.
    func testJSONEqualsPyTorch() throws {
        for kind in ["lstm", "gru"] {
            let weights = fixtures.appendingPathComponent("\(kind)_weights.json").path
            let result = Run.dlstudy([kind, "--weights", weights, "--input", input, "--json"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let steps = try XCTUnwrap(doc["steps"] as? [[String: Any]])
            let torchData = try Data(contentsOf: fixtures.appendingPathComponent("\(kind)_torch.json"))
            let torch = try XCTUnwrap(JSONSerialization.jsonObject(with: torchData) as? [[String: [Double]]])
            XCTAssertEqual(steps.count, torch.count)
            for (mine, ref) in zip(steps, torch) {
                for (key, values) in ref {
                    let got = try XCTUnwrap(mine[key] as? [Double], "\(kind) \(key)")
                    for (a, b) in zip(got, values) { XCTAssertEqual(a, b, accuracy: 1e-12, "\(kind) \(key)") }
                }
            }
        }
    }

    func testSeededInitIsDeterministicAndRNNRuns() {
        let a = Run.dlstudy(["gru", "--seed", "5", "--hidden", "3", "--json"])
        let b = Run.dlstudy(["gru", "--seed", "5", "--hidden", "3", "--json"])
        let c = Run.dlstudy(["gru", "--seed", "6", "--hidden", "3", "--json"])
        XCTAssertEqual(a.status, 0)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertNotEqual(a.stdout, c.stdout)
        let rnn = Run.dlstudy(["rnn", "--input", "1; 2", "--plain", "--lang", "ko"])
        XCTAssertEqual(rnn.status, 0)
        XCTAssertTrue(rnn.stdout.contains("RNN: 입력 크기 1, hidden 크기 2, 2 스텝"), rnn.stdout)
        XCTAssertTrue(rnn.stdout.contains("h₂ = tanh(W_hh·h₁ + W_xh·x₂ + b)"), rnn.stdout)
    }

    func testBadInputExitsTwoWithAMessage() {
        let gruWeights = fixtures.appendingPathComponent("gru_weights.json").path
        let cases: [([String], String)] = [
            (["lstm", "--input", "1; x"], "--input row 2: 'x' is not a number"),
            (["lstm", "--input", "1 2; 3"], "--input row 2 has 1 number, row 1 has 2"),
            (["gru", "--hidden", "0"], "--hidden must be a whole number from 1 to 64, got 0"),
            (["lstm", "--weights", "/nonexistent/w.json"], "cannot read weights file"),
            (["lstm", "--weights", gruWeights], "weight_hh for lstm must be 4H×H"),
            (["gru", "--weights", gruWeights, "--input", "1; 2"], "weights expect input size 2"),
            (["gru", "--c0", "0 0"], "--c0 is only for lstm"),
            (["lstm", "--h0", "1 2 3"], "--h0 needs 2 numbers"),
        ]
        for (args, message) in cases {
            let r = Run.dlstudy(args + ["--plain"])
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("error: "), "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    /// Opens the LSTM lesson on its gate page, steps one full time step and sees the forget gate and
    /// the new cell state with the numbers `--plain` prints for the same scene.
    func testLSTMLessonStepsOneTimeStepInTmux() throws {
        let content = BuiltBinary.packageRoot.path
        let plain = Run.dlstudy(["--content", content, "lesson", "l7-lstm", "--plain", "--lang", "en"])
        XCTAssertEqual(plain.status, 0)
        // The gate page's scene is the second LSTM run in the plain text; take its f₁ and C₁.
        let runs = plain.stdout.components(separatedBy: "LSTM: input size 1, hidden size 2, 3 steps")
        XCTAssertGreaterThanOrEqual(runs.count, 3)
        func twoDecimals(_ symbol: String) -> [String] {
            guard let line = runs[2].split(separator: "\n").first(where: { $0.hasPrefix("  \(symbol) = ") }),
                  let open = line.lastIndex(of: "[") else { return [] }
            return line[line.index(after: open)...].dropLast().split(separator: " ").compactMap { Double($0) }.map { String(format: "%.2f", $0) }
        }
        let f = twoDecimals("f₁"), c = twoDecimals("C₁")
        XCTAssertEqual(f.count, 2)
        XCTAssertEqual(c.count, 2)

        let t = try TmuxSession(data: dataDir, ["lesson", "l7-lstm", "--page", "2"])
        t.waitFor(text: "1/6 forget gate")
        for _ in 0..<5 { t.send("Space") }
        let screen = t.waitFor(text: "6/6 hidden state h")
        let fLine = screen.split(separator: "\n").first { $0.contains("f₁=σ(W_f·[h₀,x₁]+b_f)") }.map(String.init) ?? ""
        let cLine = screen.split(separator: "\n").first { $0.contains("C₁=f₁⊙C₀+i₁⊙C̃₁") }.map(String.init) ?? ""
        for v in f { XCTAssertTrue(fLine.contains(v), "forget gate \(v) not in: \(fLine)") }
        for v in c { XCTAssertTrue(cLine.contains(v), "cell state \(v) not in: \(cLine)") }
        XCTAssertTrue(screen.contains("(+)"), "the diagram is drawn")
        t.send("Space")
        t.waitFor(text: "t=2/3")
        t.quit()
    }

    func testInteractiveLSTMCommandInTmux() throws {
        let t = try TmuxSession(width: 100, height: 30, data: dataDir, ["lstm", "--input", "1; -1", "--seed", "3"])
        t.waitFor(text: "LSTM on your numbers")
        t.waitFor(text: "1/6 forget gate")
        t.send("Right")
        t.waitFor(text: "2/6 input gate")
        t.quit()
    }
}
