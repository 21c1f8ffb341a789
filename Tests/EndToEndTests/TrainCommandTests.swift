import Foundation
import XCTest

/// Runs the built `dlstudy train`, and checks its exported weights through `dlstudy compute`.
final class TrainCommandTests: XCTestCase {
    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The digits as the committed data file stores them (label, 64 base-17 pixels), read here
    /// independently of the engine's parser.
    private func digits() throws -> [(label: Int, pixels: [Double])] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/DLEngine/Training/DigitsData.swift").path
        let alphabet = Array("0123456789abcdefg")
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .filter { $0.count == 65 && $0.allSatisfy { alphabet.contains($0) } }
            .map { line in
                let chars = Array(line)
                return (alphabet.firstIndex(of: chars[0]) ?? -1, chars.dropFirst().map { Double(alphabet.firstIndex(of: $0) ?? 0) / 16 })
            }
    }

    private func compute(_ request: [String: Any]) throws -> Any {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
        let r = Run.dlstudy(["compute"], stdin: body)
        XCTAssertEqual(r.status, 0, r.stderr)
        return try XCTUnwrap(try object(r.stdout)["output"])
    }

    func testJSONIsReproducibleAndItsWeightsGiveItsPredictionsThroughCompute() throws {
        let args = ["train", "--json", "--epochs", "1", "--batch", "64", "--seed", "3"]
        let first = Run.dlstudy(args, timeout: 300), second = Run.dlstudy(args, timeout: 300)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout, "same arguments must print the same bytes")
        let run = try object(first.stdout)
        let epochs = try XCTUnwrap(run["epochs"] as? [[String: Any]])
        XCTAssertEqual(epochs.map { $0["epoch"] as? Int }, [1])
        let weights = try XCTUnwrap(run["weights"] as? [String: Any])
        XCTAssertEqual(Set(weights.keys), ["conv.weight", "conv.bias", "fc.weight", "fc.bias"])
        let test = try XCTUnwrap(run["test_indices"] as? [Int]), train = try XCTUnwrap(run["train_indices"] as? [Int])
        XCTAssertEqual((test + train).sorted(), Array(0..<1797))
        let predictions = try XCTUnwrap(run["predictions"] as? [Int])
        XCTAssertEqual(predictions.count, test.count)

        // The same network, op by op, through the compute service: conv → relu → pool → flatten → linear.
        let data = try digits()
        XCTAssertEqual(data.count, 1797)
        let images = test.map { i in [(0..<8).map { y in Array(data[i].pixels[(y * 8)..<(y * 8 + 8)]) }] }
        let conv = try compute(["op": "conv2d", "input": images, "weight": weights["conv.weight"] as Any,
                                "bias": weights["conv.bias"] as Any, "padding": 1])
        let relu = try compute(["op": "relu", "input": conv])
        let pooled = try compute(["op": "max_pool2d", "input": relu, "kernel_size": 2])
        let flat = try compute(["op": "flatten", "input": pooled, "start_dim": 1])
        let logits = try XCTUnwrap(try compute(["op": "linear", "input": flat, "weight": weights["fc.weight"] as Any,
                                                "bias": weights["fc.bias"] as Any]) as? [[Double]])
        let recomputed = logits.map { row in row.indices.reduce(0) { row[$1] > row[$0] ? $1 : $0 } }
        XCTAssertEqual(recomputed, predictions)
        let correct = zip(recomputed, test).filter { $0 == data[$1].label }.count
        XCTAssertEqual(try XCTUnwrap(epochs.last?["test_accuracy"] as? Double), Double(correct) / Double(test.count), accuracy: 1e-12)
        let confusion = try XCTUnwrap(run["confusion"] as? [[Int]])
        XCTAssertEqual((0..<10).map { confusion[$0][$0] }.reduce(0, +), correct)
    }

    func testPipedOutputIsPlainLines() {
        let r = Run.dlstudy(["train", "--epochs", "2", "--batch", "128", "--optimizer", "adam"], timeout: 300)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("\r"), "no progress bar when piped")
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("digits CNN: conv 1→8 3×3"), r.stdout)
        XCTAssertTrue(lines[1].hasPrefix("epoch 1/2  loss "), r.stdout)
        XCTAssertTrue(lines[3].hasPrefix("test accuracy "), r.stdout)
    }

    func testBadArgumentsAreOneLineUsageErrors() {
        for (args, message) in [
            (["--channels", "5"], "error: --channels must be 4, 8 or 16, got 5"),
            (["--optimizer", "rmsprop"], "error: --optimizer must be sgd, momentum or adam, got rmsprop"),
            (["--lr", "0"], "error: --lr must be a number above 0 and at most 10, got 0"),
            (["--lr", "-0.1"], "error: --lr must be a number above 0 and at most 10, got -0.1"),
            (["--epochs", "ten"], "error: --epochs must be a whole number from 1 to 200, got ten"),
            (["--batch", "0"], "error: --batch must be a whole number from 1 to 1438, got 0"),
            (["--seed", "-1"], "error: --seed must be a whole number from 0 to 18446744073709551615, got -1"),
            (["--plain", "--json"], "error: --plain and --json exclude each other"),
        ] {
            let r = Run.dlstudy(["train"] + args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertEqual(r.stdout, "", "\(args)")
            XCTAssertEqual(r.stderr, message + "\n", "\(args)")
        }
    }
}
