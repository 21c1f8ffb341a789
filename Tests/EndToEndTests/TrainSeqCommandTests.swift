import Foundation
import XCTest

/// `dlstudy train-seq` on the real binary: the JSON fields and counts, same arguments → same bytes,
/// usage errors (exit 2), and the lecture-7 claims on seed 1 (the closing note has seeds 1–3).
final class TrainSeqCommandTests: XCTestCase {
    private func json(_ args: [String], timeout: TimeInterval = 60, file: StaticString = #filePath, line: UInt = #line) throws -> (text: String, doc: [String: Any]) {
        let r = Run.dlstudy(["train-seq"] + args + ["--json"], timeout: timeout)
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], file: file, line: line)
        return (r.stdout, doc)
    }

    func testJSONFieldsAndSameArgumentsSameBytes() throws {
        let args = ["--cell", "lstm", "--length", "5", "--hidden", "4", "--epochs", "2", "--seed", "7"]
        let (a, doc) = try json(args)
        let (b, _) = try json(args)
        XCTAssertEqual(a, b, "same arguments, same bytes")
        let (c, _) = try json(["--cell", "lstm", "--length", "5", "--hidden", "4", "--epochs", "2", "--seed", "8"])
        XCTAssertNotEqual(a, c, "another seed, other sequences and weights")
        let epochs = try XCTUnwrap(doc["epochs"] as? [[String: Any]])
        XCTAssertEqual(epochs.map { $0["epoch"] as? Int }, [1, 2])
        XCTAssertEqual(doc["final_test_accuracy"] as? Double, epochs.last?["test_accuracy"] as? Double)
        // nn.LSTM(1, 4): 4 gates × 4 × (1 + 4) weights + 2 × 4 × 4 biases = 112; nn.Linear(4, 2): 10.
        XCTAssertEqual(doc["recurrent_parameters"] as? Int, 112)
        XCTAssertEqual(doc["parameters"] as? Int, 122)
        let norms = try XCTUnwrap(doc["grad_norms"] as? [String: [Double]])
        XCTAssertEqual(norms["first_epoch"]?.count, 5, "one mean ‖∂L/∂h_t‖ per t = 1…T")
        XCTAssertEqual(norms["last_epoch"]?.count, 5)
        let weights = try XCTUnwrap(doc["weights"] as? [String: [Double]])
        XCTAssertEqual(weights["weight_hh_l0"]?.count, 64)
        XCTAssertEqual(weights["readout.weight"]?.count, 8)
    }

    func testGRUHasThreeQuartersOfTheLSTMsParameters() throws {
        let lstm = try json(["--cell", "lstm", "--length", "3", "--epochs", "1"]).doc
        let gru = try json(["--cell", "gru", "--length", "3", "--epochs", "1"]).doc
        let rnn = try json(["--cell", "rnn", "--length", "3", "--epochs", "1"]).doc
        // H = 8, I = 1: G·8·(1 + 8) + 2·G·8 with G = 4, 3, 1.
        XCTAssertEqual(lstm["recurrent_parameters"] as? Int, 352)
        XCTAssertEqual(gru["recurrent_parameters"] as? Int, 264)
        XCTAssertEqual(rnn["recurrent_parameters"] as? Int, 88)
    }

    func testPlainPrintsEveryEpoch() {
        let r = Run.dlstudy(["train-seq", "--cell", "rnn", "--length", "5", "--epochs", "3", "--plain"])
        XCTAssertEqual(r.status, 0, r.stderr)
        for n in 1...3 { XCTAssertTrue(r.stdout.contains("epoch \(n)/3  loss "), r.stdout) }
        XCTAssertTrue(r.stdout.contains("rnn on the long-memory task: T = 5, H = 8"), r.stdout)
        XCTAssertTrue(r.stdout.contains("parameters: 88 in the rnn layer + 18 in the read-out = 106"), r.stdout)
        XCTAssertTrue(r.stdout.contains("final test accuracy "), r.stdout)
    }

    func testBadArgumentsExitTwoWithAMessage() {
        let cases: [([String], String)] = [
            (["--cell", "cnn"], "--cell must be rnn, lstm or gru, got cnn"),
            (["--length", "0"], "--length must be a whole number from 1 to 400, got 0"),
            (["--length", "401"], "--length must be a whole number from 1 to 400, got 401"),
            (["--hidden", "0"], "--hidden must be a whole number from 1 to 64, got 0"),
            (["--epochs", "0"], "--epochs must be a whole number from 1 to 500, got 0"),
            (["--lr", "0"], "--lr must be a number above 0 and at most 1, got 0"),
            (["--lr", "x"], "--lr"),
            (["--clip", "-1"], "--clip must be a positive number, got -1"),
            (["--seed", "-3"], "--seed must be a whole number from 0 to 2^53, got -3"),
            (["--plain", "--json"], "--plain and --json cannot be used together"),
        ]
        for (args, message) in cases {
            let r = Run.dlstudy(["train-seq"] + args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.isEmpty, "\(args): nothing on stdout")
        }
    }

    /// The claims with the defaults, seed 1: at T = 5 every cell ≥ 95 %; at T = 40 the LSTM
    /// and the GRU ≥ 90 % while the plain RNN stays ≤ 60 % (chance 50 %). A debug build trains slowly,
    /// hence the long deadlines (a deadline, not a timing: the result is what is checked).
    func testLongMemoryClaimsSeedOne() throws {
        for cell in ["rnn", "lstm", "gru"] {
            let acc = try json(["--cell", cell, "--length", "5"], timeout: 600).doc["final_test_accuracy"] as? Double ?? 0
            XCTAssertGreaterThanOrEqual(acc, 0.95, "\(cell) at T = 5")
        }
        let rnn = try json(["--cell", "rnn", "--length", "40"], timeout: 900).doc["final_test_accuracy"] as? Double ?? 1
        XCTAssertLessThanOrEqual(rnn, 0.60, "rnn at T = 40")
        for cell in ["lstm", "gru"] {
            let acc = try json(["--cell", cell, "--length", "40"], timeout: 900).doc["final_test_accuracy"] as? Double ?? 0
            XCTAssertGreaterThanOrEqual(acc, 0.90, "\(cell) at T = 40")
        }
    }
}
