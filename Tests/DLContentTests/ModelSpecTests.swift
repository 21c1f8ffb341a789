import Foundation
import XCTest
@testable import DLContent
import DLEngine

/// Spec files: parsing, equality with built-in networks, file:line errors, fuzzing.
final class ModelSpecTests: XCTestCase {
    static let lenet = """
    name: lenet5
    input: 1x32x32
    layers:
      - conv: {out: 6, kernel: 5, name: conv1}
      - tanh
      - avgpool: {kernel: 2}
      - conv: {out: 16, kernel: 5, name: conv2}
      - tanh
      - avgpool: {kernel: 2}
      - flatten
      - linear: {out: 120}
      - tanh
      - linear: {out: 84}
      - tanh
      - linear: {out: 10}
    """

    static let blocks = """
    input: [64, 56, 56]
    layers:
      - residual:
          name: block1
          body:
            - conv: {out: 64, kernel: 3, padding: 1, bias: false}
            - batchnorm
            - relu
            - conv: {out: 64, kernel: 3, padding: same, bias: false}
            - batchnorm
          shortcut: []
      - relu
      - concat:
          - [conv: {out: 32, kernel: 1}]
          - [maxpool: {kernel: 3, stride: 1, padding: 1}]
      - block:
          name: head
          layers: [globalavgpool, flatten, dropout: 0.2, linear: {out: 10}]
    """

    func analyze(_ text: String) throws -> NetworkReport {
        try ModelSpecParser.parse(text, file: "net.yaml").analyze()
    }

    func error(_ text: String) -> ModelSpecError? {
        do { _ = try analyze(text); return nil } catch let e as ModelSpecError { return e } catch { return nil }
    }

    func testLeNetSpecEqualsBuiltIn() throws {
        let spec = try analyze(Self.lenet)
        let builtin = try XCTUnwrap(ModelCatalog.model(named: "lenet5")).analyze()
        XCTAssertEqual(spec.totalParams, builtin.totalParams)
        XCTAssertEqual(spec.totalMacs, builtin.totalMacs)
        XCTAssertEqual(spec.output, builtin.output)
        XCTAssertEqual(spec.model, "lenet5")
        XCTAssertEqual(spec.layer(named: "conv2")?.params, builtin.layer(named: "conv2")?.params)
    }

    func testBlocksResidualAndConcat() throws {
        let r = try analyze(Self.blocks)
        XCTAssertEqual(r.layers.map(\.name), ["block1", "layer 2", "layer 3", "head"])
        XCTAssertEqual(r.layers[0].params, 2 * (3 * 3 * 64 * 64 + 2 * 64))
        XCTAssertEqual(r.layers[2].output, FeatureShape(channels: 96, height: 56, width: 56))
        XCTAssertEqual(r.layers[0].footprint, Footprint(receptiveField: 5, stride: 1, padding: 2))
        XCTAssertEqual(r.output, .flat(10))
        XCTAssertEqual(r.model, "model")
        XCTAssertEqual(r.finalFeature?.name, "layer 3")
    }

    func testErrorsCarryFileLineLayerAndNumbers() {
        let small = """
        input: 3x8x8
        layers:
          - conv: {out: 8, kernel: 3}
          - maxpool: {kernel: 2}
          - relu
          - conv: {out: 8, kernel: 5}
        """
        XCTAssertEqual(error(small)?.description, "net.yaml:6: layer 4 conv 5×5: input is 3×3 after padding 0, smaller than the 5×5 kernel")
        let mismatch = """
        input: 3x8x8
        layers:
          - residual:
              body:
                - conv: {out: 16, kernel: 3, padding: 1}
        """
        XCTAssertEqual(error(mismatch)?.description, "net.yaml:3: layer 1 residual add: body gives 16×8×8 but shortcut gives 3×8×8")
        let unknownKind = "input: 3x8x8\nlayers:\n  - convolution: {out: 3}\n"
        XCTAssertEqual(error(unknownKind)?.line, 3)
        XCTAssertTrue(error(unknownKind)?.message.contains("did you mean 'conv'") ?? false)
        let badOption = "input: 3x8x8\nlayers:\n  - conv: {out: 3, kernal: 3}\n"
        XCTAssertEqual(error(badOption)?.description,
                       "net.yaml:3: layer 1 conv: unknown option 'kernal' (did you mean 'kernel'?) (options: out kernel stride padding dilation groups bias)")
        XCTAssertEqual(error("input: 0x8x8\nlayers: [relu]\n")?.line, 1)
        XCTAssertEqual(error("input: 3x8x8\nlayers:\n  - conv: {out: -3, kernel: 3}\n")?.line, 3)
        XCTAssertNotNil(error("input: 3x8x8\nlayers: [relu\n"))
        XCTAssertNotNil(error(""))
        XCTAssertNotNil(error("input: 3x8x8\n"))
    }

    func testDocumentedExampleParses() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/model-spec.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let start = try XCTUnwrap(doc.range(of: "```yaml\n"))
        let end = try XCTUnwrap(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let r = try ModelSpecParser.parse(String(doc[start.upperBound..<end.lowerBound]), file: "doc").analyze()
        XCTAssertEqual(r.model, "tiny-resnet")
        XCTAssertEqual(r.finalFeature?.name, "mix")
        XCTAssertEqual(r.output, .flat(10))
    }

    /// Seeded random mutations of valid specs: every one parses or fails with a message, never traps.
    func testFuzzedSpecsNeverCrash() {
        var rng = SeededGenerator(seed: 20_240_504)
        let seeds = [Self.lenet, Self.blocks]
        let fragments = ["-", ":", "{", "}", "[", "]", " ", "\n", "  ", "0", "-1", "999999999999", "1000000", "x",
                         "same", "kernel", "out", "residual", "concat", "body", "&a", "*a", "!!int", "'", "\"", "#", "\t", "3x3x3"]
        var failures = 0, successes = 0
        for round in 0..<1500 {
            var chars = Array(seeds[round % seeds.count])
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                guard !chars.isEmpty else { break }
                let at = Int(rng.next() % UInt64(chars.count))
                switch rng.next() % 4 {
                case 0: chars.remove(at: at)
                case 1: chars.insert(contentsOf: Array(fragments[Int(rng.next() % UInt64(fragments.count))]), at: at)
                case 2: chars[at] = Character(UnicodeScalar(UInt8(32 + rng.next() % 95)))
                default:
                    let len = min(chars.count - at, Int(rng.next() % 12))
                    let copy = Array(chars[at..<(at + len)])
                    chars.insert(contentsOf: copy, at: at)
                }
            }
            do {
                _ = try analyze(String(chars))
                successes += 1
            } catch let e as ModelSpecError {
                XCTAssertFalse(e.message.isEmpty)
                failures += 1
            } catch {
                XCTFail("unexpected error type \(error)")
            }
        }
        XCTAssertGreaterThan(failures, 100)
        XCTAssertGreaterThan(successes, 10)
    }
}
