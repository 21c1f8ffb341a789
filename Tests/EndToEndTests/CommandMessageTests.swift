import Foundation
import XCTest

/// Bad numbers and inputs get one clear line and the right exit code: negative values are taken as
/// values and rejected with the range, counts are capped, compute names its input without Swift's
/// decoding internals, data-folder problems are said in words, overflow in --json is an error.
final class CommandMessageTests: XCTestCase {
    lazy var data = temporaryPath("dlstudy-messages")

    func run(_ arguments: [String], stdin: String = "") -> RunResult {
        Run.dlstudy(["--content", BuiltBinary.packageRoot.path, "--data", data] + arguments, stdin: stdin)
    }

    func testNegativeNumbersAreValuesRejectedWithTheirRange() {
        let cases: [([String], String)] = [
            (["calc", "conv", "--input", "3x32x32", "--kernel", "3", "--out", "8", "--stride", "-1"], "--stride must be a whole number from 1 to 1000000, got -1"),
            (["calc", "conv", "--input", "3x32x32", "--kernel", "3", "--out", "8", "--dilation", "-2"], "--dilation must be a whole number from 1 to 1000000, got -2"),
            (["calc", "pool", "--input", "3x32x32", "--kernel", "-2"], "--kernel must be a whole number from 1 to 1000000, got -2"),
            (["calc", "lstm", "--input", "-3", "--hidden", "4"], "--input must be a whole number from 1 to 1000000, got -3"),
            (["calc", "rf", "-3/1"], "layer '-3/1' is not K/S or K/S/D with positive integers"),
            (["conv", "--input", "1 2; 3 4", "--kernel", "1", "--stride", "-1", "--plain"], "--stride must be a whole number from 1 to 10000, got -1"),
            (["conv", "--input", "1 2; 3 4", "--kernel", "1", "--padding", "-1", "--plain"], "--padding must be a whole number from 0 to 10000, got -1"),
            (["pool", "--input", "1 2; 3 4", "--kernel", "-2", "--plain"], "--kernel must be a whole number from 1 to 10000, got -2"),
            (["lstm", "--hidden", "-1", "--plain"], "--hidden must be a whole number from 1 to 64, got -1"),
            (["model", "vgg16", "--input", "-3x224x224"], "--input must be C×H×W of whole numbers from 1 to 1000000, got -3x224x224"),
            (["lesson", "l4-convolution", "--page", "-1", "--plain"], "--page must be a whole number from 1 to 5 (the pages of lesson 'l4-convolution'), got -1"),
            (["quiz", "--plain", "--count", "-1"], "--count must be a whole number from 1 to 1000, got -1"),
            (["quiz", "--plain", "--generated", "--count", "100000000"], "--count must be a whole number from 1 to 1000, got 100000000"),
            (["review", "--plain", "--count", "-3"], "--count must be a whole number from 1 to 1000, got -3"),
        ]
        for (arguments, expected) in cases {
            let r = run(arguments)
            XCTAssertEqual(r.status, 2, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(expected), "\(arguments): \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("Missing value") || r.stderr.contains("Unknown option"), "\(arguments): \(r.stderr)")
        }
    }

    func testQuizHelpStatesTheCountCap() {
        let r = run(["quiz", "--help"])
        XCTAssertTrue(r.stdout.contains("at most 1000"), r.stdout)
    }

    func testComputeDecodingErrorsAreOneLineNamingTheInput() throws {
        let overflow = run(["compute"], stdin: #"{"op": "conv2d", "input": [[[1e999]]], "weight": [[[[1]]]]}"#)
        XCTAssertEqual(overflow.status, 1)
        XCTAssertEqual(overflow.stderr, "error: standard input: request has the number 1e999 at character 29, beyond the largest double (about 1.8e308)\n")
        let file = temporaryPath("dlstudy-request", suffix: ".json")
        try Data([0x7B, 0x22, 0x6F, 0x70, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D]).write(to: URL(fileURLWithPath: file))
        let utf8 = run(["compute", "--file", file])
        XCTAssertEqual(utf8.status, 1)
        XCTAssertEqual(utf8.stderr, "error: \(file): request is not UTF-8 text (invalid byte at offset 7)\n")
        let truncated = run(["compute"], stdin: #"{"op": "conv2d", "#)
        XCTAssertEqual(truncated.stderr.filter { $0 == "\n" }.count, 1, truncated.stderr)
        for r in [overflow, utf8, truncated] {
            XCTAssertFalse(r.stderr.contains("DecodingError") || r.stderr.contains("Debug description"), r.stderr)
        }
    }

    func testDataFolderProblemsAreSaidInWords() throws {
        let file = temporaryPath("dlstudy-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let under = Run.dlstudy(["--content", BuiltBinary.packageRoot.path, "--data", file + "/sub", "stats"])
        XCTAssertEqual(under.status, 1)
        XCTAssertEqual(under.stderr, "error: cannot create the data folder \(file)/sub: \(file) is a file, not a folder\n")
        let empty = Run.dlstudy(["--content", BuiltBinary.packageRoot.path, "--data", "", "stats"])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("--data needs a folder; it was given an empty path"), empty.stderr)
    }

    func testJSONOutputOfAnOverflowingResultIsAnError() {
        for arguments in [["conv", "--input", "1e308 1e308; 1e308 1e308", "--kernel", "1e308 1e308; 1e308 1e308", "--json"],
                          ["pool", "--mode", "avg", "--input", "1e308 1e308; 1e308 1e308", "--kernel", "2", "--json"]] {
            let r = run(arguments)
            XCTAssertEqual(r.status, 1, "\(arguments): \(r.stdout) \(r.stderr)")
            XCTAssertEqual(r.stdout, "")
            XCTAssertTrue(r.stderr.contains("the result overflowed"), r.stderr)
        }
    }
}
